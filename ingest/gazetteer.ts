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
import { parseOutput, SchemaError } from '../src/lib/data/issues';
import type { MentionVia, PlaceKind } from '../src/lib/data/schema';
import {
	AliasesFileSchema,
	GazetteerFileSchema,
	type AliasesFile,
	type PlaceEntry
} from './schemas';
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

/** A place as the gazetteer builds it: the entry of the file, its forms always present. */
type Entry = PlaceEntry & { names: string[]; aliases: string[]; demonyms: string[] };

function toEntry(p: PlaceEntry): Entry {
	return { ...p, names: p.names ?? [], aliases: p.aliases ?? [], demonyms: p.demonyms ?? [] };
}

/** The words of a list block of aliases.json (none when the block is absent). */
const list = (block: { list: string[] } | undefined) => block?.list ?? [];
/** The words by key of a map block of aliases.json. */
const mapOf = (block: { map: Record<string, string[]> } | undefined) =>
	new Map(Object.entries(block?.map ?? {}));

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

const countryId = (iso: string) => `country-${iso.toLowerCase()}`;

/**
 * The generated places with the curated ones merged in: a curated entry with a generated id
 * overrides its fields and adds its forms.
 */
function mergeEntries(generated: Entry[], curated: Entry[]): Map<string, Entry> {
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
						names: [...c.names, ...g.names],
						aliases: [...c.aliases, ...g.aliases],
						demonyms: [...c.demonyms, ...g.demonyms]
					}
				: c
		);
	}
	return byId;
}

/**
 * The forms the alias blocks add to places (`placeAliases`, by place id) and countries
 * (`countryNames`, `countryAliases`, `demonyms`, by ISO alpha-2). A key the gazetteer does not
 * have is an error naming the block and the key.
 */
function addAliasForms(byId: Map<string, Entry>, aliases: AliasesFile): void {
	const entry = (block: string, key: string, id: string) => {
		const e = byId.get(id);
		if (!e)
			throw new SchemaError(
				`aliases.json: ${block}.map[${JSON.stringify(key)}]`,
				`unknown ${block === 'placeAliases' ? 'place' : 'country'} ${key}`
			);
		return e;
	};
	for (const [id, forms] of mapOf(aliases.placeAliases)) {
		const e = entry('placeAliases', id, id);
		e.aliases = [...e.aliases, ...forms];
	}
	for (const [iso, forms] of mapOf(aliases.countryNames)) {
		const e = entry('countryNames', iso, countryId(iso));
		e.names = [...e.names, ...forms];
	}
	for (const [iso, forms] of mapOf(aliases.countryAliases)) {
		const e = entry('countryAliases', iso, countryId(iso));
		e.aliases = [...e.aliases, ...forms];
	}
	for (const [iso, forms] of mapOf(aliases.demonyms)) {
		const e = entry('demonyms', iso, countryId(iso));
		e.demonyms = [...forms, ...e.demonyms];
	}
	for (const iso of mapOf(aliases.cues).keys()) entry('cues', iso, countryId(iso));
}

function matchRules(aliases: AliasesFile): MatchRules {
	return {
		outletAfter: new Set(aliases.outletWords?.after ?? []),
		outletBefore: aliases.outletWords?.before ?? [],
		personTitles: new Set(list(aliases.personTitles)),
		stateWords: new Set(list(aliases.stateWords).map((w) => w.toLowerCase()))
	};
}

/** Places in the order their forms are registered: curated first, then by kind, size and id. */
function registrationOrder(byId: Map<string, Entry>, curated: readonly Entry[]): Entry[] {
	const curatedIds = new Set(curated.map((c) => c.id));
	const rank: Record<PlaceKind, number> = { country: 0, region: 1, other: 1, city: 2, province: 3 };
	return [...byId.values()].sort((a, b) => {
		const ca = curatedIds.has(a.id) ? 0 : 1;
		const cb = curatedIds.has(b.id) ? 0 : 1;
		return (
			ca - cb ||
			rank[a.kind] - rank[b.kind] ||
			(b.population ?? 0) - (a.population ?? 0) ||
			byCodeUnits(a.id, b.id)
		);
	});
}

/** Every surface form in one trie: organisations (blocks), then the places in order, then cues. */
function buildTrie(ordered: readonly Entry[], aliases: AliasesFile): TrieBuilder {
	// Demonyms that name several countries say nothing about which one.
	const demonymOwners = new Map<string, Set<string>>();
	for (const e of ordered)
		for (const d of e.demonyms) demonymOwners.set(d, (demonymOwners.get(d) ?? new Set()).add(e.id));
	const ethnic = new Set(list(aliases.ethnicDemonyms));

	const trie = new TrieBuilder();
	for (const form of list(aliases.organisations)) trie.add(form, 'block', [], null);
	for (const e of ordered) {
		// A landmark ('White House') is also a mention of the country it stands for.
		const implied = e.implies ? [{ place: countryId(e.implies), via: 'alias' as const }] : [];
		for (const n of e.blocked ? [] : [e.name, ...e.names])
			trie.add(n, 'place', [{ place: e.id, via: 'name' }, ...implied], e.kind);
		for (const a of e.aliases)
			trie.add(a, 'place', [{ place: e.id, via: 'alias' }, ...implied], e.kind);
		for (const d of e.demonyms) {
			if ((demonymOwners.get(d)?.size ?? 0) > 1) continue;
			trie.add(d, ethnic.has(d) ? 'ethnic' : 'demonym', [{ place: e.id, via: 'demonym' }], e.kind);
		}
	}
	for (const [iso, forms] of mapOf(aliases.cues))
		for (const f of forms)
			trie.add(f, 'place', [{ place: countryId(iso), via: 'alias' }], 'country');
	return trie;
}

/** Lower-cased names of cities, provinces and countries, for ALL-CAPS datelines. */
function datelinesOf(ordered: readonly Entry[]): Map<string, string> {
	const datelines = new Map<string, string>();
	for (const e of ordered) {
		if (e.kind === 'other' || e.kind === 'region' || e.blocked) continue;
		for (const n of [e.name, ...e.names]) {
			const key = n.toLowerCase();
			if (!datelines.has(key)) datelines.set(key, e.id);
		}
	}
	return datelines;
}

/**
 * Builds the gazetteer from the parsed contents of geodata/gazetteer.json and geodata/aliases.json.
 * Throws a SchemaError naming the file, the path in it and the value when either is malformed.
 */
export function createGazetteer(
	gazetteerJson: unknown,
	aliasesJson: unknown
): Gazetteer & GeoparseIndex {
	const generated = parseOutput(GazetteerFileSchema, gazetteerJson, 'gazetteer.json').places;
	const aliases = parseOutput(AliasesFileSchema, aliasesJson, 'aliases.json');
	const curated = (aliases.places ?? []).map(toEntry);
	const byId = mergeEntries(generated.map(toEntry), curated);
	addAliasForms(byId, aliases);

	const ordered = registrationOrder(byId, curated);
	const trie = buildTrie(ordered, aliases);

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
		rules: matchRules(aliases),
		datelines: datelinesOf(ordered),
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
	return mapOf(parseOutput(AliasesFileSchema, aliasesJson, 'aliases.json').cues);
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
