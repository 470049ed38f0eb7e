/**
 * Curation of the generated tour from `geodata/tour.json`. The default tour needs none; a curator
 * can drop stops, add their own, override a stop's camera/caption/notes/years, and reorder:
 *
 * {
 *   "include": ["<link id>", …],                  // uncertain or not-held events kept in the tour
 *   "drop": ["<stop id>", …],
 *   "add": [{ "id": "intro-map", "after": "title", "camera": { "center": [67, 34], "zoom": 4 },
 *             "caption": { "heading": "…", "text": "…" }, "years": { "from": 2017, "to": 2025 },
 *             "notes": "…" }],
 *   "override": { "<stop id>": { "camera": { "bounds": [60, 24, 78, 40] }, "caption": { "heading": "…" },
 *                                 "notes": "…", "years": null } },
 *   "order": ["title", "<stop id>", …],          // these first, in this order
 *   "others": "keep" | "drop"                      // the stops not in `order` (default keep, after)
 * }
 *
 * The generated tour leaves out uncertain events (confidence under UNCERTAIN_BELOW) and events that
 * did not take place; `include` keeps such a link as a stop (see buildTour).
 * Applied in that sequence: drop, add, override, order. Stop ids are link ids (stable across
 * pipeline runs) plus `title`. `parseCuration` rejects malformed files with an error naming the
 * path of the bad value; ids the data no longer has are warnings (the data can change under a
 * curation), or errors with `strict`.
 */
import type { YearRange } from '$lib/state/types';
import type { StopCamera, StopFocus, TourStop } from './types';

interface CurationPatch {
	camera?: StopCamera;
	years?: YearRange | null;
	caption?: { heading?: string; text?: string };
	notes?: string | null;
	focus?: Partial<StopFocus>;
}

interface CurationAdd extends CurationPatch {
	id: string;
	/** Insert after this stop id; null = at the start; absent = at the end. */
	after?: string | null;
	camera: StopCamera;
	caption: { heading: string; text?: string };
}

export interface Curation {
	/** Link ids kept in the tour though uncertain or not held. */
	include?: string[];
	drop?: string[];
	add?: CurationAdd[];
	override?: Record<string, CurationPatch>;
	order?: string[];
	others?: 'keep' | 'drop';
}

