/**
 * Dating a page from what it says, when it prints no date (or to check a date it prints).
 *
 * Cues, each a set of days on which the text can have been written:
 * - office-holders named with their title, and events referred back to (ingest/offices.ts);
 * - explicit dates told in the past ("on 8 August 2019", "in January 2024"): written on or after;
 * - explicit dates told as the future ("will be held on March 26-27"): written before;
 * - a weekday beside a day and month ("on Tuesday, March 26", "on Saturday (September 7)"): the
 *   years where that day is that weekday.
 * The cues are intersected strongest first; a cue that would leave no day at all is dropped (a
 * text can misname a title or quote an old plan). The best date is the latest day the text
 * reports as past, when it has one; else the latest year it tells of as past, when that is what
 * bounds it from below; else, when what the text announces bounds it from above (or nothing
 * bounds it from below), the month before that; else the middle of what is left.
 */
import { findExplicitDates, isFutureContext } from './meta-dates';
import { latestDayMonth } from './meta-day-month';
import { FIRST_DAY, firstDayOf, intersect, KNOWN_UNTIL, lastDayOf, maxDay } from './meta-days';
import { agreeingWeekdays, weekdayConstraints } from './meta-weekdays';
import type { DateConstraint, Interval, Offices } from '../offices';
import { officeConstraints } from '../office-mentions';
import { anchorConstraints, sentenceAround } from '../anchors';
import { firstOfYearConstraints, periodConstraints } from './meta-periods';
import { yearsAfterConstraints, yearsAgoConstraints } from './meta-years-ago';

export interface InferredDate {
	/**
	 * Best guess, at the precision its cue supports: the day or month the text last reports as
	 * past, else the year in the middle of what the cues allow.
	 */
	date: string;
	/** The interval the cues allow (inclusive days). */
	range: [string, string];
	/** Codes of the cues used ("office:prime-minister", "date:past"). */
	codes: string[];
	/** The cues in words. */
	reasons: string[];
}

const BARE_YEAR_RE =
	/\b(?:[Ii]n|[Ss]ince|of|[Dd]uring|[Ff]rom|[Uu]ntil|[Bb]y)\s+(?:early\s+|late\s+|mid-?)?((?:19|20)\d\d)\b(?![-–/]\d)/g;

const PAST_PERFECT_RE =
	/\bhad\s+(?:already\s+|also\s+|earlier\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|gn|ht|lt|nt|ne|de|id|ld)\b/i;

/**
 * "the first … visit since it took control of Afghanistan in August 2021": a date told as what
 * the news is counted from, not as the news.
 */
const SINCE_BEFORE_RE = /\bsince\b[^.;,]*$/i;

/**
 * The latest explicit date told as past and the earliest told as to come; whether the latest past
 * one is background (past perfect, or what the news is counted "since").
 */
function pastAndFuture(paragraphs: readonly string[]) {
	let latestPast: string | null = null;
	let earliestFuture: string | null = null;
	let latestIsBackground = false;
	for (const p of paragraphs) {
		for (const d of findExplicitDates(p)) {
			if (isFutureContext(p.slice(0, d.index))) {
				const day = firstDayOf(d.date);
				if (earliestFuture === null || day < earliestFuture) earliestFuture = day;
			} else if (latestPast === null || firstDayOf(d.date) > firstDayOf(latestPast)) {
				// A month told as past ("in January 2024") may be the month of writing: from its first day.
				latestPast = d.date;
				latestIsBackground =
					PAST_PERFECT_RE.test(sentenceAround(p, d.index)) ||
					SINCE_BEFORE_RE.test(p.slice(Math.max(0, d.index - 90), d.index));
			}
		}
	}
	return { latestPast, earliestFuture, latestIsBackground };
}

