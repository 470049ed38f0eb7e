/**
 * Clean stage: raw article text → body paragraphs, plus the header and footer lines around
 * them (which the metadata stage reads).
 *
 * The body is found the way jusText and boilerpipe find it, not by knowing any site:
 *  1. the text is cut into units (paragraphs; one line per unit when the file has one paragraph
 *     per line; hard-wrapped lines and mid-sentence breaks are joined);
 *  2. each unit is classed good / near-good / short / bad from its length, sentence punctuation,
 *     stop-word density, link density, list markers and known furniture phrases;
 *  3. a "stop" line (related list, comment form, "Originally posted here", wire credits…) seen
 *     after real text ends the article;
 *  4. the body is the best-scoring contiguous run of units (maximum sub-array over unit scores),
 *     trimmed to its first and last good units; furniture inside it is dropped;
 *  5. a standfirst (a short question or verbless line right after the title) is moved to the header.
 * HTML is first turned into the same line text by clean-html.ts. Text converted from PDF has its
 * page numbers and running headers blanked first, words hyphenated at line ends rejoined, and
 * footnote markers dropped when the document lists numbered notes (clean-pages.ts). A paragraph
 * over 5,000 characters is cut at sentence ends (clean-long.ts), so one article's cost stays bounded.
 */
import type { CleanResult, InputFormat } from '../types';
import { htmlToText } from './clean-html';
import { hasListMarker, isHeadingLine, linkDensity, toPlain } from './clean-inline';
import {
	CAPTION_LINE_RE,
	endsWithByline,
	WIRE_CAPTION_RE,
	isFurniture,
	isStop,
	splitGluedNotice,
	stopWordDensity
} from './clean-furniture';
import { countNotes, pageFurniture, stripFootnoteMarkers } from './clean-pages';
import { findExplicitDates, numericDate } from './meta-dates';
import { capParagraphs } from './clean-long';

type UnitClass = 'good' | 'near' | 'short' | 'bad';

/** One candidate paragraph of the input, with the features the classifier used. */
interface Unit {
	/** 0-based line indices of the (converted) text, inclusive. */
	start: number;
	end: number;
	raw: string;
	plain: string;
	words: number;
	heading: boolean;
	list: boolean;
	cls: UnitClass;
	stop: boolean;
	/** A photo caption (furniture that does not break the body around it). */
	caption?: boolean;
}

/** Where the body lies in the (converted) text: unit indices and 1-based line numbers, inclusive. */
export interface BodyLocation {
	units: Unit[];
	lines: string[];
	/** Index of the first and last body unit; -1 when there is no body. */
	first: number;
	last: number;
	startLine: number;
	endLine: number;
	htmlMeta?: Record<string, string>;
}

/** A sentence's end, with the reference marks a wiki or a digest puts after it ("border.[1]"). */
const TERMINAL_RE = /[.!?…]["'”’)\]]*(?:\[\d{1,3}\])*$/;
const DATELINE_RE =
	/^[A-Z][A-Z.'-]{2,}(?:\s+[A-Z][A-Z.'-]+)*(?:,\s*[^:()]{2,40})?\s*(?::|\(|[-–—])/;
const LIST_OF_LINKS_DATE_RE =
	/\b(?:19|20)\d{2}\s*\]?\s*$|\[(?:[^\]]*\d{4})\]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\s*$/i;

/** Hard-wrapped text (lines cut at ~70–100 columns): paragraphs continue over single newlines. */
function detectWrapped(lines: string[]): boolean {
	let nonEmpty = 0;
	let long = 0;
	let breaks = 0;
	for (let i = 0; i < lines.length; i++) {
		const t = (lines[i] ?? '').trim();
		if (!t) continue;
		nonEmpty++;
		if (t.length > 150) long++;
		const next = (lines[i + 1] ?? '').trim();
		if (
			next &&
			t.length >= 40 &&
			!TERMINAL_RE.test(t) &&
			!/[:;]$/.test(t) &&
			!isHeadingLine(next) &&
			!hasListMarker(next)
		)
			breaks++;
	}
	return long <= nonEmpty * 0.05 && breaks >= 2;
}

function startsLower(s: string): boolean {
	return /^[a-z]/.test(s.replace(/^[*_\s]+/, ''));
}

