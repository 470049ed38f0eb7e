/**
 * The gazetteer: places by id, and the compiled matcher the geoparse stage runs over paragraphs.
 *
 * Two inputs, both parsed JSON (this module is pure; the CLI reads the files):
 *   geodata/gazetteer.json  generated from packages by scripts/build-gazetteer.ts
 *   geodata/aliases.json    curated: regions, polygon provinces, landmarks, abbreviations,
 *                           demonyms, person cues, organisation/outlet names, context word lists
 *
 * Every surface form goes into one character trie, built once per gazetteer, so geoparse reads
 * each paragraph in a single left-to-right pass (longest match wins at each word start) instead
 * of running one pattern per place. When a form names several places, the first registered wins:
 * curated places, then countries, then cities (biggest first), then provinces.
 */
import type { MentionVia, PlaceKind } from '../src/lib/data/schema';
import type { Gazetteer, GazetteerPlace } from './types';

/** What a matched surface form stands for. */
type SurfaceKind =
	/** a place name or alias */
	| 'place'
	/** a country adjective or people noun ('Afghan', 'Pakistanis') */
	| 'demonym'
	/** a demonym that also names a cross-border ethnic group ('Tajik'): counted only before a state word */
	| 'ethnic'
	/** a name that contains a place word but is no mention of it ('Tehreek-i-Taliban Pakistan') */
	| 'block';

interface SurfaceTarget {
	place: string;
	via: MentionVia;
}

export interface Surface {
	form: string;
	kind: SurfaceKind;
	/** Kind of the first target's place (person-title rule applies to cities and provinces only). */
	placeKind: PlaceKind | null;
	targets: SurfaceTarget[];
}

interface TrieNode {
	next: Map<number, TrieNode>;
	surface?: Surface;
}

/** Context rules the matcher applies around a candidate (from aliases.json). */
interface MatchRules {
	outletAfter: ReadonlySet<string>;
	outletBefore: readonly string[];
	personTitles: ReadonlySet<string>;
	stateWords: ReadonlySet<string>;
}

export interface PlaceMatcher {
	root: TrieNode;
	/** 1 for each UTF-16 code unit that some form starts with. */
	first: Uint8Array;
	rules: MatchRules;
	/** Lower-cased place names for ALL-CAPS datelines ('ISLAMABAD:'), name → place id. */
	datelines: ReadonlyMap<string, string>;
	/** Number of surface forms compiled (for reports). */
	size: number;
}

/** The extra the geoparse stage needs; an implementation detail of this module and geoparse. */
export interface GeoparseIndex {
	readonly matcher: PlaceMatcher;
}

/** Code unit normalisation shared by forms and text: curly apostrophes, no-break space, hyphens. */
export function normChar(c: number): number {
	if (c === 0x2019 || c === 0x2018 || c === 0x02bc) return 39; // ’ ‘ ʼ → '
	if (c === 0xa0 || c === 0x202f) return 32;
	if (c === 0x2010 || c === 0x2011) return 45; // ‐ ‑ → -
	return c;
}

interface Entry {
	id: string;
	name: string;
	kind: PlaceKind;
	country: string | null;
	coord: [number, number];
	capital?: boolean;
	population?: number;
	polygon?: string | null;
	bbox?: [number, number, number, number];
	names?: string[];
	aliases?: string[];
	demonyms?: string[];
	implies?: string;
	/** Never match the name in text (a common word or given name, e.g. 'Victoria'). */
	blocked?: boolean;
}

const KINDS: readonly PlaceKind[] = ['country', 'city', 'province', 'region', 'other'];

