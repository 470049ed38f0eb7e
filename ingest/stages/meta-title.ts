/**
 * Which header line is the headline. Site furniture above a headline looks much the same on
 * every site: section paths ("World | Asia Pacific"), site names, "Skip to content", dates,
 * bylines, standfirsts. A headline is the line that reads like one, scored on features that do
 * not depend on any outlet:
 *  - it is not furniture, a date line, a byline or a URL, and not a list of short items split
 *    by separators (a navigation path);
 *  - it has the length of a headline (4–25 words; two or three words is a section or site name);
 *  - it does not end with a full stop (a sentence is body text or a standfirst) and starts with
 *    a capital;
 *  - the page repeats it (a "Headline | Outlet" title line, a breadcrumb ending with it);
 *  - a byline, a name, a date line or a relative time follows it within two lines, and it is
 *    not itself a bare name;
 *  - it sits above a longer deck (a standfirst is longer than its headline);
 *  - it comes early (a small bonus that only breaks ties between equally good lines).
 * A headline broken over two lines (PDF text) is joined when its first line cannot end a title.
 */
import { RELATIVE_TIME_RE, isFurniture } from './clean-furniture';
import { isNameLike, trimByline } from './meta-author';
import { findExplicitDates, NUMERIC_DATE_RE } from './meta-dates';
import { splitTitleSuffix } from './meta-outlet';

const BYLINE_RE =
	/^(?:by|written by|words by|author|authors|posted (?:on|by)|published|reported by)\b/i;

/** Separators of navigation paths and "Headline | Outlet" lines. */
const SEPARATOR_RE = /\s+(?:[|»›>•·/]|::)\s+/;

/** A date line: an explicit date with little else ("May 7, 2023 3:12 PM UTC Updated"). */
function isDateLine(line: string): boolean {
	const dates = findExplicitDates(line);
	let rest = line;
	if (dates.length === 0) {
		// A numeric date ("18.11.2021 - Press release", "28/03/2017").
		if (!NUMERIC_DATE_RE.test(line)) return false;
		rest = line.replace(NUMERIC_DATE_RE, ' ');
	}
	for (let i = dates.length - 1; i >= 0; i--) {
		const d = dates[i]!;
		rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.length);
	}
	rest = rest
		.replace(/\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?/gi, ' ')
		.replace(/\b[A-Z]{2,4}\b/g, ' ') // time zones, AM/PM
		.replace(/\b(?:published|posted|updated|last|modified|on|at|ago)\b/gi, ' ')
		.replace(/[^\p{L}\d]+/gu, ' ')
		.trim();
	return rest === '' || rest.split(' ').length <= 4;
}

/** "Home | World | Asia" or "World | Asia Pacific": short items between separators. */
export function isNavigationPath(line: string): boolean {
	const parts = line.split(SEPARATOR_RE);
	if (parts.length < 2) return false;
	return parts.every((p) => p.trim().split(/\s+/).length <= 3);
}

/** What follows a headline in "Headline | Outlet", "Headline – Outlet", "Headline :: Outlet". */
const TAIL_SEPARATOR_RE = /^\s+(?:[|–—»›•·-]|::)\s+\S/;

function wordCount(s: string): number {
	return s ? s.split(/\s+/).length : 0;
}

function isTitleCandidate(line: string): boolean {
	const words = wordCount(line);
	if (words < 2 || words > 40 || line.length > 250) return false;
	// A headline says something in words: "31.1 C" (a weather widget) or "0 17,867" (counters) do not.
	if ((line.match(/\p{L}{3,}/gu) ?? []).length < 2) return false;
	if (/^(?:https?:\/\/|www\.)/i.test(line)) return false;
	// "| Welcome to Global Village Space": the outlet's half of a title line whose headline was lost.
	if (/^\s*[|»›•·]/.test(line)) return false;
	if (/^(?:by|author|written by|posted|published|updated|source)\b/i.test(line)) return false;
	if (isNavigationPath(line)) return false;
	return !isFurniture(line, words);
}

export interface HeadlinePick {
	/** Index of the headline's first line in the header, or -1. */
	index: number;
	/** Index of its last line (index + 1 when the headline was printed on two lines). */
	end: number;
	text: string;
}

/**
 * Pick the headline among the header lines.
 * `isName` says whether a line is a person's name (a byline without "By").
 */