/** Cut lines into units: paragraphs, list items, headings. */
function segment(lines: string[], blanked: Uint8Array | null): Unit[] {
	const wrapped = detectWrapped(lines);
	const units: Unit[] = [];
	let cur: { start: number; end: number; parts: string[]; heading: boolean; list: boolean } | null =
		null;
	let blankBefore = true;
	const close = () => {
		if (cur) units.push(makeUnit(cur.start, cur.end, cur.parts.join(' '), cur.heading, cur.list));
		cur = null;
	};
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? '';
		const t = line.trim();
		if (!t) {
			close();
			blankBefore = true;
			continue;
		}
		const heading = isHeadingLine(line);
		const list = !heading && hasListMarker(line);
		let join = false;
		if (cur && !blankBefore && !heading && !list && !cur.heading) {
			const prevLine = (lines[i - 1] ?? '').trim();
			if (wrapped) join = prevLine.length >= 40 || startsLower(t);
			else if (startsLower(t)) {
				const prev = toPlain(cur.parts[cur.parts.length - 1] ?? '');
				join = !TERMINAL_RE.test(prev) && !/[:]$/.test(prev);
			}
			if (cur.list && !/^\s/.test(line) && !startsLower(t)) join = false;
		}
		if (join && cur && wrapped && /\p{L}-$/u.test(cur.parts[cur.parts.length - 1]!)) {
			// A word hyphenated at the line end: "Tajik-" ⏎ "istan" → "Tajikistan"; "anti-" ⏎ "Taliban" keeps its hyphen.
			const last = cur.parts.length - 1;
			cur.parts[last] = startsLower(t) ? cur.parts[last]!.slice(0, -1) + t : cur.parts[last]! + t;
			cur.end = i;
		} else if (join && cur) {
			cur.parts.push(t);
			cur.end = i;
		} else {
			close();
			cur = { start: i, end: i, parts: [t], heading, list };
		}
		blankBefore = false;
	}
	close();
	return mergeBrokenSentences(units, blanked);
}

/** "…they love their" ⏎⏎ "homeland and want calm…": a paragraph cut mid-sentence by a stray break. */
function mergeBrokenSentences(units: Unit[], blanked: Uint8Array | null): Unit[] {
	const out: Unit[] = [];
	for (const u of units) {
		const prev = out[out.length - 1];
		if (
			prev &&
			!prev.heading &&
			!prev.list &&
			!u.heading &&
			!u.list &&
			u.start - prev.end - removedBetween(blanked, prev.end, u.start) <= 3 &&
			prev.plain.length >= 40 &&
			/[\p{L}\p{N},]$/u.test(prev.plain) &&
			startsLower(u.raw)
		) {
			out[out.length - 1] = makeUnit(prev.start, u.end, `${prev.raw} ${u.raw}`, false, false);
		} else out.push(u);
	}
	return out;
}

/** Page furniture blanked between two lines (a page break inside a paragraph). */
function removedBetween(blanked: Uint8Array | null, from: number, to: number): number {
	if (!blanked) return 0;
	let n = 0;
	for (let i = from + 1; i < to; i++) n += blanked[i]!;
	return n;
}

/** Words past which a list item that ends mid-sentence is still prose. */
const LIST_PROSE_WORDS = 80;

function makeUnit(start: number, end: number, raw: string, heading: boolean, list: boolean): Unit {
	const plain = toPlain(raw);
	const words = plain ? plain.split(' ') : [];
	const ld = linkDensity(raw, plain);
	const terminal = TERMINAL_RE.test(plain);
	let cls: UnitClass;
	const teaser = /(?:…|\.\.\.)$/.test(plain) && words.length <= 40;
	// A lead's dateline ("ISLAMABAD, 23 June 2019 [Fik/News Sources]:") is names and numbers: the
	// prose is judged without it.
	const sd = plain.length >= 40 ? stopWordDensity(plain.replace(DATELINE_RE, '')) : 0;
	const caption =
		(words.length <= 70 && CAPTION_LINE_RE.test(plain)) ||
		(words.length <= 140 && WIRE_CAPTION_RE.test(plain));
	if (
		!plain ||
		caption ||
		isFurniture(plain, words.length) ||
		ld >= 0.5 ||
		(list && LIST_OF_LINKS_DATE_RE.test(plain)) ||
		/\[[^\]]*\b\d{4}\]\s*$/.test(raw) ||
		teaser
	)
		cls = 'bad';
	else if (heading) cls = 'short';
	// A list item is prose when it ends a sentence, or runs on for sentences (a communiqué's
	// numbered paragraphs, the last cut off mid-sentence by the scrape).
	else if (
		plain.length >= 100 &&
		sd >= 0.22 &&
		ld < 0.3 &&
		(terminal || !list || words.length >= LIST_PROSE_WORDS)
	)
		cls = 'good';
	else if (plain.length >= 40 && sd >= 0.18 && ld < 0.3 && (terminal || /[,:;]$/.test(plain)))
		cls = 'near';
	else cls = 'short';
	// Every stop line is also furniture, so only furniture needs the stop test.
	const stop = cls === 'bad' && plain !== '' && isStop(plain);
	return { start, end, raw, plain, words: words.length, heading, list, cls, stop, caption };
}