/** Explicit dates of the text: past ones are lower bounds, future ones upper bounds. */
function explicitDateConstraints(paragraphs: readonly string[]): DateConstraint[] {
	const { latestPast, earliestFuture, latestIsBackground } = pastAndFuture(paragraphs);
	const out: DateConstraint[] = [];
	// A bare year told as past ("since the withdrawal of most NATO troops in 2014"): written that year or later.
	let latestYear = 0;
	let latestWholeYear = 0;
	let earliestFutureYear = 0;
	for (const p of paragraphs) {
		BARE_YEAR_RE.lastIndex = 0;
		for (let m = BARE_YEAR_RE.exec(p); m !== null; m = BARE_YEAR_RE.exec(p)) {
			// The words before the year, its preposition with them: "the target of … trade by 2018".
			if (isFutureContext(p.slice(0, m.index + m[0].lastIndexOf(m[1]!)))) {
				// "to hold the next meeting … in the first half of 2019": written before that year ends.
				const y = Number(m[1]);
				if (!earliestFutureYear || y < earliestFutureYear) earliestFutureYear = y;
				continue;
			}
			// "in 2015 and 2016": the coordinated year counts too.
			const next = /^\s*(?:,|and|or|to|[-–])\s*((?:19|20)\d\d)\b/.exec(
				p.slice(m.index + m[0].length, m.index + m[0].length + 12)
			);
			const year = Math.max(Number(m[1]), next ? Number(next[1]) : 0);
			latestYear = Math.max(latestYear, year);
			if (/^(?:in|during)\b/i.test(m[0])) latestWholeYear = Math.max(latestWholeYear, year);
		}
	}
	if (latestYear && (!latestPast || String(latestYear) > latestPast.slice(0, 4)))
		out.push({
			allowed: [{ from: `${latestYear}-01-01`, to: null }],
			code: 'date:year',
			reason: `tells of ${latestYear} as past`,
			strength: 1,
			// A year told as a whole and past ("killed or wounded in 2015 and 2016") is most often
			// the last full year before writing: the year after it is the best guess.
			best:
				latestWholeYear === latestYear && (!latestPast || latestPast.length === 4)
					? String(latestYear + 1)
					: undefined
		});
	if (latestPast)
		out.push({
			allowed: [{ from: firstDayOf(latestPast), to: null }],
			code: 'date:past',
			reason: `tells of ${latestPast} as past`,
			strength: 2,
			best: latestIsBackground ? undefined : latestPast
		});
	if (earliestFutureYear && (!earliestFuture || `${earliestFutureYear}-12-31` < earliestFuture))
		out.push({
			allowed: [{ from: null, to: `${earliestFutureYear}-12-31` }],
			code: 'date:future',
			reason: `tells of ${earliestFutureYear} as to come`,
			strength: 1,
			// "will be held in India in 2019": most often written the year before.
			best: String(earliestFutureYear - 1)
		});
	if (earliestFuture)
		out.push({
			allowed: [{ from: null, to: earliestFuture }],
			code: 'date:future',
			reason: `tells of ${earliestFuture} as to come`,
			strength: 1
		});
	return out;
}

/** Every cue the text gives, strongest first. */
export function dateConstraints(
	paragraphs: readonly string[],
	offices: Offices | null
): DateConstraint[] {
	const text = paragraphs.join('\n');
	const out = [
		...(offices ? officeConstraints(text, offices) : []),
		...(offices ? anchorConstraints(text, offices) : []),
		...explicitDateConstraints(paragraphs),
		...yearsAgoConstraints(paragraphs),
		...yearsAfterConstraints(paragraphs),
		...periodConstraints(paragraphs),
		...firstOfYearConstraints(paragraphs)
	];
	return out.sort((a, b) => b.strength - a.strength);
}

/** Intersects cues strongest first, dropping any cue that would leave nothing. */
export function combine(constraints: readonly DateConstraint[]): {
	allowed: Interval[];
	used: DateConstraint[];
} {
	let allowed: Interval[] = [{ from: FIRST_DAY, to: KNOWN_UNTIL }];
	const used: DateConstraint[] = [];
	for (const c of constraints) {
		const next = intersect(allowed, c.allowed);
		if (next.length === 0) continue;
		allowed = next;
		used.push(c);
	}
	return { allowed, used };
}

