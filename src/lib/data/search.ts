/**
 * Search over search.json (written by the ingest, ingest/stages/search.ts): places, parties,
 * organisations and the people the articles name. This module and the file are loaded when the
 * search box is first focused, never before the map draws (the first load has a size budget).
 *
 * Matching is tolerant of misspellings, written by hand rather than taken from a library (see
 * docs/ARCHITECTURE.md for the measurements): names and queries are folded (case, accents,
 * punctuation); each word typed must match a word of a name exactly, as its beginning, or within
 * a small edit distance (one edit in words of 4–6 letters, two from 7 on: "Dushanbeh" finds
 * Dushanbe; a swap of two letters is one edit); the last word may be unfinished. Fewer and
 * smaller edits rank first, and a name before an alias. Words of three letters or fewer must be
 * spelt right: an edit there matches too much.
 */
import * as v from 'valibot';
import {
	SEARCH_KINDS,
	type LinksCollection,
	type PlacesCollection,
	type SearchKind
} from './schema';
import { expected, parseFile } from './issues';
import { DATA_FILES, DataLoadError, fetchJson, type Resolve } from './load';
import { partyName } from './selectors';
import type { Selection } from '../state/types';

/** The visible label of each group of results. */
export const KIND_LABELS: Record<SearchKind, string> = {
	place: 'Places',
	party: 'Parties',
	organisation: 'Organisations',
	person: 'People'
};

const SearchEntrySchema = v.pipe(
	v.object({
		name: v.pipe(
			v.string(),
			v.check((s) => s.trim() !== '', expected('a non-empty name'))
		),
		kind: v.picklist(SEARCH_KINDS),
		/** The place the entry selects (a feature of places.geojson), or null: a party with no place. */
		place: v.nullable(v.string()),
		/**
		 * A party id as in links.geojson: the party itself (parties, organisations, a country place
		 * that takes part in a link), or the party a person belongs to (their country); else null.
		 */
		party: v.nullable(v.string()),
		/** Other names for it found in the articles (spellings, short forms), the name left out. */
		aliases: v.array(v.string())
	}),
	v.check((e) => e.place !== null || e.party !== null, 'place and party cannot both be null')
);
/**
 * One name to search for (search.json): a place, a party without a place of its own (the
 * Taliban), an organisation that is a party (the UN), or a person the articles name. Only names
 * found in the articles are listed.
 */
export type SearchEntry = v.InferOutput<typeof SearchEntrySchema>;

const SearchIndexSchema = v.object({ entries: v.array(SearchEntrySchema) });
export type SearchIndexFile = v.InferOutput<typeof SearchIndexSchema>;

/** Checks search.json; throws a SchemaError naming the entry, what is wrong and the value. */
export function validateSearchIndex(data: unknown, where = 'search.json'): SearchIndexFile {
	return parseFile(SearchIndexSchema, data, where);
}

