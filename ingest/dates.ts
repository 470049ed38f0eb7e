/**
 * Date cues in a sentence, resolved against the article's publication date: when a link's event
 * took place. Lenient where stages/meta-dates.ts is strict: that module reads only explicit
 * calendar dates (a publication date is never guessed), this one also reads relative cues ("last
 * week", "on Wednesday", "in December") and gives them a year from publication.
 *
 * News text talks about the past, so the resolution rules are ours: a month or day without a year
 * is the most recent one on or before publication ("in December" in an April 2017 article is
 * 2016-12), a bare weekday is the most recent such day on or before publication, "last week" is
 * the week before. Relative cues need a publication date; without one only cues that carry their
 * own year resolve (the date is null, and so is the precision).
 *
 * Finding the cue: the forms news prose uses nearly always ("on September 17", "September 21-22",
 * "in January 2024", "on Wednesday", "last month", "a month ago", "the 1990s") are read by one
 * regular expression, which is ~100 times cheaper than a general parser; anything else that looks
 * like a date ("2021-09-04", "4th of September") goes to chrono-node.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from './months';
import { countOf } from './number-words';
import * as chrono from 'chrono-node';
import type { PartialDate } from '../src/lib/data/schema';
import { quoteSpans } from './stages/links-sentences';
import { isFutureContext } from './stages/meta-dates';

type DatePrecision = 'day' | 'month' | 'year' | null;

export interface ResolvedDate {
	date: PartialDate;
	precision: DatePrecision;
	/** The cue as written in the sentence. */
	text: string;
}

const MONTHS = MONTH_NAMES;
const MONTH_ABBR: Record<string, number> = {
	Jan: 1,
	Feb: 2,
	Mar: 3,
	Apr: 4,
	Jun: 6,
	Jul: 7,
	Aug: 8,
	Sep: 9,
	Sept: 9,
	Oct: 10,
	Nov: 11,
	Dec: 12
};
const MONTH = `(?:${MONTHS.join('|')}|(?:${Object.keys(MONTH_ABBR).join('|')})\\.?)`;
const YEAR = '(?:1[89]|20)\\d\\d';

/** Cheap test: only sentences with one of these can hold a date cue. */
const CUE_RE = new RegExp(
	`\\b(?:${MONTH}|${WEEKDAY_NAMES.join('|')}|${YEAR}(?:[’']?s)?|[Tt]oday|[Yy]esterday|[Tt]onight|[Tt]his morning)\\b|` +
		`\\b(?:[Ll]ast|[Tt]his|[Pp]ast|[Pp]revious|[Ee]arlier)\\b.{0,12}\\b(?:weeks?|months?|years?|spring|summer|autumn|fall|winter)\\b|\\b(?:weeks?|months?|years?)\\b.{0,4}\\bago\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+of\\s+${MONTH}|\\d{4}-\\d{2}-\\d{2}`
);

/**
 * The common forms, each a named group; the earliest match in the sentence wins.
 * Month names must be capitalised ("may force" is a verb).
 */