function score(u: Unit): number {
	switch (u.cls) {
		case 'good':
			return u.words;
		case 'near':
			return u.words * 0.5;
		case 'short':
			return u.list ? -3 : -1;
		case 'bad':
			return u.caption ? -2 : -(5 + u.words);
	}
}

/**
 * An inline box label ("More From This Section") in the middle of an article, after which the
 * story goes on: the next two units are full sentences of prose, not headlines or a form.
 */
function proseFollows(units: readonly Unit[], i: number): boolean {
	let n = 0;
	for (let j = i + 1; j < units.length && n < 2; j++) {
		const u = units[j]!;
		if (u.plain === '') continue;
		if (u.cls !== 'good' || u.words < 15 || !/[.?!]["”’)]?$/.test(u.plain)) return false;
		n++;
	}
	return n === 2;
}

const isContent = (u: Unit | undefined) =>
	u !== undefined && (u.cls === 'good' || u.cls === 'near');

/**
 * Where the body starts, given the best run's first unit: one unit earlier for a lead sentence
 * the prose test missed, one later for a standfirst.
 */
function bodyStart(units: readonly Unit[], first: number, last: number): number {
	// A lead sentence heavy with names reads as short prose ("Kabul (BNA) United States Special
	// Envoy for Afghan Peace Zalmay Khalilzad reached Islamabad on Tuesday."): right before the
	// body, a whole sentence of ten words or more is its first paragraph.
	// So is a lead that ends on a colon to open the quotation the body starts with ("… a Russian
	// Foreign Ministry press release said:").
	const before = first > 0 ? units[first - 1] : undefined;
	if (
		before?.cls === 'short' &&
		!before.heading &&
		!before.list &&
		before.words >= 10 &&
		/[.!:]["”’)]?$/.test(before.plain)
	)
		first--;

	// A headline the scrape joined to its byline and date ("… Torrential Ra By A Robin - September
	// 01, 2022"), and what comes before it, are the page's header, not its first paragraphs.
	const bylineReach = Math.min(last - 1, first + 2);
	for (let i = first; i <= bylineReach; i++) if (endsWithByline(units[i]!.plain)) first = i + 1;

	// Standfirst: a short question or headline-style line right after the title.
	const lead = units[first];
	const next = units[first + 1];
	if (lead && next && first + 1 <= last) {
		const above = units.slice(0, first).filter((u) => u.cls !== 'bad').length;
		if (
			above <= 2 &&
			lead.words <= 30 &&
			!lead.heading &&
			(/\?["”’]?$/.test(lead.plain) || !TERMINAL_RE.test(lead.plain)) &&
			!DATELINE_RE.test(lead.plain) &&
			next.words >= lead.words * 2
		)
			first++;
	}
	return first;
}

/**
 * A short label with no full stop ("Ýene-de okaň", "Read also", in any language) and then only
 * headlines (two or more lines without a full stop) at the end of the body: a list of other
 * stories, cut off with its label.
 */
function beforeTeaserList(units: Unit[], first: number, last: number): number {
	const headline = (u: Unit) => u.plain !== '' && u.words <= 20 && !TERMINAL_RE.test(u.plain);
	let k = last;
	while (k > first && headline(units[k]!)) k--;
	if (last - k < 3 || units[k + 1]!.words > 4) return last;
	let end = k;
	while (end > first && !isContent(units[end])) end--;
	return end;
}

/** Locate the body. Exported for tests and diagnostics (line ranges against the answer key). */
export function locateBody(text: string, format: InputFormat): BodyLocation {
	let source = text;
	let htmlMeta: Record<string, string> | undefined;
	if (format === 'html') {
		const converted = htmlToText(text);
		source = converted.text;
		htmlMeta = converted.meta;
	}
	let lines = source.split('\n');
	// PDF text: page numbers and running headers are blanked (kept as empty lines, so line
	// numbers still match the input).
	const blanked = format === 'html' ? null : pageFurniture(lines);
	if (blanked) lines = lines.map((l, i) => (blanked[i] ? '' : l.replace(/\f/g, '')));
	const units = segment(lines, blanked);

	// Stop lines end the article once real text has been seen.
	let limit = units.length;
	let seen = 0;
	for (let i = 0; i < units.length; i++) {
		const u = units[i]!;
		if (u.stop && seen >= 50 && !proseFollows(units, i)) {
			limit = i;
			break;
		}
		if (u.cls === 'good') seen += u.words;
	}

	// Best contiguous run (maximum sub-array).
	let best = -Infinity;
	let bestStart = 0;
	let bestEnd = -1;
	let sum = 0;
	let runStart = 0;
	for (let i = 0; i < limit; i++) {
		const s = score(units[i]!);
		if (sum <= 0) {
			sum = s;
			runStart = i;
		} else sum += s;
		if (sum > best) {
			best = sum;
			bestStart = runStart;
			bestEnd = i;
		}
	}
	let first = bestStart;
	let last = bestEnd;
	while (first <= last && !isContent(units[first])) first++;
	while (last >= first && !isContent(units[last])) last--;
	if (first > last) {
		// No prose at all (a one-line note): keep whatever is not furniture.
		const keep = units.slice(0, limit).map((u, i) => (u.cls !== 'bad' && !u.heading ? i : -1));
		const idx = keep.filter((i) => i >= 0);
		first = idx[0] ?? -1;
		last = idx[idx.length - 1] ?? -1;
	}

	first = bodyStart(units, first, last);
	last = beforeTeaserList(units, first, last);

	const startLine = first >= 0 ? units[first]!.start + 1 : 0;
	const endLine = last >= 0 ? units[last]!.end + 1 : 0;
	return { units, lines, first, last, startLine, endLine, htmlMeta };
}

function plainLines(
	lines: string[],
	from: number,
	to: number,
	known: Map<number, string>
): string[] {
	const out: string[] = [];
	for (let i = from; i < to; i++) {
		const p = known.get(i) ?? toPlain(lines[i] ?? '');
		if (p) out.push(p);
	}
	return out;
}

/** A short line that carries a date ("Wednesday 19/12/2018", "Published: May 7, 2023"). */
function isDateLine(plain: string): boolean {
	return findExplicitDates(plain).length > 0 || numericDate(plain) !== null;
}

/** Result of cleaning; `title` is the first heading before the body when the input marks one (# or <h1>). */
export type CleanOutput = CleanResult & { title?: string };

/**
 * A stored copy of a page can open with the date its store recorded (" date 2023-09-22 …"),
 * before the page's own first line, or only its month (" date 2022-11 …"). It is metadata, not
 * text: kept as `stored:date`.
 */
const STORED_DATE_RE = /^\s*date (\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*/;
/**
 * A saved page can open with the address it was taken from ("SOURCE: https://…", "URL: …"), on a
 * line of its own: metadata too (`stored:url`), never joined to the text below it.
 */
const STORED_URL_RE = /^\s*(?:source|url|source url|link)\s*:\s*(https?:\/\/\S+)[ \t]*(?:\r?\n|$)/i;

export function cleanArticle(text: string, format: InputFormat): CleanOutput {
	const address = format === 'html' ? null : STORED_URL_RE.exec(text);
	if (address) text = text.slice(address[0].length);
	const stored = format === 'html' ? null : STORED_DATE_RE.exec(text);
	if (stored) text = text.slice(stored[0].length);
	if (format !== 'html') text = splitGluedNotice(text);
	const loc = locateBody(text, format);
	const { units, lines, first, last } = loc;
	const headerEnd = first >= 0 ? units[first]!.start : lines.length;
	const footerStart = last >= 0 ? units[last]!.end + 1 : lines.length;
	// One-line units were already made plain; header and footer reuse that work.
	const known = new Map<number, string>();
	for (const u of units) if (u.start === u.end) known.set(u.start, u.plain);
	const header = plainLines(lines, 0, headerEnd, known);
	// Furniture inside the body's first stretch (a date line under the standfirst, a byline) is
	// header matter too: the metadata stage reads it. Captions are not (their dates are the photo's).
	let good = 0;
	const dateLines = new Set<Unit>();
	for (let i = first; i >= 0 && i <= last && good < 2; i++) {
		const u = units[i]!;
		if (u.cls === 'good') good++;
		else if (u.cls !== 'near' && !u.caption && u.plain && u.words <= 14 && isDateLine(u.plain)) {
			header.push(u.plain);
			dateLines.add(u);
		}
	}
	const footer = plainLines(lines, footerStart, lines.length, known);
	// Footnote markers only exist when the document lists numbered notes after the text.
	const notes = countNotes(footer);
	const paragraphs: string[] = [];
	if (first >= 0) {
		for (let i = first; i <= last; i++) {
			const u = units[i]!;
			if (u.cls === 'bad' || !u.plain || dateLines.has(u)) continue;
			paragraphs.push(notes ? stripFootnoteMarkers(u.plain, notes) : u.plain);
		}
	}
	const result: CleanOutput = { paragraphs: capParagraphs(paragraphs), header, footer };
	const headingUnits = units.filter((u, i) => u.heading && (first < 0 || i < first));
	const h1 = headingUnits.find((u) => /^\s{0,3}#\s/.test(u.raw)) ?? headingUnits[0];
	if (h1?.plain) result.title = h1.plain;
	if (loc.htmlMeta) result.htmlMeta = loc.htmlMeta;
	if (stored) result.htmlMeta = { ...result.htmlMeta, 'stored:date': stored[1]! };
	if (address) result.htmlMeta = { ...result.htmlMeta, 'stored:url': address[1]! };
	return result;
}
