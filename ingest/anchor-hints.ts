/**
 * The anchors' hints (geodata/offices.json, a few words one of which a page must hold before the
 * anchor's pattern is tried) read in one pass over the text instead of one per anchor: with 268
 * anchors, testing each hint alone was half of `anchorConstraints`, the ingest's largest share.
 * A hint that is only words joined by `|` is looked up among the words found; any other keeps its
 * own expression. The answer is the same as each hint's own test.
 */
import { escapeRe } from './escape-re';

/** A hint made only of words: letters, digits, spaces, apostrophes and hyphens. */
const WORDS_RE = /^[A-Za-z0-9' ’-]+$/;

export interface HintIndex {
	/** Every hint word at every place it starts, longest first (a lookahead, so none hides another). */
	scan: RegExp | null;
	/** Each word found → the hint words it starts with (itself included): found there too. */
	prefixes: Map<string, string[]>;
	/** Per anchor, its hint's words (lower case), or null when its hint is an expression. */
	words: Array<string[] | null>;
	hints: RegExp[];
}

/** Indexes the anchors' hints (case-insensitive expressions, in the anchors' order). */
export function hintIndex(hints: readonly RegExp[]): HintIndex {
	const all = new Set<string>();
	const words = hints.map((h) => {
		const alternatives = h.source.split('|');
		if (!h.ignoreCase || !alternatives.every((w) => WORDS_RE.test(w))) return null;
		const lower = alternatives.map((w) => w.toLowerCase());
		for (const w of lower) all.add(w);
		return lower;
	});
	const sorted = [...all].sort((a, b) => b.length - a.length);
	return {
		scan: sorted.length ? new RegExp(`(?=(${sorted.map(escapeRe).join('|')}))`, 'gi') : null,
		prefixes: new Map(sorted.map((w) => [w, sorted.filter((v) => w.startsWith(v))])),
		words,
		hints: [...hints]
	};
}

/**
 * Whether the text holds anchor `i`'s hint, for each `i`. Two hint words found at one place are
 * one the start of the other, so the longest found there tells of both.
 */
export function hintsIn(text: string, index: HintIndex): (i: number) => boolean {
	const found = new Set<string>();
	if (index.scan)
		for (const m of text.matchAll(index.scan))
			for (const w of index.prefixes.get(m[1]!.toLowerCase()) ?? []) found.add(w);
	return (i) => {
		const words = index.words[i];
		return words ? words.some((w) => found.has(w)) : index.hints[i]!.test(text);
	};
}
