/**
 * The one sentence splitter, shared by the ingest (links are read sentence by sentence, overlong
 * paragraphs are cut at sentence ends, a correction's evidence is its sentence) and the app (an
 * excerpt is the sentence holding a mention). One rule on both sides, so the sentence the panel
 * quotes is the sentence the link was read from.
 *
 * A small rule splitter rather than a library: it must keep "U.S.", "Lt. Gen." and initials
 * ("M. K. Bhadrakumar") intact, give character offsets into the paragraph (mentions are offsets),
 * and cost next to nothing: one pass over the paragraph, each candidate end judged on a few dozen
 * characters around it. No Svelte, no DOM, no Node.
 */

/** Where a sentence lies in its paragraph: UTF-16 offsets, end exclusive, trimmed of spaces. */
export interface SentenceSpan {
	start: number;
	end: number;
}

/** Words that end with a period without ending a sentence. */
const ABBREVIATIONS = new Set(
	(
		'mr mrs ms dr prof gen lt col maj capt cmdr adm brig sgt cpl gov sen rep amb pres st jr sr rev hon ' +
		'no nos vol vs etc inc ltd co corp dept est approx fig jan feb mar apr jun jul aug sep sept oct nov dec ' +
		'mt ft pt al ed eds op cf e.g i.e'
	).split(' ')
);

/** After a dotted acronym ("U.S."), only these words start a new sentence. */
const SENTENCE_STARTERS = new Set(
	'The This That These Those It He She They We I But And However In On At A An After Before When While Meanwhile'.split(
		' '
	)
);

const BOUNDARY_RE = /[.!?]+[”’"')\]]*(?=\s+[“‘"'([]?[A-Z0-9])/g;

/** Sentence spans of a paragraph, trimmed, in order. */
export function splitSentences(text: string): SentenceSpan[] {
	const spans: SentenceSpan[] = [];
	let start = 0;
	BOUNDARY_RE.lastIndex = 0;
	for (let m = BOUNDARY_RE.exec(text); m !== null; m = BOUNDARY_RE.exec(text)) {
		const end = m.index + m[0].length;
		if (m[0][0] === '.' && !endsSentence(text, m.index, end)) continue;
		pushTrimmed(spans, text, start, end);
		start = end;
	}
	pushTrimmed(spans, text, start, text.length);
	return spans;
}

function endsSentence(text: string, dot: number, end: number): boolean {
	const before = /([\w.’'-]+)$/.exec(text.slice(Math.max(0, dot - 24), dot))?.[1] ?? '';
	const word = before.toLowerCase();
	const next = /^\s+[“‘"'([]?([\w’'-]+)/.exec(text.slice(end, end + 40))?.[1] ?? '';
	if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(before)) return SENTENCE_STARTERS.has(next); // U.S, e.g
	if (/^[A-Z]$/.test(before)) return false; // an initial
	if (ABBREVIATIONS.has(word)) return false;
	return true;
}

function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number) {
	while (start < end && /\s/.test(text[start] ?? '')) start++;
	while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
	if (end > start) spans.push({ start, end });
}

/** A paragraph's sentences as two sorted lists, for binary search. */
interface SentenceIndex {
	starts: number[];
	ends: number[];
}

/** The paragraphs read last: an article's mentions ask for the same paragraph again and again. */
const indexCache = new Map<string, SentenceIndex>();
const INDEX_CACHE_SIZE = 64;

function sentenceIndex(paragraph: string): SentenceIndex {
	const known = indexCache.get(paragraph);
	if (known) return known;
	const spans = splitSentences(paragraph);
	const index = { starts: spans.map((s) => s.start), ends: spans.map((s) => s.end) };
	indexCache.set(paragraph, index);
	if (indexCache.size > INDEX_CACHE_SIZE) indexCache.delete(indexCache.keys().next().value!);
	return index;
}

/** The first position in the sorted `xs` whose value is at least `x` (xs.length when none is). */
function lowerBound(xs: readonly number[], x: number): number {
	let lo = 0;
	let hi = xs.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (xs[mid]! < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * The [start, end) of the sentence(s) of `paragraph` that hold the range [start, end) (the range
 * itself when it lies between sentences). The paragraph is split once; each mention then costs two
 * binary searches, so a huge paragraph with thousands of mentions stays linear.
 */
export function sentenceBounds(paragraph: string, start: number, end: number): [number, number] {
	const { starts, ends } = sentenceIndex(paragraph);
	const first = lowerBound(ends, start + 1); // the first sentence ending after the range starts
	const last = lowerBound(starts, Math.max(end, start + 1)) - 1; // the last starting before it ends
	if (first >= ends.length || last < first) return [start, end];
	return [Math.min(starts[first]!, start), Math.max(ends[last]!, end)];
}
