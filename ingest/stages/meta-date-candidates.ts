/**
 * The publication date's candidates: one small extractor per place a page prints its date, each
 * giving the date with where it came from and a prior trust (see meta-published.ts, which
 * chooses among them): HTML metadata and a stored copy's date field (`meta`), print lines and
 * date lines at the headline and byline (`print-line`, `byline`), the dateline (`dateline`, read
 * in meta-dateline.ts) and the address (`url`). Dates in related and "latest" lists, captions,
 * comments and crawl stamps are never candidates.
 */
import { DATE_ONLY_RE, endsWithByline, RELATIVE_TIME_RE, WIRE_CAPTION_RE } from './clean-furniture';
import {
	dateCue,
	isFutureContext,
	dateFromUrl,
	findExplicitDates,
	numericDate,
	parseDateValue,
	WEEKDAY_RE
} from './meta-dates';
import type { PublishedSource } from '../../src/lib/data/schema';
import { shortYearDate } from './meta-dateline';

export interface DateCandidate {
	date: string;
	source: PublishedSource;
	/** The line or value the date was read from. */
	evidence: string;
	/** Prior trust in this kind of place (0–1). */
	weight: number;
	/** Only an update date was printed there. */
	updated?: boolean;
	/** A day and month without a year (a dateline): the year comes from elsewhere. */
	monthDay?: { month: number; day: number };
	/** The interval the content allows, when the year of a dateline came from it (an inferred date). */
	yearRange?: [string, string];
	/** A numeric date whose day/month order is unknown: the line, for the warning. */
	ambiguous?: string;
	/**
	 * A site's "today" stamp: the day the page was read, so the page was published on it or
	 * before (an upper bound when the date is inferred), and a weak candidate at most.
	 */
	seen?: boolean;
	/**
	 * The day a news photo above the text was taken ("… in Kohat on October 17, 2025. (Photo by …
	 * / AFP)"): never the page's date, but the page is not older than its photo.
	 */
	photo?: boolean;
}

/** Keys of HTML metadata that carry the publication date, strongest first. */
const HTML_DATE_KEYS = [
	'article:published_time',
	'ld:datePublished',
	'citation_publication_date',
	'parsely-pub-date',
	'dc.date.issued',
	'dcterms.created',
	'dc.date',
	'date',
	'pubdate',
	'publishdate',
	'publish-date',
	'sailthru.date',
	'time'
];

export function metaCandidates(meta: Record<string, string>): DateCandidate[] {
	const out: DateCandidate[] = [];
	const stored = meta['stored:date'];
	if (stored) {
		// "2018-01-01": a store that knew the year only fills in the first of January.
		const d = parseDateValue(stored)?.replace(/^(\d{4})-01-01$/, '$1') ?? null;
		// A month alone is as sure, but says less: a day printed on the page can narrow it.
		if (d)
			out.push({
				date: d,
				source: 'meta',
				evidence: `date ${stored}`,
				weight: d.length === 10 ? 0.9 : d.length === 7 ? 0.75 : 0.6
			});
	}
	for (const key of HTML_DATE_KEYS) {
		const d = meta[key] ? parseDateValue(meta[key]) : null;
		if (d) {
			out.push({ date: d, source: 'meta', evidence: `${key}: ${meta[key]}`, weight: 0.95 });
			break;
		}
	}
	const modified = meta['article:modified_time'] ?? meta['ld:dateModified'];
	const m = modified ? parseDateValue(modified) : null;
	if (m) out.push({ date: m, source: 'meta', evidence: modified!, weight: 0.5, updated: true });
	return out;
}

/** A photo caption or credit: its dates are the photo's, not the page's. */
const CAPTION_RE =
	/\((?:[^()]*\b(?:photo|file|courtesy|image)\b[^()]*|AP|AFP|Reuters|REUTERS|EPA|Getty Images|Xinhua|Anadolu|AA|IANS|PTI|ANI|REU(?:TERS)?)\)?\s*$|[—–-]\s*(?:[A-Z][\w.]*\s+){1,3}pic\.?\s*$|\b(?:AP Photo|REUTERS\/|AFP via Getty|Getty Images|File photo|Photo:|Photo credit|Picture by|Image:|\(left\)|\(right\)|\(centre\)|\(center\))/i;
/** "(Parwiz/Retuers)", "(Hussein Sayed/AP)": a photographer and an agency, however spelt. */
const PHOTO_CREDIT_RE =
	/\(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2}\s*\/\s*\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2}\)\.?\s*$/u;
const isCaption = (line: string) =>
	CAPTION_RE.test(line) || PHOTO_CREDIT_RE.test(line) || WIRE_CAPTION_RE.test(line);

