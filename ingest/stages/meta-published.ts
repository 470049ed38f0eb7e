/**
 * The publication date, chosen among candidates, each with where it came from.
 *
 * Every place a page can print its date has its own small extractor (meta-date-candidates.ts): HTML metadata and a stored
 * copy's date field (`meta`), print lines ("This story is from …", "Published in Dawn, …",
 * "Published: …"; `print-line`), date lines at the headline and byline (`byline`), the
 * dateline's date ("KAZAN, September 29. /TASS/."; `dateline`), the address (`url`). Dates in
 * related and "latest" lists, captions and comments are not candidates at all; a weekday date
 * above the headline (a site's "today" line at crawl time) is a weak one. Each candidate is
 * checked against what the text says of its own time (meta-infer.ts: "Prime Minister Imran
 * Khan" cannot be printed in 2025): a candidate the text contradicts loses most of its weight.
 * With no candidate left, the date is inferred from the content, with its interval.
 */
import {
	lineCandidates,
	metaCandidates,
	urlCandidates,
	type DateCandidate
} from './meta-date-candidates';
import { datelineCandidates } from './meta-dateline';
import { combine, dateConstraints, inferDate, type InferredDate } from './meta-infer';
import { intersect, lastDayOf } from './meta-days';
import { shiftedDays } from '../anchors';
import { makeDate } from './meta-dates';
import { weekdayOf } from './meta-day-month';
import type { DateConstraint, Interval, Offices } from '../offices';
import type { PublishedSource } from '../../src/lib/data/schema';

export interface PublishedDate {
	published: string | null;
	inferred: boolean;
	source: PublishedSource;
	range: [string, string] | null;
	confidence: number;
	evidence: string | null;
	warnings: string[];
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
	return { from: i.from && shiftedDays(i.from, -2), to: i.to && shiftedDays(i.to, 2) };
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

/** What the text says of its own time: read once, and only when a choice needs it. */
class TextTime {
	private cuesOnce: DateConstraint[] | undefined;
	private sureOnce: ReturnType<typeof combine> | undefined;
	private inferredOnce: InferredDate | null | undefined;

	constructor(
		private readonly paragraphs: readonly string[],
		private readonly offices: Offices | null,
		/** The earliest day a "today" stamp says the page was read on, if any. */
		private readonly seen: string | null = null,
		/** The latest day a news photo above the text was taken, if any. */
		private readonly photo: string | null = null
	) {}

	private cues(): DateConstraint[] {
		return (this.cuesOnce ??= dateConstraints(this.paragraphs, this.offices));
	}

	/** The cues, with a crawl stamp's bound (read by that day) and a news photo's (not older than it). */
	private boundedCues(): DateConstraint[] {
		const bounds: DateConstraint[] = [];
		if (this.seen !== null)
			bounds.push({
				allowed: [{ from: null, to: lastDayOf(this.seen) }],
				code: 'page:seen',
				reason: `the page was read on ${this.seen}`,
				strength: 1
			});
		// A news photo is most often of the days just before the text: its day is the guess.
		if (this.photo !== null)
			bounds.push({
				allowed: [{ from: this.photo, to: null }],
				code: 'photo:taken',
				reason: `a photo of ${this.photo}`,
				strength: 1,
				best: this.photo
			});
		return bounds.length ? [...this.cues(), ...bounds] : this.cues();
	}

	/** Only what the text says for sure (titles held, events referred to) can overrule a printed date. */
	sure(): ReturnType<typeof combine> {
		return (this.sureOnce ??= combine(this.cues().filter((c) => c.strength >= 3)));
	}