function spanOf(allowed: Interval[]): [string, string] {
	const from = allowed.map((i) => i.from ?? FIRST_DAY).sort()[0]!;
	const to = allowed
		.map((i) => i.to ?? KNOWN_UNTIL)
		.sort()
		.pop()!;
	return [from, to < from ? from : to];
}

/** The day a month (30 days) before `day`. */
function monthBefore(day: string): string {
	return new Date(Date.parse(day) - 30 * 86_400_000).toISOString().slice(0, 10);
}

function middle(span: [string, string]): string {
	const a = Date.parse(span[0]);
	const b = Date.parse(span[1]);
	return new Date(a + Math.floor((b - a) / 2 / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The middle of the span, or, when it falls between the intervals the cues allow (a term that
 * ended and one that began later), the middle of the longest of them: never a day the cues exclude.
 */
function allowedMiddle(allowed: Interval[], span: [string, string]): string {
	const mid = middle(span);
	const within = (i: Interval) => (i.from ?? FIRST_DAY) <= mid && mid <= (i.to ?? KNOWN_UNTIL);
	if (allowed.length < 2 || allowed.some(within)) return mid;
	const length = (i: Interval) => Date.parse(i.to ?? KNOWN_UNTIL) - Date.parse(i.from ?? FIRST_DAY);
	const longest = [...allowed].sort((a, b) => length(b) - length(a))[0]!;
	return middle([longest.from ?? FIRST_DAY, longest.to ?? KNOWN_UNTIL]);
}

/**
 * The date a text's content gives itself, or null when it gives no cue at all. `within`
 * narrows the search to a span already known (a year printed without a day).
 */
export function inferDate(
	paragraphs: readonly string[],
	offices: Offices | null,
	within?: [string, string],
	known?: readonly DateConstraint[]
): InferredDate | null {
	const cues = [...(known ?? dateConstraints(paragraphs, offices))];
	if (within)
		cues.unshift({
			allowed: [{ from: within[0], to: within[1] }],
			code: 'printed',
			reason: `printed as ${within[0].slice(0, 7)}`,
			strength: 4
		});
	if (cues.length === 0) return null;
	const agreeing = agreeingWeekdays(paragraphs);
	if (agreeing) cues.unshift(agreeing);
	const first = combine(cues);
	const weekdays = weekdayConstraints(paragraphs, spanOf(first.allowed));
	const { allowed, used } = weekdays.length ? combine([...first.used, ...weekdays]) : first;
	// Bare years alone bound nothing worth a date ("since 2001" in an undated op-ed), nor does the
	// day the page was read.
	if (used.every((c) => c.code === 'date:year' || c.code === 'page:seen')) return null;
	const range = spanOf(allowed);
	const inRange = (d: string | undefined) =>
		d !== undefined && firstDayOf(d) <= range[1] && lastDayOf(d) >= range[0];
	const bests = used.map((c) => c.best).filter(inRange) as string[];
	if (bests.length === 0) {
		const day = latestDayMonth(paragraphs, range);
		if (day) bests.push(day);
	}
	// Nothing better: the latest year the text tells of as past, where it is what bounds the page
	// from below ("In 2021, the corridor was renamed"), not the middle of years up to today.
	const year = used.find((c) => c.code === 'date:year')?.allowed[0]?.from;
	if (bests.length === 0 && year === range[0]) bests.push(year.slice(0, 4));
	bests.sort((a, b) => firstDayOf(a).localeCompare(firstDayOf(b)) || b.length - a.length);
	// A page is written shortly before what it announces ("will be held on 26-27 March 2018"): when
	// that is its upper bound, or nothing bounds it from below, the year of the month before it, not
	// the middle of what the other cues allow.
	const announced = used.some((c) => c.code === 'date:future' && c.allowed[0]?.to === range[1]);
	const date =
		bests.pop() ??
		(range[0] === FIRST_DAY || announced
			? maxDay(range[0], monthBefore(range[1]))!
			: allowedMiddle(allowed, range)
		).slice(0, 4);
	return {
		date,
		range,
		codes: [...new Set(used.map((c) => c.code))],
		reasons: used.map((c) => c.reason)
	};
}
