/**
 * Sentence and clause spans for the link extractor. A small rule splitter rather than a library:
 * it must keep "U.S.", "Lt. Gen." and initials ("M. K. Bhadrakumar") intact, give character
 * offsets into the paragraph (mentions are offsets), and cost next to nothing per article.
 */

export interface Span {
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

const BOUNDARY_RE = /[.!?]+[”’"')\]]*(?=\s+[“‘"'(\[]?[A-Z0-9])/g;

/** Sentence spans of a paragraph, trimmed, in order. */
export function splitSentences(text: string): Span[] {
	const spans: Span[] = [];
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
	const next = /^\s+[“‘"'(\[]?([\w’'-]+)/.exec(text.slice(end, end + 40))?.[1] ?? '';
	if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(before)) return SENTENCE_STARTERS.has(next); // U.S, e.g
	if (/^[A-Z]$/.test(before)) return false; // an initial
	if (ABBREVIATIONS.has(word)) return false;
	return true;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number) {
	while (start < end && /\s/.test(text[start] ?? '')) start++;
	while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
	if (end > start) spans.push({ start, end });
}

/**
 * Clause spans of a sentence (absolute offsets): split where a new event can begin — semicolons,
 * contrastive conjunctions and temporal subordinators ("…, a day after X met Y").
 */
const CLAUSE_RE =
	/;\s+|,?\s+(?:but|though|although|whereas)\s+|,\s+and\s+(?=(?:the|both|they|he|she|it|its|their)\s)|,\s+(?:while|(?:a|one|two|three|a few)\s+(?:day|days|week|weeks)\s+(?:after|before)|shortly\s+(?:after|before)|soon after|after|before)\s+/g;

export function splitClauses(text: string, span: Span): Span[] {
	const sentence = text.slice(span.start, span.end);
	const out: Span[] = [];
	let start = 0;
	CLAUSE_RE.lastIndex = 0;
	for (let m = CLAUSE_RE.exec(sentence); m !== null; m = CLAUSE_RE.exec(sentence)) {
		if (m.index > start) out.push({ start: span.start + start, end: span.start + m.index });
		start = m.index + m[0].length;
	}
	if (start < sentence.length) out.push({ start: span.start + start, end: span.end });
	return out;
}