	/** The date inferred from the content, with its interval (null: the text gives none). */
	inferred(): InferredDate | null {
		if (this.inferredOnce === undefined)
			this.inferredOnce = inferDate(this.paragraphs, this.offices, undefined, this.boundedCues());
		return this.inferredOnce;
	}
}

/**
 * The dateline opens the first paragraph ("KABUL, Oct 21 (Reuters) -"), or stands on its own line
 * just above it ("Kabul, October 20:").
 */
function datelineOf(input: PublishedInput): DateCandidate[] {
	const inText = datelineCandidates(input.paragraphs[0]);
	if (inText.length) return inText;
	const above = input.header[input.header.length - 1];
	return above && above.split(/\s+/).length <= 6 ? datelineCandidates(above) : [];
}

/** Every candidate of a page, in the order they are weighed. */
function candidatesOf(input: PublishedInput): DateCandidate[] {
	return [
		...metaCandidates(input.meta),
		...lineCandidates(input.header, 'header', input.titleIdx),
		...lineCandidates(input.footer, 'footer', -1),
		...datelineOf(input),
		...urlCandidates(input.url)
	];
}

/**
 * Whether a date agrees with what the text says for sure. One date, printed where publication
 * dates are printed (metadata, a print line), needs no check: it is taken as it is. A date line
 * by the byline is checked: it may be a crawl stamp. Decided on the candidates as found, before a
 * dateline is given its year.
 */
function consistency(candidates: DateCandidate[], text: TextTime): (date: string) => boolean {
	const dates = new Set(candidates.map((c) => c.date).filter(Boolean));
	const unanimous = dates.size === 1 && candidates.every((c) => c.weight >= 0.85 || !c.date);
	return (date) => {
		if (unanimous) return true;
		const { allowed, used } = text.sure();
		return used.length === 0 || intersect(allowed, [widen(toInterval(date))]).length > 0;
	};
}

/**
 * A dateline's day and month take their year from the other candidates, else from the years the
 * content allows, nearest the content's own best guess first: the first year that makes
 * a real date inside the inferred interval and agrees with the text.
 */
function giveDatelineYear(
	c: DateCandidate,
	monthDay: { month: number; day: number },
	candidates: DateCandidate[],
	text: TextTime,
	consistent: (date: string) => boolean,
	leadWeekday: number | null
): void {
	const printed = candidates.filter((o) => o.date).map((o) => Number(o.date.slice(0, 4)));
	const inferred = text.inferred();
	const years = [...printed];
	if (inferred) {
		const span: number[] = [];
		for (
			let y = Number(inferred.range[0].slice(0, 4));
			y <= Number(inferred.range[1].slice(0, 4));
			y++
		)
			span.push(y);
		// Nearest the content's own best guess first (the latest day it reports as past, or the
		// middle of what it allows); of two as near, the earlier. Before them, the years in which
		// the dateline's day is the weekday the lead tells its news by, then those in which it is the
		// day after it ("Istanbul, Apr 21 … Turkey Wednesday said": a Wednesday, else a report of
		// the next day).
		const guess = Number(inferred.date.slice(0, 4));
		const byWeekday = (y: number) => {
			if (leadWeekday === null) return 0;
			const day = makeDate(y, monthDay.month, monthDay.day);
			const gap =
				day === null ? 7 : (new Date(`${day}T12:00:00Z`).getUTCDay() - leadWeekday + 7) % 7;
			return Math.min(gap, 2);
		};
		years.push(
			...span.sort(
				(a, b) => byWeekday(a) - byWeekday(b) || Math.abs(a - guess) - Math.abs(b - guess) || a - b
			)
		);
	}
	for (const [i, y] of years.entries()) {
		const date = makeDate(y, monthDay.month, monthDay.day);
		// A week's grace after the interval: news of an office left names it for days after.
		const inRange =
			!inferred ||
			(date !== null && date >= inferred.range[0] && date <= shiftedDays(inferred.range[1], 7));
		if (date && inRange && consistent(date)) {
			c.date = date;
			// A year the page does not print is a guess inside what the content allows.
			if (i >= printed.length && inferred)
				c.yearRange = [inferred.range[0], date > inferred.range[1] ? date : inferred.range[1]];
			return;
		}
	}
}

/** The dated candidate of highest score: its weight, halved when the text contradicts it. */
function strongest(
	candidates: DateCandidate[],
	consistent: (date: string) => boolean
): { best: DateCandidate | null; score: number } {
	let best: DateCandidate | null = null;
	let score = 0;
	for (const c of candidates) {
		if (!c.date) continue;
		let s = c.weight;
		if (!consistent(c.date)) s *= 0.5;
		if (s > score) {
			best = c;
			score = s;
		}
	}
	return { best, score };
}

/** A printed date chosen, with a warning for each doubt about it. */
function printedDate(best: DateCandidate, score: number, text: TextTime): PublishedDate {
	if (best.yearRange)
		return {
			published: best.date,
			inferred: true,
			source: best.source,
			range: best.yearRange,
			confidence: inferredConfidence(best.yearRange),
			evidence: best.evidence.slice(0, 160),
			warnings: [
				`the dateline "${best.evidence.trim()}" prints no year; took ${best.date.slice(0, 4)}, the one nearest what the text suggests, of those it allows (${best.yearRange.join(' … ')})`
			]
		};
	const warnings: string[] = [];
	if (best.updated)
		warnings.push(`only an update date is printed; used ${best.date} as the publication date`);
	if (best.ambiguous)
		warnings.push(
			`publication date "${best.ambiguous}" does not say which number is the day; kept the year ${best.date}`
		);
	if (score < best.weight)
		warnings.push(
			`publication date ${best.date} (${best.source}) disagrees with the text (${text
				.sure()
				.used.map((c) => c.reason)
				.join('; ')})`
		);
	return {
		published: best.date,
		inferred: false,
		source: best.source,
		range: null,
		confidence: Math.round(score * 100) / 100,
		evidence: best.evidence.slice(0, 160),
		warnings
	};
}

/** No date printed: the one inferred from the content, with its interval, or none. */
function contentDate(inferred: InferredDate | null): PublishedDate {
	if (!inferred)
		return {
			published: null,
			inferred: false,
			source: 'none',
			range: null,
			confidence: 0,
			evidence: null,
			warnings: ['undated: no publication date found']
		};
	return {
		published: inferred.date,
		inferred: true,
		source: 'body',
		range: inferred.range,
		confidence: inferredConfidence(inferred.range),
		evidence: inferred.reasons.join('; ').slice(0, 160),
		warnings: [
			`no publication date printed; inferred ${inferred.date} (${inferred.range.join(' … ')}) from ${inferred.reasons.join('; ')}`
		]
	};
}

/** Chooses the publication date among the candidates (see the header). */
export function choosePublished(input: PublishedInput): PublishedDate {
	const all = candidatesOf(input);
	// A photo's day only bounds a date the content gives: it is no candidate.
	const candidates = all.filter((c) => !c.photo);
	// A date line above the headline that could be the site's "today" stamp is the page's own when
	// the address gives its month ("Friday, May 26, 2017" over /2017/05/): a blog's date header.
	const urlMonth = candidates.find((c) => c.source === 'url' && c.date.length === 7)?.date;
	// An address is given when the page is first published: a date printed above or below the text
	// after the address's month is a later update or the day the site was read ("Fri. Dec 9th, 2022"
	// over /2021/10/).
	if (urlMonth) {
		const monthEnd = lastDayOf(urlMonth);
		for (const c of candidates)
			if (c.seen && c.date.startsWith(`${urlMonth}-`)) {
				c.seen = false;
				c.weight = 0.8;
			} else if (c.source === 'byline' && c.date > monthEnd) c.weight = 0;
	}
	const seen = candidates
		.filter((c) => c.seen && c.date)
		.map((c) => c.date)
		.sort()[0];
	const photo = all
		.filter((c) => c.photo && c.date)
		.map((c) => c.date)
		.sort()
		.at(-1);
	const text = new TextTime(input.paragraphs, input.offices, seen ?? null, photo ?? null);
	const consistent = consistency(candidates, text);
	for (const c of candidates)
		if (c.monthDay)
			giveDatelineYear(c, c.monthDay, candidates, text, consistent, weekdayOf(input.paragraphs[0]));
	const { best, score } = strongest(candidates, consistent);
	if (best && score >= 0.3) return printedDate(best, score, text);
	const inferred = text.inferred();
	// Nothing else dates the page, not even its content: a weekday's date above the headline is
	// taken, doubtfully, since it can as well be the day the site was read as the page's own.
	const stamp = inferred ? undefined : candidates.find((c) => c.seen && c.date && c.weight > 0);
	if (stamp) {
		const taken = printedDate(stamp, stamp.weight, text);
		taken.warnings.push(
			`the only date is "${stamp.evidence.trim()}" above the headline, which may be the day the page was read`
		);
		return taken;
	}
	return contentDate(inferred);
}
