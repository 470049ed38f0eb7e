/**
 * Non-state actors (geodata/actors.json): validation, lookup, and where each is drawn at a date.
 *
 * Dates are partial ISO strings; a partial date is read as the interval it covers ("2021-08" is
 * 2021-08-01..2021-08-31), so a period matches when the two intervals overlap. When several
 * periods overlap the date, the latest wins; a date outside every period gets the nearest one,
 * so an actor is always drawn somewhere.
 */
import { parseOutput, SchemaError } from '../src/lib/data/issues';
import type { PartialDate } from '../src/lib/data/schema';
import { ActorsFileSchema, type ActorJson } from './schemas';
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

/** An actor of the file, its open dates as null and `party` as a boolean. */
function toRecord(a: ActorJson): ActorRecord {
	return {
		id: a.id,
		name: a.name,
		...(a.short !== undefined ? { short: a.short } : {}),
		names: a.names,
		country: a.country ?? null,
		locations: a.locations.map((l) => ({ from: l.from ?? null, to: l.to ?? null, place: l.place })),
		governs: (a.governs ?? []).map((g) => ({
			country: g.country,
			from: g.from ?? null,
			to: g.to ?? null
		})),
		party: a.party !== false
	};
}

/** Index over actors.json (`{ actors: [...] }` or a bare array). Throws an Error naming the problem on malformed content. */
export function createActorIndex(
	actorsJson: unknown
): ActorIndex & { readonly actors: readonly ActorRecord[] } {
	const file = parseOutput(
		ActorsFileSchema,
		Array.isArray(actorsJson) ? { actors: actorsJson } : actorsJson,
		'actors.json'
	);
	const actors = file.actors.map(toRecord);
	const byId = new Map<string, ActorRecord>();
	actors.forEach((actor, i) => {
		if (byId.has(actor.id))
			throw new SchemaError(`actors.json: actors[${i}].id`, `duplicate id "${actor.id}"`);
		byId.set(actor.id, actor);
	});
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

/** The periods an actor governs a country (none for most actors, or for a country). */
export function governances(index: ActorIndex, id: string): readonly Governance[] {
	return (index.get(id) as Partial<ActorRecord> | undefined)?.governs ?? [];
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
		const governs = governances(index, actor.id);
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