const FAST_RE = new RegExp(
	[
		// September 17, 2021 · September 21-22 · September 4 · September 2021 · September · October this year
		`(?<md>(?:(?:early|late|mid)[-\\s]+)?(?<mdMonth>${MONTH})(?:\\s+(?<mdDay>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?)?(?:,?\\s+(?<mdYear>${YEAR})|\\s+(?:of\\s+)?(?<mdRel>this|last|next)\\s+year)?)(?![\\w-])`,
		// 17 September 2021 · 17 September · 15 August of this year
		`(?<dm>(?<dmDay>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<dmMonth>${MONTH})(?:,?\\s+(?<dmYear>${YEAR})|\\s+(?:of\\s+)?(?<dmRel>this|last|next)\\s+year)?)(?![\\w-])`,
		// on Wednesday
		`(?<wd>${WEEKDAY_NAMES.join('|')})(?![\\w-])`,
		// last week · this month · the past year · previous month
		`(?<rel>(?<relWhich>[Ll]ast|[Tt]his|[Pp]ast|[Pp]revious|[Ee]arlier\\s+this)\\s+(?<relUnit>week|month|year)s?)(?![\\w-])`,
		// last summer · this spring · last winter
		`(?<season>(?<seasonWhich>[Ll]ast|[Tt]his|[Pp]ast|[Ee]arlier\\s+this)\\s+(?<seasonName>spring|summer|autumn|fall|winter))(?![\\w-])`,
		// a month ago · two weeks ago · several years ago
		`(?<ago>(?<agoN>\\d+|an?|one|two|three|four|five|six|several|few)\\s+(?<agoUnit>week|month|year)s?\\s+ago)\\b`,
		// today · yesterday · tonight · this morning
		`(?<day>[Tt]oday|[Yy]esterday|[Tt]onight|[Tt]his\\s+(?:morning|afternoon|evening))\\b`,
		// the 1990s
		`(?<decade>(?:the\\s+)?(?<decadeYear>(?:1[89]|20)\\d0)[’']?s)\\b`,
		// in 2016 · since 2001 · of 1979
		`(?<bare>\\b(?:[Ii]n|[Ss]ince|of|by|during|from|until|till)\\s+(?:early\\s+|late\\s+|mid-?)?(?<bareYear>${YEAR}))(?![-–]?\\d)`
	].join('|'),
	'g'
);

interface Anchor {
	y: number;
	m: number | null;
	d: number | null;
}

/** What a cue says, before resolution. */
interface Cue {
	text: string;
	year?: number;
	month?: number;
	day?: number;
	weekday?: number;
	/** Offset from publication, for relative cues. */
	shift?: { unit: 'day' | 'week' | 'month' | 'year'; amount: number };
	/** A month or day placed in a year relative to publication ("October this year": 0, "last year": -1). */
	yearShift?: number;
	/** A season told from publication ("last summer"): the last month of the season and whether it is the last one. */
	season?: { end: number; last: boolean };
	/** Where the cue starts in the text. */
	index?: number;
}

let lastAnchor: { published: PartialDate; anchor: Anchor | null } = {
	published: null,
	anchor: null
};

/** The publication date as numbers (the last one parsed is kept: an article asks many times). */
function parseAnchor(published: PartialDate): Anchor | null {
	if (published === lastAnchor.published) return lastAnchor.anchor;
	let anchor: Anchor | null = null;
	if (published !== null) {
		const [y, m, d] = published.split('-').map(Number);
		if (y !== undefined && !Number.isNaN(y)) anchor = { y, m: m ?? null, d: d ?? null };
	}
	lastAnchor = { published, anchor };
	return anchor;
}

