/**
 * Overlong paragraphs are cut into pieces of at most MAX_PARAGRAPH_CHARS, so that what one article
 * costs downstream stays bounded: every later stage (geoparse, links, the app's excerpts and
 * reader) works paragraph by paragraph, and a scraped page that lost its line breaks can arrive as
 * one paragraph of megabytes. A piece ends at the last sentence end before the cap (the shared
 * splitter, so no sentence is cut); only a run of text with no sentence end that long is cut hard,
 * at the last space before the cap, or at the cap when there is none.
 */
import { splitSentences } from '../../src/lib/data/sentences';

/** Longest paragraph kept whole, in UTF-16 code units (the longest seen in real pages is ~1,600). */
export const MAX_PARAGRAPH_CHARS = 5000;

/** The paragraph in pieces of at most `max` characters, each trimmed; one piece when it is short. */
export function splitLongParagraph(text: string, max = MAX_PARAGRAPH_CHARS): string[] {
	if (text.length <= max) return [text];
	const sentences = splitSentences(text);
	const pieces: string[] = [];
	let from = skipSpaces(text, 0);
	let next = 0; // the first sentence not yet wholly in a piece
	while (text.length - from > max) {
		const limit = from + max;
		let cut = -1;
		while (next < sentences.length && sentences[next]!.end <= limit) cut = sentences[next++]!.end;
		if (cut <= from) cut = hardCut(text, from, limit);
		pieces.push(text.slice(from, cut).trimEnd());
		from = skipSpaces(text, cut);
	}
	if (from < text.length) pieces.push(text.slice(from).trimEnd());
	return pieces.filter((p) => p.length > 0);
}

/** Every paragraph within the cap (see splitLongParagraph). */
export function capParagraphs(paragraphs: string[], max = MAX_PARAGRAPH_CHARS): string[] {
	if (paragraphs.every((p) => p.length <= max)) return paragraphs;
	return paragraphs.flatMap((p) => splitLongParagraph(p, max));
}

function skipSpaces(text: string, i: number): number {
	while (i < text.length && /\s/.test(text[i]!)) i++;
	return i;
}

/** Where to cut a run with no sentence end: after the last space before `limit`, else at it. */
function hardCut(text: string, from: number, limit: number): number {
	for (let i = limit; i > from; i--) if (/\s/.test(text[i]!)) return i;
	// No space either: never between the two halves of a surrogate pair.
	const c = text.charCodeAt(limit - 1);
	return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}
