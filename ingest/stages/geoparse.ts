/**
 * Geoparse: paragraphs → place mentions with exact offsets.
 *
 * One left-to-right pass per paragraph over the gazetteer's trie (ingest/gazetteer.ts): at every
 * word start the longest surface form whose right edge is a word boundary wins, with possessives
 * taken along ('Pakistan’s', 'Pakistans', 'Afghans’'). Then a few context rules decide whether
 * the candidate is a mention:
 *   - names of organisations and outlets consume their span ('Tehreek-i-Taliban Pakistan');
 *   - a place followed by an outlet word ('Pakistan Today', 'Indian Punchline') or preceded by an
 *     outlet prefix ('Times of India') is an outlet;
 *   - a city after a person title ('General Austin') is a person;
 *   - an ethnic demonym ('Tajik') counts only as the adjective of a state word ('Tajik President')
 *     or in a hyphenated pair, never as a plural noun ('Tajiks') or after 'ethnic';
 *   - an abbreviation in brackets right after its long form ('… Tribal Area (FATA)') is not a
 *     second mention;
 *   - an ALL-CAPS dateline at the start of a paragraph ('ISLAMABAD:') is a mention.
 * Case matters everywhere else: 'the capital' or 'tribal areas' never match.
 */
import type { Gazetteer, PlaceMention } from '../types';
import {
	matcherFromPlaces,
	normChar,
	type GeoparseIndex,
	type PlaceMatcher,
	type Surface
} from '../gazetteer';

const fallbackMatchers = new WeakMap<Gazetteer, PlaceMatcher>();

/** The gazetteer's compiled matcher, or one made from its place names (a plain Gazetteer in a test). */
export function matcherOf(gazetteer: Gazetteer): PlaceMatcher {
	const own = (gazetteer as Partial<GeoparseIndex>).matcher;
	if (own) return own;
	let m = fallbackMatchers.get(gazetteer);
	if (!m) {
		m = matcherFromPlaces(gazetteer);
		fallbackMatchers.set(gazetteer, m);
	}
	return m;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, i: number): boolean {
	if (i < 0 || i >= text.length) return false;
	const c = text.charCodeAt(i);
	if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
	return NON_ASCII_WORD.test(text[i]!);
}

function isApostrophe(text: string, i: number): boolean {
	return i < text.length && normChar(text.charCodeAt(i)) === 39;
}

interface Candidate {
	surface: Surface;
	end: number;
	/** Ended with a plural 's' (not a possessive with apostrophe). */
	plural: boolean;
}

/**
 * Where a match of a form ending at `j` really ends, taking a possessive or plural along;
 * -1 when the form stops inside a word ('Kabul' in 'Kabulov').
 */
function edge(text: string, j: number, form: string): { end: number; plural: boolean } | null {
	if (!isWordChar(text, j)) {
		if (isApostrophe(text, j) && text[j + 1] === 's' && !isWordChar(text, j + 2))
			return { end: j + 2, plural: false };
		return { end: j, plural: false };
	}
	// 's' directly after: possessive without apostrophe or plural (not after an abbreviation).
	if (text[j] === 's' && !isWordChar(text, j + 1) && !form.endsWith('.') && /[a-z]$/.test(form)) {
		const end = isApostrophe(text, j + 1) && !isWordChar(text, j + 2) ? j + 2 : j + 1;
		return { end, plural: true };
	}
	return null;
}

function longestAt(text: string, start: number, m: PlaceMatcher): Candidate | null {
	let node = m.root.next.get(normChar(text.charCodeAt(start)));
	let best: Candidate | null = null;
	let j = start + 1;
	while (node) {
		if (node.surface) {
			const e = edge(text, j, node.surface.form);
			if (e) best = { surface: node.surface, end: e.end, plural: e.plural };
		}
		if (j >= text.length) break;
		node = node.next.get(normChar(text.charCodeAt(j)));
		j++;
	}
	return best;
}