/**
 * A comment, a cookie banner, a "today" or crawl stamp, a masthead ("Editor in Chief: <name>
 * Tuesday, March 26th, 2019": the paper's own line, dated the day the page was read): never the
 * page's date.
 */
const NOT_A_DATE_LINE_RE =
	/\b(?:says|said|replied|reply|wrote)\s*:|\bcookies?\b|^(?:today|current(?:ly)?|now|last visit|local time)\b|\b(?:weather|°[CF]|temperature)\b|\b(?:editor[- ]in[- ]chief|chief editor|managing editor|publisher)\s*:/i;
/** "Today: Tuesday, 27 September 2022", "Local time …": the day the page was read. */
const TODAY_LINE_RE = /^\W{0,3}(?:today|current date|now|local time)\b/i;
/**
 * A print line: it opens with a publication cue ("This story is from", "Published in X,",
 * "Posted on", "Last updated on"), or the words just before its date are one ("Muhammad Irfan
 * Published November 11, 2022 | 04:00 PM").
 */
const PRINT_LINE_RE =
	/^\W{0,3}(?:this (?:story|article|report|piece) (?:is|was) from|(?:first |originally )?(?:published|posted|printed|released|issued)\b|(?:last )?updated\b|appeared (?:first |originally )?in\b)/i;
function isPrintLine(line: string): boolean {
	if (PRINT_LINE_RE.test(line)) return true;
	const first = findExplicitDates(line)[0];
	return first !== undefined && dateCue(line.slice(0, first.index)) !== null;
}

/**
 * A line that is one item of a dated list ("latest", "related"): two more lines within three
 * carry dates. (Two dated lines together are a print line and its original's: "Global Research,
 * September 24, 2021" over "Indian Punchline 23 September 2021".)
 */
function listed(dated: readonly boolean[], i: number): boolean {
	let n = 0;
	for (let j = i - 3; j <= i + 3; j++) if (j !== i && dated[j]) n++;
	return n >= 2;
}

/** The date a line prints, judged by the words before it ("Updated:" vs "Published:"). */
function lineDate(line: string): { date: string; updated: boolean; ambiguous: boolean } | null {
	const dates = findExplicitDates(line);
	if (dates.length === 0) {
		const short = shortYearDate(line);
		if (short) return { date: short, updated: false, ambiguous: false };
		// Past 80 characters a line is prose, unless its date ends it as the last of its parts
		// ("Headline | News | DW | 29.08.2021").
		const n = line.length <= 80 || LAST_PART_DATE_RE.test(line) ? numericDate(line) : null;
		if (!n) return null;
		const cue = dateCue(line.slice(0, line.search(/\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/)));
		return { date: n.date, updated: cue === 'updated', ambiguous: n.ambiguous };
	}
	let published: string | undefined;
	let neutral: string | undefined;
	let updated: string | undefined;
	let prevEnd = 0;
	for (const d of dates) {
		const cue = dateCue(line.slice(prevEnd, d.index));
		prevEnd = d.index + d.length;
		if (cue === 'published') published ??= d.date;
		// A deadline the line tells ("… will remain in Pakistan till June 2020") is not its date.
		else if (isFutureContext(line.slice(0, d.index))) continue;
		else if (cue === null) neutral ??= d.date;
		else updated ??= d.date;
	}
	const date = published ?? neutral ?? updated;
	if (date === undefined) return null;
	return { date, updated: published === undefined && neutral === undefined, ambiguous: false };
}

/**
 * Dates printed in the lines around the headline (header) and after the text (footer). A print
 * line anywhere counts; a date line near the headline is the byline's; one above the headline
 * with a weekday is likely the site's "today" stamp; long lines (prose) and list items do not
 * count.
 */