export function pickHeadline(header: string[], isName: (s: string) => boolean): HeadlinePick {
	const dateLine = header.map(isDateLine);
	const candidate = header.map((l, i) => !dateLine[i] && isTitleCandidate(l));
	const cue = (k: number) => {
		const l = header[k];
		return (
			l !== undefined &&
			(BYLINE_RE.test(l) || isName(l) || dateLine[k] === true || RELATIVE_TIME_RE.test(l))
		);
	};
	let best = -1;
	let bestEnd = -1;
	let bestScore = -Infinity;
	let rank = 0;
	for (let i = 0; i < header.length; i++) {
		if (!candidate[i]) continue;
		// A headline printed on two lines is scored as one.
		const end =
			candidate[i + 1] && continuesTitle(header[i]!, header[i + 1]!, cue(i + 2)) ? i + 1 : i;
		const line = end > i ? `${header[i]} ${header[end]}` : header[i]!;
		const words = wordCount(line);
		let score = 0;
		if (words >= 4 && words <= 25) score += 2;
		else if (words <= 3) score -= 2;
		if (/\.["”’]?$/.test(line) && !/\b[A-Z]\.$/.test(line)) score -= 3;
		if (!/^[\p{Lu}\d“"‘']/u.test(line)) score -= 3;
		// The page repeats the headline (a title line with the outlet, a breadcrumb ending with it).
		const echoed = header.some(
			(other, j) =>
				j !== i &&
				(other.length > line.length
					? (other.startsWith(line) && TAIL_SEPARATOR_RE.test(other.slice(line.length))) ||
						other.endsWith(line)
					: other.length > 10 &&
						line.startsWith(other) &&
						TAIL_SEPARATOR_RE.test(line.slice(other.length)))
		);
		if (echoed) score += 2;
		if (cue(end + 1) || cue(end + 2)) score += 3;
		// A bare name is a byline, not a headline.
		if (isName(line)) score -= 4;
		// A headline sits above its longer deck (standfirst); the deck sits below a shorter headline.
		const below = header[end + 1];
		if (below !== undefined && candidate[end + 1] && wordCount(below) > words && !isName(below))
			score += 2;
		const above = header[i - 1];
		if (above !== undefined && candidate[i - 1] && wordCount(above) < words && !isName(above))
			score -= 1;
		const next = end + 1;
		if (next < header.length && !candidate[next] && !cue(next)) score -= 3;
		score -= rank * 0.25;
		rank++;
		if (score > bestScore) {
			best = i;
			bestEnd = end;
			bestScore = score;
		}
		i = end;
	}
	if (best < 0) return { index: -1, end: -1, text: '' };
	const text = bestEnd > best ? `${header[best]} ${header[bestEnd]}` : header[best]!;
	return { index: best, end: bestEnd, text };
}

const DANGLING_RE =
	/(?:[:,–—-]|\b(?:and|or|of|the|a|an|to|in|on|for|with|at|from|by|as|after|before|between|over|into|versus|vs\.?))$/i;

/**
 * The second line of a headline printed on two lines (a PDF title block): the first line cannot
 * end a title ("…, RUSSIA AND"), or both lines are set in capitals and a byline or date follows.
 */
function continuesTitle(first: string, second: string, cueAfter: boolean): boolean {
	if (/[.?!]["”’]?$/.test(first) || /\.["”’]?$/.test(second)) return false;
	if (BYLINE_RE.test(second)) return false;
	const caps = (s: string) => /\p{L}/u.test(s) && s === s.toUpperCase();
	return DANGLING_RE.test(first) || (caps(first) && caps(second) && cueAfter);
}

/** Runs of whitespace (line breaks and tabs in a metadata value) made one space, ends trimmed. */
export function collapseWhitespace(s: string): string {
	return s.replace(/\s+/g, ' ').trim();
}

export interface PageTitle {
	/** The headline, without an outlet printed after it; '' when the page has none. */
	title: string;
	/** Index of the headline's first line in the header (-1: not among the header lines). */
	index: number;
	/** Index of its last line (see HeadlinePick). */
	end: number;
	/** The outlet a "Headline | Outlet" title names, when it names one. */
	outlets: string[];
}

/**
 * The headline: the metadata's (Open Graph, JSON-LD, the cleaner's `<title>`, Twitter, the
 * document title) found again among the header lines, else the header line that reads like one
 * (`pickHeadline`). An outlet printed after it, in the title itself or in a title line that
 * repeats it ("Headline | Outlet"), is split off and returned as an outlet candidate.
 */
export function findTitle(
	header: string[],
	meta: Record<string, string>,
	cleanTitle: string | undefined,
	siteName: string | undefined
): PageTitle {
	let index: number;
	let end: number;
	let raw: string | undefined =
		meta['og:title'] ?? meta['ld:headline'] ?? cleanTitle ?? meta['twitter:title'] ?? meta.title;
	if (raw) {
		const t = collapseWhitespace(raw);
		index = header.findIndex((l) => l === t || t.startsWith(l) || l.startsWith(t));
		end = index;
	} else {
		const pick = pickHeadline(header, (l) => isNameLike(trimByline(l)));
		index = pick.index;
		end = pick.end;
		raw = pick.text || undefined;
	}
	const title = raw ? collapseWhitespace(raw) : '';
	if (!title) return { title, index, end, outlets: [] };
	const split = splitTitleSuffix(title, {
		otherLines: header.filter((_, i) => i !== index),
		siteName
	});
	if (split) return { title: split.title, index, end, outlets: [split.outlet] };
	const echo = echoedOutlet(title, meta.title ? [meta.title, ...header] : header, siteName);
	return { title, index, end, outlets: echo === undefined ? [] : [echo] };
}

/** The page printed the headline again with the outlet ("Headline | Outlet" as a title line). */
function echoedOutlet(
	title: string,
	lines: readonly string[],
	siteName: string | undefined
): string | undefined {
	for (const line of lines) {
		if (line.length <= title.length || !line.startsWith(title)) continue;
		const echo = splitTitleSuffix(line, { otherLines: [title], siteName });
		if (echo && echo.title === title) return echo.outlet;
	}
	return undefined;
}