const WORD_AFTER = /[ \u00a0]?([\p{L}][\p{L}'’-]*)/uy;

function wordAfter(text: string, end: number): string {
	WORD_AFTER.lastIndex = end;
	return WORD_AFTER.exec(text)?.[1] ?? '';
}

function wordBefore(text: string, start: number): string {
	const m = /([\p{L}][\p{L}.]*)[ \u00a0]$/u.exec(text.slice(Math.max(0, start - 30), start));
	return m?.[1] ?? '';
}

const COORDINATED =
	/(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:and|or)[ \u00a0]+)\p{Lu}\p{L}+(?:[ \u00a0]*,[ \u00a0]*\p{Lu}\p{L}+)*(?:,?[ \u00a0]+(?:and|or)[ \u00a0]+\p{Lu}\p{L}+)?[ \u00a0]+([\p{L}-]+)/uy;

function isStateWord(word: string, m: PlaceMatcher): boolean {
	const w = word.toLowerCase();
	return m.rules.stateWords.has(w) || (w.endsWith('s') && m.rules.stateWords.has(w.slice(0, -1)));
}

/** Is this candidate a real mention in its context? */
function accept(text: string, start: number, c: Candidate, m: PlaceMatcher): boolean {
	const { surface } = c;
	const next = wordAfter(text, c.end);
	// Outlets: 'Pakistan Today', 'Indian Punchline', 'Times of India', 'Radio Pakistan'.
	if (c.end < text.length && text[c.end] !== '-' && m.rules.outletAfter.has(next)) return false;
	// A currency: 'US$1 billion'.
	if (text[c.end] === '$') return false;
	const before =
		start > 0 ? text.slice(Math.max(0, start - 12), start).replace(/\u00a0/g, ' ') : '';
	if (before && m.rules.outletBefore.some((p) => before.endsWith(`${p} `))) return false;
	// People named like a city: 'General Austin Miller'.
	if (
		(surface.placeKind === 'city' || surface.placeKind === 'province') &&
		m.rules.personTitles.has(wordBefore(text, start))
	)
		return false;
	if (surface.kind === 'ethnic') {
		if (c.plural || /\bethnic[ \u00a0]$/i.test(before)) return false;
		if (text[c.end] === '-' && /[A-Z]/.test(text[c.end + 1] ?? '')) return true; // 'Tajik-Afghan border'
		if (text[start - 1] === '-' && /\p{Lu}\p{L}*-$/u.test(before)) return true; // 'Afghan-Tajik border'
		if (isStateWord(next, m)) return true;
		// Coordinated adjectives share the noun: 'Uzbek, Tajik and Turkmen officials'.
		COORDINATED.lastIndex = c.end;
		const shared = COORDINATED.exec(text)?.[1];
		return !!shared && isStateWord(shared, m);
	}
	return true;
}

/** ALL-CAPS dateline at the very start of a paragraph: 'ISLAMABAD:', 'NEW DELHI —', 'KABUL/ISLAMABAD (Reuters) -'. */
const DATELINE =
	/^[A-Z][A-Z'’.-]*[A-Z](?:(?: |\/)[A-Z][A-Z'’.-]*[A-Z])*(?=\s*(?:[:(—–]|,\s|\s-\s))/;
const DATELINE_PART = /[A-Z][A-Z'’.-]*[A-Z](?: [A-Z][A-Z'’.-]*[A-Z])*/g;

/**
 * Finds the place mentions in an article's cleaned paragraphs, in reading order.
 * Offsets are UTF-16 code units into `paragraphs[paragraph]`, end exclusive, and
 * `paragraphs[p].slice(start, end) === text` always holds.
 */
export function geoparse(
	articleId: string,
	paragraphs: string[],
	gazetteer: Gazetteer
): PlaceMention[] {
	const m = matcherOf(gazetteer);
	const out: PlaceMention[] = [];
	paragraphs.forEach((text, paragraph) => {
		const emit = (start: number, end: number, place: string, via: PlaceMention['via']) =>
			out.push({
				article: articleId,
				paragraph,
				start,
				end,
				text: text.slice(start, end),
				via,
				place
			});

		let i = 0;
		const dateline = DATELINE.exec(text)?.[0];
		if (dateline) {
			const found: Array<[number, number, string]> = [];
			for (const part of dateline.matchAll(DATELINE_PART)) {
				const place = m.datelines.get(part[0].toLowerCase());
				if (place) found.push([part.index, part.index + part[0].length, place]);
			}
			for (const [start, end, place] of found) emit(start, end, place, 'name');
			if (found.length) i = dateline.length;
		}
		let last: { end: number; places: string[] } | null = null;
		const first = m.first;
		for (; i < text.length; i++) {
			if (first[text.charCodeAt(i)] === 0 || isWordChar(text, i - 1)) continue;
			const c = longestAt(text, i, m);
			if (!c) continue;
			const start = i;
			i = c.end - 1;
			if (c.surface.kind === 'block' || !accept(text, start, c, m)) continue;
			const places = c.surface.targets.map((t) => t.place);
			// '… Tribal Area (FATA)': the bracketed abbreviation repeats the mention just made.
			if (
				text[start - 1] === '(' &&
				last &&
				/^\s*$/.test(text.slice(last.end, start - 1)) &&
				places.every((p) => last!.places.includes(p))
			)
				continue;
			for (const t of c.surface.targets) emit(start, c.end, t.place, t.via);
			last = { end: c.end, places };
		}
	});
	return out;
}