/** Whether a text holds any date cue at all (cheap: the cues are cached for the reading that follows). */
export function hasDateCue(text: string): boolean {
	return rawCues(text).length > 0;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (t: Date) => `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
const ym = (y: number, m: number) => `${y}-${pad(m)}`;

/** The reference instant: the publication day, mid-month or mid-year when the date is partial. */
function referenceDate(a: Anchor): Date {
	return new Date(Date.UTC(a.y, (a.m ?? 7) - 1, a.d ?? (a.m === null ? 1 : 15), 12));
}

function monthNumber(name: string): number {
	const bare = name.replace(/\.$/, '');
	return MONTH_ABBR[bare] ?? MONTHS.indexOf(bare) + 1;
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

const YEAR_SHIFT: Record<string, number> = { this: 0, last: -1, next: 1 };

/** Every common-form cue of the text, in order, with where it starts. */
function fastCues(text: string): Cue[] {
	const out: Cue[] = [];
	FAST_RE.lastIndex = 0;
	for (let m = FAST_RE.exec(text); m !== null; m = FAST_RE.exec(text)) {
		const cue = readMatch(m, text);
		if (!cue) continue;
		// "Friday, February 28": the weekday picks the year of a day told without one.
		const prev = out[out.length - 1];
		if (
			prev?.weekday !== undefined &&
			prev.month === undefined &&
			cue.day !== undefined &&
			/^,?\s*(?:the\s+)?$/.test(text.slice(prev.index! + prev.text.length, m.index))
		) {
			// "on Monday 31 August 2020": a written year wins; the weekday only picks a missing one.
			out[out.length - 1] =
				cue.year === undefined && cue.yearShift === undefined
					? { ...cue, weekday: prev.weekday, index: prev.index }
					: { ...cue, index: prev.index };
			continue;
		}
		out.push({ ...cue, index: m.index });
	}
	return out;
}

function readMatch(m: RegExpExecArray, text: string): Cue | null {
	const g = m.groups ?? {};
	if (g.md !== undefined) {
		const month = monthNumber(g.mdMonth ?? '');
		// "May" alone is too often a name or the modal at a sentence start; need a day or year.
		if (
			g.mdMonth === 'May' &&
			g.mdDay === undefined &&
			g.mdYear === undefined &&
			!/\b(?:in|since|until|by|of|during|early|late|mid)\s+$/i.test(text.slice(0, m.index))
		)
			return null;
		return {
			text: g.md,
			month,
			day: num(g.mdDay),
			year: num(g.mdYear),
			yearShift: g.mdRel ? YEAR_SHIFT[g.mdRel] : undefined
		};
	}
	if (g.dm !== undefined)
		return {
			text: g.dm,
			month: monthNumber(g.dmMonth ?? ''),
			day: num(g.dmDay),
			year: num(g.dmYear),
			yearShift: g.dmRel ? YEAR_SHIFT[g.dmRel] : undefined
		};
	if (g.wd !== undefined) return { text: g.wd, weekday: WEEKDAY_NAMES.indexOf(g.wd) };
	if (g.rel !== undefined) {
		const unit = (g.relUnit ?? 'month') as 'week' | 'month' | 'year';
		return {
			text: g.rel,
			shift: { unit, amount: /^(?:this|earlier)/i.test(g.relWhich ?? '') ? 0 : 1 }
		};
	}
	if (g.season !== undefined)
		return {
			text: g.season,
			season: { end: SEASON_END[g.seasonName!]!, last: /^(?:last|past)/i.test(g.seasonWhich ?? '') }
		};
	if (g.ago !== undefined) {
		const n = countOf(g.agoN ?? '') ?? 1;
		return {
			text: g.ago,
			shift: { unit: (g.agoUnit ?? 'month') as 'week' | 'month' | 'year', amount: n }
		};
	}
	if (g.day !== undefined)
		return { text: g.day, shift: { unit: 'day', amount: /^yesterday/i.test(g.day) ? 1 : 0 } };
	if (g.decade !== undefined) return { text: g.decade, year: num(g.decadeYear) };
	if (g.bare !== undefined) return { text: g.bare, year: num(g.bareYear) };
	return null;
}

/** The last month of each season (northern hemisphere; winter by its January and February). */
const SEASON_END: Record<string, number> = {
	spring: 5,
	summer: 8,
	autumn: 11,
	fall: 11,
	winter: 2
};

/** chrono's English parsers without the time-of-day ones (news dates events by day at most). */
const parser = chrono.casual.clone();
parser.parsers = parser.parsers.filter(
	(p) => !/Time(?:Expression|UnitWithin|UnitLater)Parser/.test(p.constructor.name)
);

const RELATIVE_SPAN_RE =
	/\b(?:ago|past|last|next|previous|coming|this|these|from\s+now)\b|^(?:\w+\s+){0,2}(?:days?|weeks?|months?|years?)$/i;

/** The rarer forms, through chrono; only explicit components are kept. */
function chronoCue(text: string): Cue | null {
	for (const r of parser.parse(text, new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false })) {
		const s = r.start;
		if (/\b(?:after|before|later|within)\b/i.test(r.text)) continue;
		// A span counted from the day of reading ("in the past two weeks", "2 days ago", "in the
		// week") comes back with certain parts reckoned from the reference day: it names no date.
		if (RELATIVE_SPAN_RE.test(r.text)) continue;
		const cue: Cue = { text: r.text };
		if (s.isCertain('year')) cue.year = s.get('year') ?? undefined;
		if (s.isCertain('month')) cue.month = s.get('month') ?? undefined;
		if (s.isCertain('day')) cue.day = s.get('day') ?? undefined;
		if (cue.month !== undefined || cue.year !== undefined) return cue;
	}
	return null;
}

function resolveCue(cue: Cue, a: Anchor | null, future = false): Omit<ResolvedDate, 'text'> {
	if (cue.season) {
		if (a === null) return { date: null, precision: null };
		// The last such season over by publication ("last summer" in January 2018: 2017), or this
		// year's; winter is counted by its January and February.
		const over = a.m !== null && a.m > cue.season.end;
		const year = cue.season.last && !over ? a.y - 1 : a.y;
		return { date: String(year), precision: 'year' };
	}
	if (cue.shift) {
		if (a === null) return { date: null, precision: null };
		const t = referenceDate(a);
		const { unit, amount } = cue.shift;
		if (unit === 'year') return { date: String(a.y - amount), precision: 'year' };
		if (a.m === null) return { date: String(a.y), precision: 'year' };
		if (unit === 'month') {
			t.setUTCDate(1);
			t.setUTCMonth(t.getUTCMonth() - amount);
			return { date: ym(t.getUTCFullYear(), t.getUTCMonth() + 1), precision: 'month' };
		}
		t.setUTCDate(t.getUTCDate() - (unit === 'week' ? 7 : 1) * amount);
		// A week has no partial ISO form: its month.
		if (unit === 'week' || a.d === null)
			return { date: ym(t.getUTCFullYear(), t.getUTCMonth() + 1), precision: 'month' };
		return { date: ymd(t), precision: 'day' };
	}
	if (cue.weekday !== undefined && cue.month !== undefined && cue.day !== undefined) {
		const y = weekdayYear(cue.month, cue.day, cue.weekday, a);
		if (y !== null) return { date: `${ym(y, cue.month)}-${pad(cue.day)}`, precision: 'day' };
	} else if (cue.weekday !== undefined) {
		if (a === null) return { date: null, precision: null };
		if (a.d === null)
			return a.m !== null
				? { date: ym(a.y, a.m), precision: 'month' }
				: { date: String(a.y), precision: 'year' };
		const t = referenceDate(a);
		if (future) t.setUTCDate(t.getUTCDate() + ((cue.weekday - t.getUTCDay() + 7) % 7));
		else t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() - cue.weekday + 7) % 7));
		return { date: ymd(t), precision: 'day' };
	}
	const { month, day } = cue;
	if (month === undefined)
		return cue.year !== undefined
			? { date: String(cue.year), precision: 'year' }
			: { date: null, precision: null };
	let y = cue.year;
	if (y === undefined && cue.yearShift !== undefined) {
		if (a === null) return { date: null, precision: null };
		y = a.y + cue.yearShift;
	}
	if (y === undefined) {
		if (a === null) return { date: null, precision: null };
		y = a.y;
		// The most recent such month (or day) on or before publication; for a future event, the next one.
		if (future) {
			if (
				a.m !== null &&
				(month < a.m || (month === a.m && day !== undefined && a.d !== null && day < a.d))
			)
				y += 1;
		} else if (
			a.m !== null &&
			(month > a.m || (month === a.m && day !== undefined && a.d !== null && day > a.d)) &&
			!daysAhead(y, month, day, a)
		)
			y -= 1;
	}
	if (day !== undefined && day >= 1 && day <= 31)
		return { date: `${ym(y, month)}-${pad(day)}`, precision: 'day' };
	return { date: ym(y, month), precision: 'month' };
}

/** How many days after publication a day may fall and still be this year's, told in the present. */
const DAYS_AHEAD = 7;

/**
 * Whether a day without its year falls a few days after publication ("are on a visit to Pakistan
 * from 05-08 May" in a page of 6 May): an event under way or at hand, not last year's.
 */
function daysAhead(y: number, month: number, day: number | undefined, a: Anchor): boolean {
	if (day === undefined || a.m === null || a.d === null) return false;
	const ahead = (Date.UTC(y, month - 1, day) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000;
	return ahead > 0 && ahead <= DAYS_AHEAD;
}

/**
 * The year, next to publication's, in which that day and month fall on that weekday ("Friday,
 * February 28" in a page of 2020-02-29 is 2020, not 2021); null when none does (a misprint)
 * or the page has no year.
 */
function weekdayYear(month: number, day: number, weekday: number, a: Anchor | null): number | null {
	if (a === null) return null;
	for (const y of [a.y, a.y - 1, a.y + 1]) {
		const t = new Date(Date.UTC(y, month - 1, day, 12));
		if (t.getUTCMonth() === month - 1 && t.getUTCDay() === weekday) return y;
	}
	return null;
}

/** How a cue places its date: written with its year, or relative to the publication date. */
type CueBasis = 'stated' | 'relative';

export interface FoundCue extends ResolvedDate {
	/** Offset of the cue in the text it was found in. */
	index: number;
	basis: CueBasis;
}

/**
 * "said on Monday", "told reporters on Tuesday", "the statement issued on Tuesday": the cue dates
 * the statement, not the event.
 */
const SPEECH_BEFORE_RE =
	/\b(?:said|says|told|tweeted|wrote|posted|confirmed|announced|stated|reported|added|noted|declared|remarked|in\s+a\s+(?:statement|tweet|post|press\s+release|briefing|interview)|(?:statement|release|communiqu[eé])\s+(?:was\s+)?issued|(?:news|press)\s+(?:conference|briefing))\b[^.;]{0,24}$/i;

const SINCE_BEFORE_RE = /\bsince\s+$/i;
const SUBORDINATE_RE = /\b(?:since|after|before|following|until|when|while|as)\b/i;

/** ", in October last year." closing the sentence: a cue of the main clause, set off. */
const SET_OFF_BEFORE_RE = /,\s*(?:in|on|during)\s+$/i;
const SENTENCE_END_RE = /^[\s.!?"”’)]*$/;

function setOffAtEnd(text: string, c: Cue): boolean {
	const at = c.index!;
	return (
		SET_OFF_BEFORE_RE.test(text.slice(Math.max(0, at - 12), at)) &&
		SENTENCE_END_RE.test(text.slice(at + c.text.length))
	);
}

const BOUND_BEFORE_RE =
	/\b(?:since|until|till|ahead\s+of|prior\s+to|before|after|following)\s+(?:the\s+)?(?:\w+\s+){0,2}$/i;

function resolveFound(cue: Cue, anchor: Anchor | null, future: boolean): FoundCue {
	const { date, precision } = resolveCue(cue, anchor, future);
	return {
		date,
		precision,
		text: cue.text.trim(),
		index: cue.index ?? 0,
		basis: cue.year !== undefined ? 'stated' : 'relative'
	};
}

const NO_CUES: Cue[] = [];
/** A sentence and its clauses are read several times (its first cue, the cue of each event): once each. */
const cueCache = new Map<string, Cue[]>();

/** The cues of a text, unresolved (the common forms, else chrono's). Read-only: shared. */
function rawCues(text: string): Cue[] {
	if (!CUE_RE.test(text)) return NO_CUES;
	const cached = cueCache.get(text);
	if (cached) return cached;
	let cues = fastCues(text);
	if (cues.length === 0) {
		const c = chronoCue(text);
		cues = c ? [{ ...c, index: Math.max(0, text.indexOf(c.text)) }] : NO_CUES;
	}
	if (cueCache.size >= 1024) cueCache.clear();
	cueCache.set(text, cues);
	return cues;
}

/**
 * The cue that dates the event whose trigger starts at `at`: the nearest one, skipping cues that
 * date a statement about it ("said on Monday"), unless the statement's is the only one.
 */
export function eventDate(
	text: string,
	at: number,
	published: PartialDate,
	options?: { future?: boolean | 'nearest' }
): FoundCue | null {
	// "the de facto rulers of Afghanistan since 2021": where a state began, never an act's date.
	const cues = rawCues(text).filter(
		(c) =>
			!/^since\b/i.test(c.text) &&
			!SINCE_BEFORE_RE.test(text.slice(Math.max(0, c.index! - 8), c.index))
	);
	if (cues.length === 0) return null;
	let pool = cues;
	if (cues.length > 1) {
		const own = cues.filter(
			(c) => !SPEECH_BEFORE_RE.test(text.slice(Math.max(0, c.index! - 60), c.index))
		);
		// "since December", "ahead of talks on Friday": a bound or another event, not this one's date.
		const dating = own.filter(
			(c) => !BOUND_BEFORE_RE.test(text.slice(Math.max(0, c.index! - 24), c.index))
		);
		pool = dating.length > 0 ? dating : own.length > 0 ? own : cues;
	}
	// "the first meeting … since the three countries agreed … in June": a cue after a
	// subordinating word that follows the trigger dates that clause, not the event.
	// Unless the cue is set off by a comma at the sentence's end ("the first meeting … since the
	// takeover, in October last year."): back in the main clause.
	pool = pool.filter(
		(c) => c.index! < at || !SUBORDINATE_RE.test(text.slice(at, c.index)) || setOffAtEnd(text, c)
	);
	if (pool.length === 0) return null;
	// A date inside a quotation is the speaker's ("the most important tasks today"), not the
	// date of an act told outside it.
	if (text.includes('“') || text.includes('"')) {
		const quotes = quoteSpans(text);
		const inside = (i: number) => quotes.some((q) => i >= q.start && i < q.end);
		if (quotes.length > 0 && !inside(at)) {
			pool = pool.filter((c) => !inside(c.index!));
			if (pool.length === 0) return null;
		}
	}
	let best = pool[0]!;
	for (const c of pool) if (Math.abs(c.index! - at) < Math.abs(best.index! - at)) best = c;
	const anchor = parseAnchor(published);
	if (options?.future === 'nearest') {
		// A plan told in the past ("was due to visit in August"): the month or day nearest to
		// publication, before it or after it.
		const past = resolveFound(best, anchor, false);
		const next = resolveFound(best, anchor, true);
		if (!past.date || !next.date || past.date === next.date || !published) return past;
		const at0 = Date.parse(
			published.length === 4 ? `${published}-07-01` : published.padEnd(10, '-15').slice(0, 10)
		);
		const day = (d: string) =>
			Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);
		return Math.abs(day(next.date) - at0) < Math.abs(at0 - day(past.date)) ? next : past;
	}
	// "are scheduled to meet again in Istanbul on November 6": a day told as to come is the next
	// one, whatever the tense of the trigger the link was read from.
	const toCome = isFutureContext(text.slice(Math.max(0, best.index! - 100), best.index));
	return resolveFound(best, anchor, options?.future === true || toCome);
}

/**
 * Finds the first date cue in a sentence and resolves it against the publication date.
 * Returns null when the sentence has no cue; `date` is null when a cue needs a publication date
 * the article does not have. With `future` (the sentence tells of a planned event: "will meet on
 * October 25"), a month, day or weekday without a year is the next one on or after publication.
 */
export function resolveDate(
	text: string,
	published: PartialDate,
	options?: { future?: boolean }
): ResolvedDate | null {
	const cue = rawCues(text)[0];
	if (!cue) return null;
	const found = resolveFound(cue, parseAnchor(published), options?.future === true);
	return { date: found.date, precision: found.precision, text: found.text };
}