export class CurationError extends Error {
	constructor(
		readonly where: string,
		message: string
	) {
		super(`${where}: ${message}`);
		this.name = 'CurationError';
	}
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function fail(where: string, message: string): never {
	throw new CurationError(where, message);
}

function onlyKeys(o: Obj, allowed: readonly string[], where: string) {
	for (const k of Object.keys(o)) {
		if (k.startsWith('$')) continue; // "$comment" and friends
		if (!allowed.includes(k)) fail(where, `unknown key "${k}" (allowed: ${allowed.join(', ')})`);
	}
}

function idList(v: unknown, where: string): string[] {
	if (!Array.isArray(v)) fail(where, 'must be an array of stop ids');
	v.forEach((id, i) => {
		if (typeof id !== 'string' || !id) fail(`${where}[${i}]`, 'must be a non-empty string');
	});
	return v as string[];
}

function lngLat(v: unknown, where: string): [number, number] {
	if (!Array.isArray(v) || v.length !== 2 || !isNum(v[0]) || !isNum(v[1]))
		fail(where, 'must be [longitude, latitude]');
	if (v[1] < -90 || v[1] > 90) fail(where, `latitude ${v[1]} is outside -90..90`);
	if (v[0] < -540 || v[0] > 540) fail(where, `longitude ${v[0]} is outside -540..540`);
	return [v[0], v[1]];
}

function camera(v: unknown, where: string): StopCamera {
	if (!isObj(v)) fail(where, 'must be an object with "bounds" or "center" and "zoom"');
	onlyKeys(v, ['bounds', 'center', 'zoom', 'bearing', 'pitch', 'maxZoom'], where);
	const out: StopCamera = {};
	if (v.bounds !== undefined) {
		const b = v.bounds;
		if (!Array.isArray(b) || b.length !== 4 || !b.every(isNum))
			fail(`${where}.bounds`, 'must be [west, south, east, north]');
		const [w, s, e, n] = b as number[];
		if (s! > n!) fail(`${where}.bounds`, `south (${s}) is north of north (${n})`);
		if (w! > e!) fail(`${where}.bounds`, `west (${w}) is east of east (${e})`);
		lngLat([w, s], `${where}.bounds`);
		lngLat([e, n], `${where}.bounds`);
		out.bounds = [w!, s!, e!, n!];
	}
	if (v.center !== undefined) out.center = lngLat(v.center, `${where}.center`);
	for (const [k, lo, hi] of [
		['zoom', 0, 22],
		['maxZoom', 0, 22],
		['bearing', -360, 360],
		['pitch', 0, 85]
	] as const) {
		const x = v[k];
		if (x === undefined) continue;
		if (!isNum(x) || x < lo || x > hi) fail(`${where}.${k}`, `must be a number in ${lo}..${hi}`);
		out[k] = x;
	}
	if (!out.bounds && !(out.center && out.zoom !== undefined))
		fail(where, 'needs "bounds", or "center" with "zoom"');
	return out;
}

function years(v: unknown, where: string): YearRange | null {
	if (v === null) return null;
	if (!isObj(v) || !Number.isInteger(v.from) || !Number.isInteger(v.to))
		fail(where, 'must be null or { "from": YEAR, "to": YEAR }');
	onlyKeys(v, ['from', 'to'], where);
	if ((v.from as number) > (v.to as number)) fail(where, `from (${v.from}) is after to (${v.to})`);
	return { from: v.from as number, to: v.to as number };
}

function patch(v: unknown, where: string, extra: readonly string[] = []): CurationPatch {
	if (!isObj(v)) fail(where, 'must be an object');
	onlyKeys(v, ['camera', 'years', 'caption', 'notes', 'focus', ...extra], where);
	const out: CurationPatch = {};
	if (v.camera !== undefined) out.camera = camera(v.camera, `${where}.camera`);
	if (v.years !== undefined) out.years = years(v.years, `${where}.years`);
	if (v.caption !== undefined) {
		const c = v.caption;
		if (!isObj(c)) fail(`${where}.caption`, 'must be an object with "heading" and/or "text"');
		onlyKeys(c, ['heading', 'text'], `${where}.caption`);
		for (const k of ['heading', 'text'] as const)
			if (c[k] !== undefined && typeof c[k] !== 'string')
				fail(`${where}.caption.${k}`, 'must be a string');
		out.caption = { heading: c.heading as string | undefined, text: c.text as string | undefined };
		if (out.caption.heading === undefined) delete out.caption.heading;
		if (out.caption.text === undefined) delete out.caption.text;
	}
	if (v.notes !== undefined) {
		if (v.notes !== null && typeof v.notes !== 'string')
			fail(`${where}.notes`, 'must be a string or null');
		out.notes = v.notes as string | null;
	}
	if (v.focus !== undefined) {
		const f = v.focus;
		if (!isObj(f)) fail(`${where}.focus`, 'must be an object with "link" and/or "places"');
		onlyKeys(f, ['link', 'places'], `${where}.focus`);
		out.focus = {};
		if (f.link !== undefined) {
			if (f.link !== null && typeof f.link !== 'string')
				fail(`${where}.focus.link`, 'must be a link id or null');
			out.focus.link = f.link as string | null;
		}
		if (f.places !== undefined) out.focus.places = idList(f.places, `${where}.focus.places`);
	}
	return out;
}

/** Validates a parsed tour.json; throws a CurationError naming the first problem. */
export function parseCuration(raw: unknown, where = 'tour.json'): Curation {
	if (!isObj(raw)) fail(where, 'must be a JSON object');
	onlyKeys(raw, ['include', 'drop', 'add', 'override', 'order', 'others', 'version'], where);
	const out: Curation = {};
	if (raw.include !== undefined) out.include = idList(raw.include, `${where}.include`);
	if (raw.drop !== undefined) out.drop = idList(raw.drop, `${where}.drop`);
	if (raw.order !== undefined) {
		out.order = idList(raw.order, `${where}.order`);
		out.order.forEach((id, i) => {
			if (out.order!.indexOf(id) !== i) fail(`${where}.order[${i}]`, `"${id}" is listed twice`);
		});
	}
	if (raw.others !== undefined) {
		if (raw.others !== 'keep' && raw.others !== 'drop')
			fail(`${where}.others`, 'must be "keep" or "drop"');
		out.others = raw.others;
	}
	if (raw.add !== undefined) {
		if (!Array.isArray(raw.add)) fail(`${where}.add`, 'must be an array of stops');
		const seen = new Set<string>();
		out.add = raw.add.map((a: unknown, i: number) => {
			const w = `${where}.add[${i}]`;
			if (!isObj(a)) fail(w, 'must be an object');
			if (typeof a.id !== 'string' || !a.id) fail(`${w}.id`, 'must be a non-empty string');
			if (seen.has(a.id)) fail(`${w}.id`, `"${a.id}" is added twice`);
			seen.add(a.id);
			if (a.camera === undefined) fail(`${w}.camera`, 'is required for an added stop');
			if (!isObj(a.caption) || typeof a.caption.heading !== 'string')
				fail(`${w}.caption.heading`, 'is required for an added stop');
			if (a.after !== undefined && a.after !== null && typeof a.after !== 'string')
				fail(`${w}.after`, 'must be a stop id or null');
			const p = patch(a, w, ['id', 'after']);
			return {
				...p,
				id: a.id,
				...(a.after !== undefined ? { after: a.after as string | null } : {}),
				camera: p.camera!,
				caption: { heading: p.caption!.heading!, text: p.caption!.text }
			};
		});
	}
	if (raw.override !== undefined) {
		if (!isObj(raw.override)) fail(`${where}.override`, 'must be an object keyed by stop id');
		out.override = {};
		for (const [id, p] of Object.entries(raw.override))
			out.override[id] = patch(p, `${where}.override["${id}"]`);
	}
	return out;
}

export interface ApplyOptions {
	/** Unknown stop ids are errors instead of warnings. */
	strict?: boolean;
	onwarning?: (message: string) => void;
}

function patched(stop: TourStop, p: CurationPatch): TourStop {
	return {
		...stop,
		camera: p.camera ?? stop.camera,
		years: p.years !== undefined ? p.years : stop.years,
		focus: p.focus ? { ...stop.focus, ...p.focus } : stop.focus,
		caption: p.caption ? { ...stop.caption, ...p.caption } : stop.caption,
		notes: p.notes !== undefined ? p.notes : stop.notes
	};
}

/** Applies a validated curation to generated stops; returns a new array. */
export function applyCuration(
	generated: readonly TourStop[],
	curation: Curation,
	options: ApplyOptions = {}
): TourStop[] {
	const missing = (where: string, id: string) => {
		const message = `${where}: no stop has id "${id}"`;
		if (options.strict) throw new CurationError(where, `no stop has id "${id}"`);
		options.onwarning?.(message);
	};
	const has = (list: readonly TourStop[], id: string) => list.some((s) => s.id === id);

	const dropped = new Set(curation.drop ?? []);
	(curation.drop ?? []).forEach((id, i) => {
		if (!has(generated, id)) missing(`tour.json.drop[${i}]`, id);
	});
	let stops = generated.filter((s) => !dropped.has(s.id));

	(curation.add ?? []).forEach((a, i) => {
		const where = `tour.json.add[${i}]`;
		if (has(stops, a.id)) throw new CurationError(`${where}.id`, `"${a.id}" is already a stop`);
		const stop: TourStop = {
			id: a.id,
			kind: 'custom',
			camera: a.camera,
			years: a.years ?? null,
			focus: { link: a.focus?.link ?? null, places: a.focus?.places ?? [] },
			caption: {
				heading: a.caption.heading,
				text: a.caption.text ?? '',
				articleId: null,
				paragraph: null,
				source: null
			},
			notes: a.notes ?? null
		};
		let at = stops.length;
		if (a.after === null) at = 0;
		else if (a.after !== undefined) {
			const j = stops.findIndex((s) => s.id === a.after);
			if (j < 0) missing(`${where}.after`, a.after);
			else at = j + 1;
		}
		stops = [...stops.slice(0, at), stop, ...stops.slice(at)];
	});

	for (const [id, p] of Object.entries(curation.override ?? {})) {
		const j = stops.findIndex((s) => s.id === id);
		if (j < 0) missing(`tour.json.override["${id}"]`, id);
		else stops[j] = patched(stops[j]!, p);
	}

	if (curation.order) {
		const byId = new Map(stops.map((s) => [s.id, s]));
		const first: TourStop[] = [];
		const placed = new Set<string>();
		curation.order.forEach((id, i) => {
			const s = byId.get(id);
			if (!s) return missing(`tour.json.order[${i}]`, id);
			if (placed.has(id)) return;
			placed.add(id);
			first.push(s);
		});
		const rest = curation.others === 'drop' ? [] : stops.filter((s) => !placed.has(s.id));
		stops = [...first, ...rest];
	}
	return stops;
}
