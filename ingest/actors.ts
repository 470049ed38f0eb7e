/**
 * Non-state actors (geodata/actors.json): validation, lookup, and where each is drawn at a date.
 *
 * Dates are partial ISO strings; a partial date is read as the interval it covers ("2021-08" is
 * 2021-08-01..2021-08-31), so a period matches when the two intervals overlap. When several
 * periods overlap the date, the latest wins; a date outside every period gets the nearest one,
 * so an actor is always drawn somewhere.
 */
import type { PartialDate } from '../src/lib/data/schema';
import type { Actor, ActorIndex } from './types';

/** A period in which an actor is the de facto government of a country. */
interface Governance {
	country: string;
	from: PartialDate;
	to: PartialDate;
}

/** An actor as read from actors.json: the shared `Actor` plus the periods it governs a country. */
export interface ActorRecord extends Actor {
	governs: Governance[];
}

const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO2_RE = /^[A-Z]{2}$/;
const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(where: string, message: string): never {
	throw new Error(`actors.json: ${where}: ${message}`);
}

function readDate(v: unknown, where: string): PartialDate {
	if (v === null || v === undefined) return null;
	if (typeof v !== 'string' || !DATE_RE.test(v))
		fail(where, `expected YYYY[-MM[-DD]] or null, got ${JSON.stringify(v)}`);
	return v;
}

/** First and last day (`YYYY-MM-DD`) covered by a partial date; null bounds are open. */
function dateBounds(date: PartialDate): [string, string] | null {
	if (date === null) return null;
	const [y, m, d] = date.split('-');
	if (d !== undefined) return [date, date];
	if (m !== undefined) {
		const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
		return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
	}
	return [`${y}-01-01`, `${y}-12-31`];
}

function periodBounds(from: PartialDate, to: PartialDate): [string, string] {
	return [dateBounds(from)?.[0] ?? '0000-01-01', dateBounds(to)?.[1] ?? '9999-12-31'];
}

/** True when the partial date overlaps the inclusive period [from, to]. */
function overlaps(date: PartialDate, from: PartialDate, to: PartialDate): boolean {
	const d = dateBounds(date);
	if (d === null) return false;
	const [pFrom, pTo] = periodBounds(from, to);
	return d[0] <= pTo && d[1] >= pFrom;
}

function readPeriodList<T>(
	v: unknown,
	where: string,
	read: (item: Record<string, unknown>, w: string) => T
): T[] {
	if (!Array.isArray(v)) fail(where, 'expected an array');
	return v.map((item, i) => {
		const w = `${where}[${i}]`;
		if (!isObject(item)) fail(w, 'expected an object');
		return read(item, w);
	});
}

function readActor(a: unknown, where: string): ActorRecord {
	if (!isObject(a)) fail(where, 'expected an object');
	const { id, name, names, country } = a;
	if (typeof id !== 'string' || !ID_RE.test(id))
		fail(where, `id must be a lower-case slug, got ${JSON.stringify(id)}`);
	const w = `${where} (${id})`;
	if (typeof name !== 'string' || name.trim() === '') fail(w, 'name must be a non-empty string');
	if (
		!Array.isArray(names) ||
		names.length === 0 ||
		!names.every((n) => typeof n === 'string' && n.trim() !== '')
	)
		fail(w, 'names must be a non-empty array of non-empty strings');
	if (
		country !== null &&
		country !== undefined &&
		(typeof country !== 'string' || !ISO2_RE.test(country))
	)
		fail(
			w,
			`country must be an upper-case ISO alpha-2 code or null, got ${JSON.stringify(country)}`
		);
	const locations = readPeriodList(a.locations, `${w}.locations`, (l, lw) => {
		if (typeof l.place !== 'string' || l.place === '') fail(lw, 'place must be a place id');
		const from = readDate(l.from, `${lw}.from`);
		const to = readDate(l.to, `${lw}.to`);
		const [f, t] = periodBounds(from, to);
		if (f > t) fail(lw, `from ${from} is after to ${to}`);
		return { from, to, place: l.place };
	});
	if (locations.length === 0)
		fail(`${w}.locations`, 'at least one location is needed to draw the actor');
	const governs =
		a.governs === undefined
			? []
			: readPeriodList(a.governs, `${w}.governs`, (g, gw) => {
					if (typeof g.country !== 'string' || !ISO2_RE.test(g.country))
						fail(gw, 'country must be an upper-case ISO alpha-2 code');
					return {
						country: g.country,
						from: readDate(g.from, `${gw}.from`),
						to: readDate(g.to, `${gw}.to`)
					};
				});
	if (a.party !== undefined && typeof a.party !== 'boolean') fail(w, 'party must be true or false');
	if (a.short !== undefined && (typeof a.short !== 'string' || a.short.trim() === ''))
		fail(w, 'short must be a non-empty string');
	return {
		id,
		name,
		...(typeof a.short === 'string' ? { short: a.short } : {}),
		names: names as string[],
		country: (country as string | null | undefined) ?? null,
		locations,
		governs,
		party: a.party !== false
	};
}

/** Index over actors.json (`{ actors: [...] }` or a bare array). Throws an Error naming the problem on malformed content. */
export function createActorIndex(
	actorsJson: unknown
): ActorIndex & { readonly actors: readonly ActorRecord[] } {
	const list = Array.isArray(actorsJson)
		? actorsJson
		: isObject(actorsJson)
			? actorsJson.actors
			: undefined;
	if (!Array.isArray(list))
		throw new Error('actors.json: expected an array of actors or an object with an "actors" array');
	const actors = list.map((a, i) => readActor(a, `actors[${i}]`));
	const byId = new Map<string, ActorRecord>();
	for (const actor of actors) {
		if (byId.has(actor.id)) fail(`actors (${actor.id})`, 'duplicate id');
		byId.set(actor.id, actor);
	}
	return {
		actors,
		get: (id) => byId.get(id),
		locate(id, date) {
			const actor = byId.get(id);
			if (!actor) return undefined;
			const locs = [...actor.locations].sort((x, y) =>
				periodBounds(x.from, x.to)[0].localeCompare(periodBounds(y.from, y.to)[0])
			);
			const last = locs[locs.length - 1];
			if (date === null) return last?.place;
			const hits = locs.filter((l) => overlaps(date, l.from, l.to));
			if (hits.length > 0) return hits[hits.length - 1]?.place;
			const start = dateBounds(date)?.[0] ?? '';
			const before = locs.filter((l) => periodBounds(l.from, l.to)[1] < start);
			return (before[before.length - 1] ?? locs[0])?.place;
		}
	};
}

/**
 * The actor governing a country at a date (the Taliban in Afghanistan from 2021-08-15), if any.
 * A null date never matches: without a date the recognised government is assumed.
 */
export function governingActor(
	index: ActorIndex,
	iso2: string,
	date: PartialDate
): string | undefined {
	for (const actor of index.actors) {
		const governs = (actor as Partial<ActorRecord>).governs ?? [];
		if (
			governs.some(
				(g) => g.country === iso2 && overlaps(date, g.from, g.to) && !startsBefore(date, g.from)
			)
		)
			return actor.id;
	}
	return undefined;
}

/** True when a partial date starts before a period's first day (a month straddling a handover counts as before). */
function startsBefore(date: PartialDate, from: PartialDate): boolean {
	const d = dateBounds(date);
	const f = dateBounds(from);
	return d !== null && f !== null && d[0] < f[0];
}
