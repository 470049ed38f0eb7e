/**
 * The publication date, chosen among candidates, each with where it came from.
 *
 * Every place a page can print its date has its own small extractor: HTML metadata and a stored
 * copy's date field (`meta`), print lines ("This story is from …", "Published in Dawn, …",
 * "Published: …"; `print-line`), date lines at the headline and byline (`byline`), the
 * dateline's date ("KAZAN, September 29. /TASS/."; `dateline`), the address (`url`). Dates in
 * related and "latest" lists, captions and comments are not candidates at all; a weekday date
 * above the headline (a site's "today" line at crawl time) is a weak one. Each candidate is
 * checked against what the text says of its own time (meta-infer.ts: "Prime Minister Imran
 * Khan" cannot be printed in 2025): a candidate the text contradicts loses most of its weight.
 * With no candidate left, the date is inferred from the content, with its interval.
 */
import { DATE_ONLY_RE, RELATIVE_TIME_RE } from './clean-furniture';
import { combine, dateConstraints, inferDate, intersect, type InferredDate } from './meta-infer';
import {
	dateCue,
	dateFromUrl,
	findExplicitDates,
	makeDate,
	numericDate,
	parseDateValue,
	WEEKDAY_RE
} from './meta-dates';
import type { DateConstraint, Interval, Offices } from '../offices';
import type { PublishedSource } from '../../src/lib/data/schema';

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
	/** A numeric date whose day/month order is unknown: the line, for the warning. */
	ambiguous?: string;
}

export interface PublishedDate {
	published: string | null;
	inferred: boolean;
	source: PublishedSource;
	range: [string, string] | null;
	confidence: number;
	evidence: string | null;
	warnings: string[];
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
		const d = parseDateValue(stored);
		if (d) out.push({ date: d, source: 'meta', evidence: `date ${stored}`, weight: 0.9 });
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
	/\((?:[^()]*\b(?:photo|file|courtesy|image)\b[^()]*|AP|AFP|Reuters|REUTERS|EPA|Getty Images|Xinhua|Anadolu|AA|IANS|PTI|ANI|REU(?:TERS)?)\)?\s*$|\b(?:AP Photo|REUTERS\/|AFP via Getty|Getty Images|File photo|Photo:|Photo credit|Image:|\(left\)|\(right\)|\(centre\)|\(center\))/i;
/**
 * A comment, a cookie banner, a "today" or crawl stamp, a masthead ("Editor in Chief: <name>
 * Tuesday, March 26th, 2019": the paper's own line, dated the day the page was read): never the
 * page's date.
 */
const NOT_A_DATE_LINE_RE =
	/\b(?:says|said|replied|reply|wrote)\s*:|\bcookies?\b|^(?:today|current(?:ly)?|now|last visit|local time)\b|\b(?:weather|°[CF]|temperature)\b|\b(?:editor[- ]in[- ]chief|chief editor|managing editor|publisher)\s*:/i;
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
		const n = line.length <= 80 ? numericDate(line) : null;
		if (!n) return null;
		const cue = dateCue(line.slice(0, line.search(/\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/)));
		return { date: n.date, updated: cue === 'updated', ambiguous: n.ambiguous };
	}
	let published: string | undefined;
	let neutral: string | undefined;
	let prevEnd = 0;
	for (const d of dates) {
		const cue = dateCue(line.slice(prevEnd, d.index));
		prevEnd = d.index + d.length;
		if (cue === 'published') published ??= d.date;
		else if (cue === null) neutral ??= d.date;
	}
	const date = published ?? neutral ?? dates[0]!.date;
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
	// A scrape that glued a time to the year ("12 October 201713:19") is read as "2017 13:19".
	const texts = lines.map((l) => l.replace(GLUED_TIME_RE, '$1 $2'));
	const dated = texts.map(
		(l) => l.length < 200 && /\d/.test(l) && findExplicitDates(l).length > 0 && !CAPTION_RE.test(l)
	);
	texts.forEach((line, i) => {
		// Every form of date has a digit: most lines are out at once.
		if (!dated[i] && !/\d/.test(line)) return;
		if (
			RELATIVE_TIME_RE.test(line) ||
			CAPTION_RE.test(line) ||
			NOT_A_DATE_LINE_RE.test(line) ||
			/^\s*https?:\/\//.test(line)
		)
			return;
		const printed = isPrintLine(line);
		const words = line.split(/\s+/).length;
		if (words > (printed ? 24 : 14) || listed(dated, i)) return;
		// After the text, a lone date line counts only when no line beside it is dated too.
		const datedBeside = dated[i - 1] === true || dated[i + 1] === true;
		const found = lineDate(line);
		if (!found) return;
		const nearTitle = zone === 'header' && (titleIdx < 0 || (i > titleIdx && i <= titleIdx + 6));
		const aboveTitle = zone === 'header' && titleIdx >= 0 && i < titleIdx;
		let weight: number;
		let source: PublishedSource = 'byline';
		if (printed) {
			source = 'print-line';
			weight = 0.9;
		} else if (zone === 'footer')
			weight = i < 3 && DATE_ONLY_RE.test(line) && !datedBeside ? 0.6 : 0;
		else if (aboveTitle && WEEKDAY_RE.test(line) && DATE_ONLY_RE.test(line))
			// A site's "today" stamp above the headline, at crawl time: only a hint.
			weight = 0.2;
		else if (aboveTitle && WEEKDAY_RE.test(line)) weight = 0.35;
		else if (nearTitle || aboveTitle) weight = 0.8;
		else weight = 0.55;
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
				ambiguous: found.ambiguous ? line : undefined
			});
	});
	return out;
}