export function lineCandidates(
	lines: readonly string[],
	zone: 'header' | 'footer',
	titleIdx: number
): DateCandidate[] {
	const out: DateCandidate[] = [];
	// A scrape that glued a time to the year ("12 October 201713:19") is read as "2017 13:19", and
	// a label to the day ("Publish date15 Aug 2022") as "date 15 Aug".
	const texts = lines.map((l) =>
		l.replace(GLUED_TIME_RE, '$1 $2').replace(GLUED_LABEL_RE, '$1 $2')
	);
	const dated = texts.map(
		(l) => l.length < 200 && /\d/.test(l) && findExplicitDates(l).length > 0 && !isCaption(l)
	);
	texts.forEach((line, i) => {
		// Every form of date has a digit: most lines are out at once.
		if (!dated[i] && !/\d/.test(line)) return;
		if (zone === 'header' && TODAY_LINE_RE.test(line) && line.split(/\s+/).length <= 14) {
			const today = lineDate(line);
			if (today && !today.ambiguous)
				out.push({ date: today.date, source: 'byline', evidence: line, weight: 0, seen: true });
			return;
		}
		if (zone === 'header' && isCaption(line)) {
			const taken = photoDate(line);
			if (taken)
				out.push({ date: taken, source: 'byline', evidence: line, weight: 0, photo: true });
			return;
		}
		if (
			RELATIVE_TIME_RE.test(line) ||
			NOT_A_DATE_LINE_RE.test(line) ||
			/^\s*https?:\/\//.test(line)
		)
			return;
		const printed = isPrintLine(line);
		const words = line.split(/\s+/).length;
		// A title line that ends with its date ("… | DW | 29.08.2021", "… By A Robin - September 01, 2022").
		const long = printed || LAST_PART_DATE_RE.test(line) || endsWithByline(line);
		if (words > (long ? 24 : 14) || listed(dated, i)) return;
		const found = lineDate(line);
		if (!found) return;
		const { seen, source, weight: placed } = placeWeight(line, zone, i, titleIdx, printed, dated);
		let weight = placed;
		if (found.updated) weight *= 0.7;
		// "05/07/2023": which number is the day is unknown; only the year is certain.
		if (found.ambiguous) weight *= 0.6;
		if (weight > 0)
			out.push({
				date: found.date,
				source,
				evidence: lines[i]!,
				weight,
				updated: found.updated,
				ambiguous: found.ambiguous ? line : undefined,
				...(seen ? { seen } : {})
			});
	});
	return out;
}

/**
 * How far a dated line is trusted as the page's date by where it sits and what it prints, and
 * whether it may be the day the page was read (a site's "today" stamp above the headline).
 */
function placeWeight(
	line: string,
	zone: 'header' | 'footer',
	i: number,
	titleIdx: number,
	printed: boolean,
	dated: readonly boolean[]
): { weight: number; seen: boolean; source: PublishedSource } {
	if (printed) return { weight: 0.9, seen: false, source: 'print-line' };
	// After the text, a lone date line counts only when no line beside it is dated too.
	if (zone === 'footer') {
		const datedBeside = dated[i - 1] === true || dated[i + 1] === true;
		const weight = i < 3 && DATE_ONLY_RE.test(line) && !datedBeside ? 0.6 : 0;
		return { weight, seen: false, source: 'byline' };
	}
	const nearTitle = titleIdx < 0 || (i > titleIdx && i <= titleIdx + 6);
	const aboveTitle = titleIdx >= 0 && i < titleIdx;
	// A site's "today" stamp above the headline, at crawl time: only a hint.
	if (aboveTitle && WEEKDAY_RE.test(line) && DATE_ONLY_RE.test(line))
		return { weight: 0.2, seen: true, source: 'byline' };
	// With its time of day ("Thursday 22 November 2018 - 13:01") a weekday date above the headline
	// is the story's stamp, over a site's bare date; without, it may be the day the page was read.
	let weight = 0.55;
	if (aboveTitle && WEEKDAY_RE.test(line)) weight = CLOCK_TIME_RE.test(line) ? 0.75 : 0.35;
	else if (nearTitle) weight = 0.8;
	// Above the headline, a date can be the site's bar ("• 25 February, 2024"): the byline's under
	// the headline wins over it.
	else if (aboveTitle) weight = 0.7;
	return { weight, seen: false, source: 'byline' };
}

/** A file or archive photo can be of any age: only a news photo's day bounds the page. */
const OLD_PHOTO_RE = /\b(?:file|archives?|archival|undated)\b/i;

/** The latest full date a news photo's caption gives, if any. */
function photoDate(line: string): string | null {
	if (OLD_PHOTO_RE.test(line)) return null;
	const days = findExplicitDates(line)
		.map((d) => d.date)
		.filter((d) => d.length === 10)
		.sort();
	return days.at(-1) ?? null;
}

const LAST_PART_DATE_RE = /\s[|•·]\s*\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\s*$/;
/** A time of day ("13:01", "9:45 am"). */
const CLOCK_TIME_RE = /\b(?:[01]?\d|2[0-3]):[0-5]\d\b/;
const GLUED_TIME_RE = /\b((?:19|20)\d\d)([01]?\d:[0-5]\d|2[0-3]:[0-5]\d)\b/g;
const GLUED_LABEL_RE =
	/\b(date|published|posted|updated|on)(\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d)\b/gi;

export function urlCandidates(url: string | null): DateCandidate[] {
	const d = url ? dateFromUrl(url) : null;
	return d ? [{ date: d, source: 'url', evidence: url!, weight: d.length === 10 ? 0.8 : 0.6 }] : [];
}