/** Lower case, no accents, punctuation as spaces: "Tehreek-e-Taliban (TTP)" → "tehreek e taliban ttp". */
export function foldName(s: string): string {
	return (
		s
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			// "U.S." is "US", "Kabul’s" is "Kabuls".
			.replace(/['’.]/g, '')
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim()
	);
}

interface Form {
	text: string;
	folded: string;
	words: string[];
	/** The words run together, for a misplaced space ("dushan be"). */
	compact: string;
	alias: boolean;
}

interface Compiled {
	entry: SearchEntry;
	forms: Form[];
}

/** The entries ready to match (folded once, when loaded). */
export interface SearchIndex {
	readonly entries: readonly Compiled[];
}

function form(text: string, alias: boolean): Form {
	const folded = foldName(text);
	const words = folded.split(' ').filter(Boolean);
	return { text, folded, words, compact: words.join(''), alias };
}

/**
 * Folds the names once. With `selectable`, entries that point at nothing the loaded data has
 * (a search.json from another run than the map data) are left out, so a choice never fails.
 */
export function compileSearchIndex(
	file: SearchIndexFile,
	selectable?: (selection: Selection) => boolean
): SearchIndex {
	const entries: Compiled[] = [];
	for (const entry of file.entries) {
		if (selectable && !selectable(selectionFor(entry))) continue;
		const forms = [form(entry.name, false), ...entry.aliases.map((a) => form(a, true))];
		entries.push({ entry, forms: forms.filter((f) => f.folded) });
	}
	return { entries };
}

/** What choosing an entry selects: its place (a person's country), else its party. */
export function selectionFor(entry: SearchEntry): Selection {
	if (entry.place !== null) return { type: 'place', id: entry.place };
	return entry.party !== null ? { type: 'party', id: entry.party } : null;
}

/** Edits allowed in a word of this length. */
function maxEdits(length: number): number {
	return length < 4 ? 0 : length <= 6 ? 1 : 2;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, swaps of neighbours),
 * or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	// Three rows of the table, reused: this runs for every word of every name at each keystroke.
	const width = b.length + 1;
	if (rows.length < 3 * width) rows = new Uint16Array(3 * width * 2);
	let before = 0;
	let prev = width;
	let row = 2 * width;
	for (let j = 0; j < width; j++) rows[prev + j] = j;
	for (let i = 1; i <= a.length; i++) {
		rows[row] = i;
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[prev + j]! + 1, rows[row + j - 1]! + 1, rows[prev + j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d = Math.min(d, rows[before + j - 2]! + 1);
			rows[row + j] = d;
			if (d < rowMin) rowMin = d;
		}
		if (rowMin > max) return max + 1;
		[before, prev, row] = [prev, row, before];
	}
	return rows[prev + b.length]!;
}
let rows = new Uint16Array(96);

/** How far a typed word is from a word of a name (Infinity: no match). */
function wordCost(typed: string, word: string, last: boolean): number {
	if (typed === word) return 0;
	if (word.startsWith(typed)) return last ? 0.25 : 0.5;
	const max = maxEdits(typed.length);
	if (max === 0) return Infinity;
	const d = editDistance(typed, word, max);
	if (d <= max) return d;
	// The word being typed may be a misspelt beginning ("Dushsnb", "Afgan"), a letter short or over.
	if (last && word.length > typed.length) {
		let p = max + 1;
		for (let n = typed.length - 1; n <= typed.length + 1 && n < word.length; n++)
			p = Math.min(p, editDistance(typed, word.slice(0, n), max));
		if (p <= max) return p + 0.25;
	}
	return Infinity;
}

/** How well a name matches the query (lower is better; Infinity: not at all). */
function formCost(f: Form, query: string, words: string[], compact: string): number {
	if (f.folded === query) return 0;
	if (f.folded.startsWith(query)) return 0.5;
	let best = Infinity;
	// Every typed word against a different word of the name.
	const used = new Set<number>();
	let total = 1;
	for (let i = 0; i < words.length && total < Infinity; i++) {
		let cost = Infinity;
		let at = -1;
		f.words.forEach((w, j) => {
			if (used.has(j)) return;
			const c = wordCost(words[i]!, w, i === words.length - 1);
			if (c < cost) [cost, at] = [c, j];
		});
		used.add(at);
		total += cost;
	}
	best = Math.min(best, total);
	// A space typed in the wrong place, or left out.
	if (words.length !== f.words.length) {
		if (compact === f.compact) best = Math.min(best, 0.5);
		const max = maxEdits(compact.length);
		const d = max > 0 ? editDistance(compact, f.compact, max) : Infinity;
		if (d <= max) best = Math.min(best, 1.5 + d);
	}
	if (query.length >= 3 && f.folded.includes(query)) best = Math.min(best, 3);
	return best;
}

export interface SearchHit {
	entry: SearchEntry;
	/** The spelling that matched: the entry's name or one of its aliases. */
	matched: string;
	cost: number;
}

/** The entries matching `query`, best first (at most `limit`). */
export function searchIndex(index: SearchIndex, query: string, limit = 10): SearchHit[] {
	const folded = foldName(query);
	if (!folded) return [];
	const words = folded.split(' ');
	const compact = words.join('');
	const hits: SearchHit[] = [];
	for (const { entry, forms } of index.entries) {
		let best: SearchHit | null = null;
		for (const f of forms) {
			// An alias ranks just after the name it stands for.
			const cost = formCost(f, folded, words, compact) + (f.alias ? 0.1 : 0);
			if (cost < (best?.cost ?? Infinity)) best = { entry, matched: f.text, cost };
		}
		if (best) hits.push(best);
	}
	const kindOrder = (k: SearchKind) => SEARCH_KINDS.indexOf(k);
	return hits
		.sort(
			(a, b) =>
				a.cost - b.cost ||
				kindOrder(a.entry.kind) - kindOrder(b.entry.kind) ||
				a.entry.name.length - b.entry.name.length ||
				a.entry.name.localeCompare(b.entry.name)
		)
		.slice(0, limit);
}

export interface SearchGroup {
	kind: SearchKind;
	label: string;
	hits: SearchHit[];
}

/** Hits grouped by kind, the group of the best hit first; within a group, best first. */
export function groupHits(hits: readonly SearchHit[]): SearchGroup[] {
	const groups = new Map<SearchKind, SearchGroup>();
	for (const hit of hits) {
		const kind = hit.entry.kind;
		let group = groups.get(kind);
		if (!group) groups.set(kind, (group = { kind, label: KIND_LABELS[kind], hits: [] }));
		group.hits.push(hit);
	}
	return [...groups.values()];
}

/**
 * Places and parties from the map data alone (no people, no aliases): what search offers when
 * search.json cannot be had (data written before it existed, a failed request).
 */
export function searchIndexFromMapData(
	places: PlacesCollection,
	links: LinksCollection
): SearchIndexFile {
	const entries: SearchEntry[] = [];
	const placeIds = new Set<string>();
	for (const { properties: p } of places.features) {
		placeIds.add(p.id);
		entries.push({ name: p.name, kind: 'place', place: p.id, party: null, aliases: [] });
	}
	const parties = new Set(links.features.flatMap((f) => f.properties.parties));
	for (const party of [...parties].sort()) {
		const iso = /^[A-Z]{2}$/.test(party);
		if (iso && placeIds.has(`country-${party.toLowerCase()}`)) continue;
		const name = partyName(party, places, links);
		entries.push({ name, kind: 'party', place: null, party, aliases: [] });
	}
	return { entries };
}

/** Fetches and checks search.json (a DataLoadError says which file and what went wrong). */
export async function loadSearchFile(
	fetchFn: typeof fetch,
	resolve: Resolve = (p) => p
): Promise<SearchIndexFile> {
	const data = await fetchJson(fetchFn, resolve(DATA_FILES.search), 'search.json');
	try {
		return validateSearchIndex(data);
	} catch (e) {
		throw new DataLoadError(
			`The data does not follow the schema: ${e instanceof Error ? e.message : String(e)}`
		);
	}
}

/**
 * The index the search box uses: search.json, or when it cannot be had the map data's own names,
 * with a note that says why (people and aliases are then not searchable).
 */
export async function openSearchIndex(
	fetchFn: typeof fetch,
	resolve: Resolve,
	data: { places: PlacesCollection; links: LinksCollection },
	selectable: (selection: Selection) => boolean
): Promise<{ index: SearchIndex; note: string | null }> {
	let file: SearchIndexFile;
	let note: string | null = null;
	try {
		file = await loadSearchFile(fetchFn, resolve);
	} catch (e) {
		file = searchIndexFromMapData(data.places, data.links);
		note = `Only place and party names: ${e instanceof Error ? e.message : String(e)}`;
	}
	return { index: compileSearchIndex(file, selectable), note };
}