function fail(where: string, message: string): never {
	throw new Error(`gazetteer: ${where}: ${message}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown, where: string): string[] {
	if (v === undefined) return [];
	if (!Array.isArray(v) || !v.every((s) => typeof s === 'string'))
		fail(where, 'expected an array of strings');
	return v as string[];
}

function list(doc: Record<string, unknown>, key: string): string[] {
	const block = doc[key];
	return isRecord(block) ? strings(block.list, `aliases.${key}.list`) : [];
}

function stringMap(doc: Record<string, unknown>, key: string): Map<string, string[]> {
	const block = doc[key];
	const out = new Map<string, string[]>();
	if (!isRecord(block) || !isRecord(block.map)) return out;
	for (const [k, v] of Object.entries(block.map)) out.set(k, strings(v, `aliases.${key}.map.${k}`));
	return out;
}

function toEntry(v: unknown, where: string): Entry {
	if (!isRecord(v)) fail(where, 'expected an object');
	const { id, name, kind, country, coord } = v;
	if (typeof id !== 'string' || !id) fail(where, 'id must be a non-empty string');
	if (typeof name !== 'string' || !name) fail(`${where} (${id})`, 'name must be a string');
	if (!KINDS.includes(kind as PlaceKind)) fail(`${where} (${id})`, `bad kind ${String(kind)}`);
	if (country !== null && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)))
		fail(`${where} (${id})`, 'country must be ISO alpha-2 or null');
	if (
		!Array.isArray(coord) ||
		coord.length !== 2 ||
		!coord.every((n) => typeof n === 'number' && Number.isFinite(n))
	)
		fail(`${where} (${id})`, 'coord must be [lon, lat]');
	return {
		...(v as unknown as Entry),
		names: strings(v.names, `${where}.names`),
		aliases: strings(v.aliases, `${where}.aliases`),
		demonyms: strings(v.demonyms, `${where}.demonyms`)
	};
}

function toPlace(e: Entry): GazetteerPlace {
	const p: GazetteerPlace = {
		id: e.id,
		name: e.name,
		kind: e.kind,
		country: e.country,
		coord: [e.coord[0], e.coord[1]]
	};
	if (e.capital) p.capital = true;
	if (e.population) p.population = e.population;
	if (e.polygon !== undefined) p.polygon = e.polygon;
	if (e.bbox) p.bbox = [...e.bbox];
	return p;
}

/** Flags, by UTF-16 code unit, the characters some form starts with (a cheap pre-filter for the scan). */
function firstChars(root: TrieNode): Uint8Array {
	const flags = new Uint8Array(0x10000);
	for (const c of root.next.keys()) flags[c] = 1;
	return flags;
}

/** Locale-independent string order (deterministic everywhere, and much cheaper than ICU). */
function byCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

class TrieBuilder {
	readonly root: TrieNode = { next: new Map() };
	size = 0;

	/** Registers a form; an existing surface keeps priority (first registered wins). */
	add(
		form: string,
		kind: SurfaceKind,
		targets: SurfaceTarget[],
		placeKind: PlaceKind | null
	): void {
		const trimmed = form.trim();
		if (trimmed.length < 2) return;
		let node = this.root;
		for (let i = 0; i < trimmed.length; i++) {
			const c = normChar(trimmed.charCodeAt(i));
			let child = node.next.get(c);
			if (!child) {
				child = { next: new Map() };
				node.next.set(c, child);
			}
			node = child;
		}
		if (node.surface) {
			// A block always wins over a place of the same spelling.
			if (kind !== 'block' || node.surface.kind === 'block') return;
		}
		node.surface = { form: trimmed, kind, targets, placeKind };
		this.size++;
	}
}

/**
 * Builds the gazetteer from the parsed contents of geodata/gazetteer.json and geodata/aliases.json.
 * Throws with a message naming the file and entry when either is malformed.
 */
export function createGazetteer(
	gazetteerJson: unknown,
	aliasesJson: unknown
): Gazetteer & GeoparseIndex {
	if (!isRecord(gazetteerJson) || !Array.isArray(gazetteerJson.places))
		fail('gazetteer.json', 'expected { places: [...] }');
	if (!isRecord(aliasesJson)) fail('aliases.json', 'expected an object');
	const generated = gazetteerJson.places.map((p, i) => toEntry(p, `gazetteer.json places[${i}]`));
	const curatedRaw = aliasesJson.places;
	if (curatedRaw !== undefined && !Array.isArray(curatedRaw))
		fail('aliases.json', 'places must be an array');
	const curated = (curatedRaw ?? []).map((p, i) => toEntry(p, `aliases.json places[${i}]`));

	// Merge: a curated entry with a generated id overrides its fields and adds its forms.
	const byId = new Map<string, Entry>();
	for (const e of generated) byId.set(e.id, e);
	for (const c of curated) {
		const g = byId.get(c.id);
		byId.set(
			c.id,
			g
				? {
						...g,
						...c,
						names: [...(c.names ?? []), ...(g.names ?? [])],
						aliases: [...(c.aliases ?? []), ...(g.aliases ?? [])],
						demonyms: [...(c.demonyms ?? []), ...(g.demonyms ?? [])]
					}
				: c
		);
	}

	for (const [id, forms] of stringMap(aliasesJson, 'placeAliases')) {
		const e = byId.get(id);
		if (!e) fail('aliases.json placeAliases', `unknown place ${id}`);
		e.aliases = [...(e.aliases ?? []), ...forms];
	}
	const countryAliases = stringMap(aliasesJson, 'countryAliases');
	const extraDemonyms = stringMap(aliasesJson, 'demonyms');
	const cues = stringMap(aliasesJson, 'cues');
	const ethnic = new Set(list(aliasesJson, 'ethnicDemonyms'));
	const outlets = isRecord(aliasesJson.outletWords) ? aliasesJson.outletWords : {};
	const rules: MatchRules = {
		outletAfter: new Set(strings(outlets.after, 'aliases.outletWords.after')),
		outletBefore: strings(outlets.before, 'aliases.outletWords.before'),
		personTitles: new Set(list(aliasesJson, 'personTitles')),
		stateWords: new Set(list(aliasesJson, 'stateWords').map((w) => w.toLowerCase()))
	};
	const countryId = (iso: string) => `country-${iso.toLowerCase()}`;
	for (const [iso, forms] of stringMap(aliasesJson, 'countryNames')) {
		const e = byId.get(countryId(iso));
		if (!e) fail('aliases.json countryNames', `unknown country ${iso}`);
		e.names = [...(e.names ?? []), ...forms];
	}
	for (const [iso, forms] of countryAliases) {
		const e = byId.get(countryId(iso));
		if (!e) fail('aliases.json countryAliases', `unknown country ${iso}`);
		e.aliases = [...(e.aliases ?? []), ...forms];
	}
	for (const [iso, forms] of extraDemonyms) {
		const e = byId.get(countryId(iso));
		if (!e) fail('aliases.json demonyms', `unknown country ${iso}`);
		e.demonyms = [...forms, ...(e.demonyms ?? [])];
	}

	// Demonyms that name several countries say nothing about which one.
	const demonymOwners = new Map<string, Set<string>>();
	for (const e of byId.values())
		for (const d of e.demonyms ?? [])
			demonymOwners.set(d, (demonymOwners.get(d) ?? new Set()).add(e.id));

	const trie = new TrieBuilder();
	for (const form of list(aliasesJson, 'organisations')) trie.add(form, 'block', [], null);

	const register = (e: Entry) => {
		// A landmark ('White House') is also a mention of the country it stands for.
		const implied = e.implies ? [{ place: countryId(e.implies), via: 'alias' as const }] : [];
		for (const n of e.blocked ? [] : [e.name, ...(e.names ?? [])])
			trie.add(n, 'place', [{ place: e.id, via: 'name' }, ...implied], e.kind);
		for (const a of e.aliases ?? [])
			trie.add(a, 'place', [{ place: e.id, via: 'alias' }, ...implied], e.kind);
		for (const d of e.demonyms ?? []) {
			if ((demonymOwners.get(d)?.size ?? 0) > 1) continue;
			trie.add(d, ethnic.has(d) ? 'ethnic' : 'demonym', [{ place: e.id, via: 'demonym' }], e.kind);
		}
	};
	const curatedIds = new Set(curated.map((c) => c.id));
	const rank: Record<PlaceKind, number> = { country: 0, region: 1, other: 1, city: 2, province: 3 };
	const ordered = [...byId.values()].sort((a, b) => {
		const ca = curatedIds.has(a.id) ? 0 : 1;
		const cb = curatedIds.has(b.id) ? 0 : 1;
		return (
			ca - cb ||
			rank[a.kind] - rank[b.kind] ||
			(b.population ?? 0) - (a.population ?? 0) ||
			byCodeUnits(a.id, b.id)
		);
	});
	for (const e of ordered) register(e);
	for (const [iso, forms] of cues) {
		if (!byId.has(countryId(iso))) fail('aliases.json cues', `unknown country ${iso}`);
		for (const f of forms)
			trie.add(f, 'place', [{ place: countryId(iso), via: 'alias' }], 'country');
	}

	const datelines = new Map<string, string>();
	for (const e of ordered) {
		if (e.kind === 'other' || e.kind === 'region' || e.blocked) continue;
		for (const n of e.blocked ? [] : [e.name, ...(e.names ?? [])]) {
			const key = n.toLowerCase();
			if (!datelines.has(key)) datelines.set(key, e.id);
		}
	}

	const places = new Map<string, GazetteerPlace>();
	for (const e of [...byId.values()].sort((a, b) => byCodeUnits(a.id, b.id)))
		places.set(e.id, toPlace(e));
	const capitals = new Map<string, GazetteerPlace>();
	for (const p of places.values())
		if (p.kind === 'city' && p.capital && p.country && !capitals.has(p.country))
			capitals.set(p.country, p);

	const matcher: PlaceMatcher = {
		root: trie.root,
		first: firstChars(trie.root),
		rules,
		datelines,
		size: trie.size
	};
	return {
		places,
		matcher,
		get: (id) => places.get(id),
		country: (iso2) => places.get(countryId(iso2)),
		capital: (iso2) => capitals.get(iso2.toUpperCase())
	};
}

/**
 * The longest registered form that `text` starts with, the way geoparse matched it ("Kabul’s" and
 * "Kabuls" → Kabul; "Imran Khan’s" → Imran Khan), or null (an all-caps dateline: "ISLAMABAD").
 */
export function surfaceAt(matcher: PlaceMatcher, text: string): Surface | null {
	let node: TrieNode | undefined = matcher.root;
	let best: Surface | null = null;
	for (let i = 0; i < text.length && node; i++) {
		node = node.next.get(normChar(text.charCodeAt(i)));
		if (node?.surface) best = node.surface;
	}
	return best;
}

/** The `cues` of aliases.json (person names and titles that imply a country), by ISO alpha-2. */
export function readCues(aliasesJson: unknown): Map<string, string[]> {
	return isRecord(aliasesJson) ? stringMap(aliasesJson, 'cues') : new Map();
}

/**
 * A matcher for a plain Gazetteer that carries no GeoparseIndex (a fake in a test, another
 * implementation): place names only, no curated context lists.
 */
export function matcherFromPlaces(gazetteer: Gazetteer): PlaceMatcher {
	const trie = new TrieBuilder();
	const datelines = new Map<string, string>();
	for (const p of gazetteer.places.values()) {
		trie.add(p.name, 'place', [{ place: p.id, via: 'name' }], p.kind);
		if (!datelines.has(p.name.toLowerCase())) datelines.set(p.name.toLowerCase(), p.id);
	}
	return {
		root: trie.root,
		first: firstChars(trie.root),
		rules: {
			outletAfter: new Set(),
			outletBefore: [],
			personTitles: new Set(),
			stateWords: new Set()
		},
		datelines,
		size: trie.size
	};
}