const GLUED_TIME_RE = /\b((?:19|20)\d\d)([01]?\d:[0-5]\d|2[0-3]:[0-5]\d)\b/g;

const MONTH_NAMES =
	'january february march april may june july august september october november december'.split(
		' '
	);
/** "KAZAN, September 29. /TASS/.", "KABUL, Oct 21 (Reuters) -", "TASHKENT, Uzbekistan, July 18." */
const DATELINE_RE =
	/^[\p{Lu}][\p{Lu}\p{L}.' -]{2,40}?,\s*(?:[\p{Lu}][\p{L}]+,\s*)?(?:(?<m1>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?<d1>\d{1,2})|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,?\s+(?<y>(?:19|20)\d\d))?\s*[.:,(/—–-]/u;
/** "(UrduPoint / Pakistan Point News - 21st Oct, 2021 )": an agency credit with its date. */
const CREDIT_DATE_RE = /^[^()]{0,60}\(([^()]{3,60}?)[-–—,]\s*([^()]{6,30}?)\s*\)/;

export function datelineCandidates(first: string | undefined): DateCandidate[] {
	if (!first) return [];
	const head = first.slice(0, 160);
	const m = DATELINE_RE.exec(head);
	if (m?.groups) {
		const g = m.groups;
		const month =
			MONTH_NAMES.findIndex((n) => n.startsWith((g.m1 ?? g.m2 ?? '').toLowerCase())) + 1;
		const day = Number(g.d1 ?? g.d2);
		if (g.y) {
			const date = makeDate(Number(g.y), month, day);
			if (date) return [{ date, source: 'dateline', evidence: m[0], weight: 0.85 }];
		} else if (month > 0 && day >= 1 && day <= 31)
			return [
				{ date: '', source: 'dateline', evidence: m[0], weight: 0.8, monthDay: { month, day } }
			];
	}
	const c = CREDIT_DATE_RE.exec(head);
	if (c) {
		const d = findExplicitDates(c[2]!.replace(/(\d)(?:st|nd|rd|th)\b/, '$1'))[0];
		if (d && d.precision === 'day')
			return [{ date: d.date, source: 'dateline', evidence: c[0], weight: 0.85 }];
	}
	return [];
}

export function urlCandidates(url: string | null): DateCandidate[] {
	const d = url ? dateFromUrl(url) : null;
	return d ? [{ date: d, source: 'url', evidence: url!, weight: d.length === 10 ? 0.8 : 0.6 }] : [];
}

function toInterval(date: string): Interval {
	const [y, m] = date.split('-').map(Number) as [number, number | undefined];
	if (date.length === 10) return { from: date, to: date };
	if (m !== undefined) {
		const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
		return { from: `${date}-01`, to: `${date}-${String(last).padStart(2, '0')}` };
	}
	return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** Two days either way: a page printed on the day after the event it calls "today". */
function widen(i: Interval): Interval {
	const shift = (d: string | null, n: number) => {
		if (d === null) return null;
		const t = new Date(`${d}T12:00:00Z`);
		t.setUTCDate(t.getUTCDate() + n);
		return t.toISOString().slice(0, 10);
	};
	return { from: shift(i.from, -2), to: shift(i.to, 2) };
}

function inferredConfidence(range: [string, string]): number {
	const days = (Date.parse(range[1]) - Date.parse(range[0])) / 86_400_000;
	return days <= 31 ? 0.5 : days <= 366 ? 0.35 : 0.2;
}

export interface PublishedInput {
	header: readonly string[];
	footer: readonly string[];
	paragraphs: readonly string[];
	meta: Record<string, string>;
	titleIdx: number;
	url: string | null;
	offices: Offices | null;
}

/** Chooses the publication date among the candidates (see the header). */
export function choosePublished(input: PublishedInput): PublishedDate {
	const warnings: string[] = [];
	const candidates = [
		...metaCandidates(input.meta),
		...lineCandidates(input.header, 'header', input.titleIdx),
		...lineCandidates(input.footer, 'footer', -1),
		...datelineCandidates(input.paragraphs[0]),
		...urlCandidates(input.url)
	];
	// What the text says of its own time is read only when needed: to check a candidate that is
	// not sure on its own, to give a dateline its year, or to infer a date.
	let cuesOnce: DateConstraint[] | undefined;
	const cues = () => (cuesOnce ??= dateConstraints(input.paragraphs, input.offices));
	let sureOnce: ReturnType<typeof combine> | undefined;
	// Only what the text says for sure (titles held, events referred to) can overrule a printed date.
	const sure = () => (sureOnce ??= combine(cues().filter((c) => c.strength >= 3)));
	let inferredOnce: InferredDate | null | undefined;
	const infer = () =>
		inferredOnce === undefined
			? (inferredOnce = inferDate(input.paragraphs, input.offices, undefined, cues()))
			: inferredOnce;
	const dates = new Set(candidates.map((c) => c.date).filter(Boolean));
	// One date, printed where publication dates are printed (metadata, a print line): no need to
	// check it against the text. A date line by the byline is checked: it may be a crawl stamp.
	const unanimous = dates.size === 1 && candidates.every((c) => c.weight >= 0.85 || !c.date);
	const consistent = (date: string) => {
		if (unanimous) return true;
		const { allowed, used } = sure();
		return used.length === 0 || intersect(allowed, [widen(toInterval(date))]).length > 0;
	};
	// A dateline's day and month take their year from the other candidates or the content.
	for (const c of candidates) {
		if (!c.monthDay) continue;
		const years = candidates.filter((o) => o.date).map((o) => Number(o.date.slice(0, 4)));
		// Else the earliest year the text allows: a report names the days just past.
		const inferred = infer();
		if (inferred)
			for (
				let y = Number(inferred.range[0].slice(0, 4));
				y <= Number(inferred.range[1].slice(0, 4));
				y++
			)
				years.push(y);
		for (const y of years) {
			const date = makeDate(y, c.monthDay.month, c.monthDay.day);
			const inRange =
				!inferred || (date !== null && date >= inferred.range[0] && date <= inferred.range[1]);
			if (date && inRange && consistent(date)) {
				c.date = date;
				break;
			}
		}
	}
	let best: DateCandidate | null = null;
	let bestScore = 0;
	for (const c of candidates) {
		if (!c.date) continue;
		let score = c.weight;
		if (!consistent(c.date)) score *= 0.5;
		if (score > bestScore) {
			best = c;
			bestScore = score;
		}
	}
	if (best && bestScore >= 0.3) {
		if (best.updated)
			warnings.push(`only an update date is printed; used ${best.date} as the publication date`);
		if (best.ambiguous)
			warnings.push(
				`publication date "${best.ambiguous}" does not say which number is the day; kept the year ${best.date}`
			);
		if (bestScore < best.weight)
			warnings.push(
				`publication date ${best.date} (${best.source}) disagrees with the text (${sure()
					.used.map((c) => c.reason)
					.join('; ')})`
			);
		return {
			published: best.date,
			inferred: false,
			source: best.source,
			range: null,
			confidence: Math.round(bestScore * 100) / 100,
			evidence: best.evidence.slice(0, 160),
			warnings
		};
	}
	const inferred = infer();
	if (!inferred) {
		warnings.push('undated: no publication date found');
		return {
			published: null,
			inferred: false,
			source: 'none',
			range: null,
			confidence: 0,
			evidence: null,
			warnings
		};
	}
	warnings.push(
		`no publication date printed; inferred ${inferred.date} (${inferred.range.join(' … ')}) from ${inferred.reasons.join('; ')}`
	);
	return {
		published: inferred.date,
		inferred: true,
		source: 'body',
		range: inferred.range,
		confidence: inferredConfidence(inferred.range),
		evidence: inferred.reasons.join('; ').slice(0, 160),
		warnings
	};
}
