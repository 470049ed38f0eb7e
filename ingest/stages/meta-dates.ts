/**
 * The publication date's reader of dates (ingest/dates.ts reads a link's event date, relative
 * cues included, and resolves it against publication; nothing here is relative).
 *
 * Explicit calendar dates in text ("September 24, 2021", "23 September 2021", "January 2024",
 * "2021-09-24") and in metadata values (ISO timestamps). Deliberately strict: bare years
 * ("the 2001 invasion"), weekday-only or month-only mentions are not dates here, because a
 * publication date must never be guessed from them. Numeric day/month orders (03/04/2020) are
 * ambiguous across outlets and are ignored too.
 */
import { MONTH_ALTERNATION, MONTH_NAMES, monthNumber } from '../months';

// Capitalised month names only: "may 2020" in running text is a verb, "May 2020" a date.
const MONTH = `(${MONTH_ALTERNATION})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
// "March 26-27, 2018", "26 to 27 March 2018": a span of days is dated by its first.
const DAYS = `${DAY}(?:\\s*(?:[-–]|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?)?`;
// A year ends at a word boundary, or runs straight into the next date of a scraped
// "Published On 7 May 20237 May 2023" (two renderings of one date glued together).
const MONTH_NC = `(?:${MONTH_ALTERNATION})`;
const YEAR = `((?:19|20)\\d{2})(?=\\b|\\d{1,2}\\s+${MONTH_NC}\\b)`;
// Between the day or month and the year: a space, or a comma with or without spaces around it
// ("13 March,2017", "September 21 , 2018").
const BEFORE_YEAR = '(?:\\s*,\\s*|\\s+)';

const PATTERNS: Array<{ re: RegExp; kind: 'mdy' | 'dmy' | 'my' | 'iso' }> = [
	{ re: new RegExp(`\\b${MONTH}\\s+${DAYS}${BEFORE_YEAR}${YEAR}`, 'g'), kind: 'mdy' },
	{ re: new RegExp(`\\b${DAYS}(?:\\s+of)?\\s+${MONTH}${BEFORE_YEAR}${YEAR}`, 'g'), kind: 'dmy' },
	// "20/March/2017", "07-Sep-2023": a month's name between slashes, dashes or dots.
	{ re: new RegExp(`\\b(\\d{1,2})[/.-]${MONTH}[/.-]${YEAR}`, 'g'), kind: 'dmy' },
	{ re: new RegExp(`\\b${MONTH}${BEFORE_YEAR}${YEAR}`, 'g'), kind: 'my' },
	// ISO dates, also inside timestamps ("2023-05-07T15:12:00Z", "2023-05-07 15:12"), and with
	// one-digit months and days ("2022-4-2 09:00"): the year first leaves no doubt which is which.
	{ re: /\b((?:19|20)\d{2})([-/])(\d{1,2})\2(\d{1,2})(?!\d)/g, kind: 'iso' }
];

export interface FoundDate {
	/** `YYYY-MM-DD` or `YYYY-MM`. */
	date: string;
	precision: 'day' | 'month';
	index: number;
	length: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Build a partial date, or null when the parts are not a real calendar date. */
export function makeDate(year: number, month: number, day?: number): string | null {
	if (year < 1900 || year > 2100 || month < 1 || month > 12) return null;
	if (day === undefined) return `${year}-${pad(month)}`;
	if (day < 1 || day > daysIn(year, month)) return null;
	return `${year}-${pad(month)}-${pad(day)}`;
}

/** A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string naming a real calendar day, month or year. */
export function isCalendarDate(v: unknown): v is string {
	if (typeof v !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) return false;
	const month = v.length > 4 ? Number(v.slice(5, 7)) : 1;
	const day = v.length > 7 ? Number(v.slice(8, 10)) : undefined;
	return makeDate(Number(v.slice(0, 4)), month, day) !== null;
}

/** All explicit dates in a text, in order; a longer match wins over one it contains. */
export function findExplicitDates(text: string): FoundDate[] {
	// Every pattern needs a year: most lines have none and cost one scan.
	if (!YEAR_HINT_RE.test(text)) return [];
	if (text.length > 300) return scanDates(text);
	const cached = cache.get(text);
	if (cached) return cached;
	const out = scanDates(text);
	if (cache.size >= 512) cache.clear();
	cache.set(text, out);
	return out;
}

const YEAR_HINT_RE = /(?:19|20)\d\d/;
/** The metadata stage looks at the same short header lines several times; results are shared (read-only). */
const cache = new Map<string, FoundDate[]>();

function scanDates(text: string): FoundDate[] {
	const found: FoundDate[] = [];
	for (const { re, kind } of PATTERNS) {
		re.lastIndex = 0;
		for (const m of text.matchAll(re)) {
			let date: string | null;
			if (kind === 'mdy') date = makeDate(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
			else if (kind === 'dmy') date = makeDate(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
			else if (kind === 'my') date = makeDate(Number(m[2]), monthNumber(m[1]!));
			else date = makeDate(Number(m[1]), Number(m[3]), Number(m[4]));
			if (!date) continue;
			found.push({
				date,
				precision: date.length === 10 ? 'day' : 'month',
				index: m.index ?? 0,
				length: m[0].length
			});
		}
	}
	found.sort((a, b) => a.index - b.index || b.length - a.length);
	const out: FoundDate[] = [];
	for (const f of found) {
		const prev = out[out.length - 1];
		if (prev && f.index < prev.index + prev.length) continue;
		out.push(f);
	}
	return out;
}

/** A metadata value (ISO timestamp, `2021-09-24`, "September 24, 2021") → YYYY-MM-DD, or null. */
export function parseDateValue(value: string): string | null {
	const v = value.trim();
	const iso = v.match(/^((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?(?:[T\s]|$)/);
	if (iso) return makeDate(Number(iso[1]), Number(iso[2]), iso[3] ? Number(iso[3]) : undefined);
	const compact = v.match(/^((?:19|20)\d{2})(\d{2})(\d{2})(?:T|$)/);
	if (compact) return makeDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
	return findExplicitDates(v)[0]?.date ?? null;
}

/** A weekday's name anywhere in a line. */
export const WEEKDAY_RE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/** A month named whole or cut short in an address ("november", "nov", "sept"): 1–12, or 0. */
function urlMonth(name: string): number {
	const n = name.toLowerCase();
	const i = MONTH_NAMES.findIndex((full) => full.toLowerCase().startsWith(n));
	return n.length >= 3 && i >= 0 ? i + 1 : 0;
}

/**
 * A timestamp closing the slug, its groups' places for year, month and day: year first
 * ("…-process20190627142833/", "…-conditions202402181318420013"), or month first
 * ("indonesia-afghanistan-07312019173950.html").
 */
const URL_STAMPS = [
	{
		re: /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})([01]\d|2[0-3])([0-5]\d)([0-5]\d)\d{0,6}(?=[/_.?#-]|$)/,
		y: 1,
		m: 2,
		d: 3
	},
	// "/en/202206142136", "/stories/202203210417.html": the day and a four-digit serial or time.
	{
		re: /(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{4}(?=[/_.?#-]|$)/,
		y: 1,
		m: 2,
		d: 3
	},
	{
		re: /(?<!\d)(0[1-9]|1[0-2])([0-2]\d|3[01])((?:19|20)\d{2})([01]\d|2[0-3])([0-5]\d)([0-5]\d)(?=[/_.?#-]|$)/,
		y: 3,
		m: 1,
		d: 2
	}
];

/**
 * A date in a URL path, as CMSs write it: `/2019/01/17/slug`, `/20240613/slug`,
 * `/2024-06-13-slug`, `/en/202206142136` (the day and a serial), `/251017/slug` (day),
 * `/2019/01/slug` (month) or `/9/10/2017` (the year, when day and month could be either). Only the
 * path counts (a host name never carries a date); a compact date must stand alone (eight digits, or
 * twelve or fourteen with a serial or time, not part of a longer id).
 */
export function dateFromUrl(url: string): string | null {
	const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
	const day =
		path.match(/\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$|[?#])/) ??
		path.match(/[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d])/) ??
		path.match(/[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.?#-]|$)/);
	if (day) {
		const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
		// "/2018/18/12/": a year, then the day (above 12, it can be no month), then the month.
		const date = makeDate(y, m, d) ?? (m > 12 ? makeDate(y, d, m) : null);
		if (date) return date;
	}
	// Month names: `/2019/oct/3/` (Guardian style), `/04-Jun-2022/`.
	const named =
		/\/((?:19|20)\d{2})\/([a-z]{3})[a-z]*\/(\d{1,2})(?:\/|$|[?#])/i.exec(path) ??
		/[/_-](\d{1,2})-([a-z]{3})[a-z]*-((?:19|20)\d{2})(?=[/_.?#-]|$)/i.exec(path);
	if (named) {
		const [y, mon, d] = /^\d{4}$/.test(named[1]!)
			? [named[1]!, named[2]!, named[3]!]
			: [named[3]!, named[2]!, named[1]!];
		const month = urlMonth(mon);
		const date = month > 0 ? makeDate(Number(y), month, Number(d)) : null;
		if (date) return date;
	}
	// "/en/9/10/2017": day and month in either order; the order is certain only when one is above 12.
	const numeric = /\/(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?:\/|$|[?#])/.exec(path);
	if (numeric) {
		const [a, b, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
		const date = a > 12 ? makeDate(y, b, a) : b > 12 ? makeDate(y, a, b) : String(y);
		if (date) return date;
	}
	for (const { re, y, m, d } of URL_STAMPS) {
		const stamp = re.exec(path);
		const date = stamp ? makeDate(Number(stamp[y]), Number(stamp[m]), Number(stamp[d])) : null;
		if (date) return date;
	}
	// "/live-news/afghanistan-kabul-taliban-us-news-09-02-21/": a slug ending in month, day and
	// two-digit year (2010–2026), in the US order.
	const slug = /-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])-(1\d|2[0-6])(?=\/|$|[?#])/.exec(path);
	if (slug) return makeDate(2000 + Number(slug[3]), Number(slug[1]), Number(slug[2]));
	// "/current-affairs/251017/": a folder of day, month and two-digit year (2010–2026).
	const short = /\/(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(1\d|2[0-6])\//.exec(path);
	if (short) return makeDate(2000 + Number(short[3]), Number(short[2]), Number(short[1]));
	const month = path.match(/\/((?:19|20)\d{2})\/(\d{1,2})\/(?!\d)/);
	if (month) return makeDate(Number(month[1]), Number(month[2]));
	// A month by name: "/news/2021/november/…".
	const namedMonth = /\/((?:19|20)\d{2})\/([a-z]{3,9})\//i.exec(path);
	const m = namedMonth ? urlMonth(namedMonth[2]!) : 0;
	return m > 0 ? makeDate(Number(namedMonth![1]), m) : null;
}

/**
 * Words just before a date that say it is not when the article came out but a later revision
 * ("Updated: …", "Last modified …") or an earlier one ("Published: …", "Posted on …").
 * Looks only at the few words before the date, so "Published 7 May 2023 · Updated 8 May"
 * gives one of each.
 */
export function dateCue(before: string): 'published' | 'updated' | null {
	const m = before.slice(-48).match(DATE_CUE_RE);
	if (!m) return null;
	return /^(?:updated|last updated|modified|last modified|edited|revised)$/i.test(m[1]!)
		? 'updated'
		: 'published';
}

const DATE_CUE_RE =
	/\b(updated|last updated|modified|last modified|edited|revised|published|first published|posted|date|dated|issued|released)\b\s*[:\-–—]?\s*(?:on|at)?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[,|]?\s*)?$/i;

/**
 * A date that the text places in the future ("talks will resume in March 2026", "due by
 * December 2027", "scheduled for 25 October 2025"). Such a date is not evidence that the
 * article was written after it, so body inference skips it.
 */
export function isFutureContext(before: string): boolean {
	const tail = before.slice(-100);
	if (FUTURE_MODAL_RE.test(tail)) return true;
	const prep = FUTURE_PREP_RE.exec(tail);
	if (prep === null) return false;
	return !(/^(?:until|till)$/i.test(prep[1]!) && PAST_STATE_RE.test(tail.slice(0, prep.index)));
}

/**
 * A state that lasted in the past, told in the words before "until" and the date ending it ("the
 * Taliban remaining on Kazakhstan's official list of terrorist organizations until 2024", "the
 * border stayed shut until"): the date is past, not to come ("remaining crossings allowed until
 * May 1" are still open).
 */
const PAST_STATE_RE =
	/\b(?:was|were|had|remained|remaining(?=\s+(?:on|in|at|under|closed|shut|open|suspended|banned|listed)\b)|stayed|lasted|continued|served|ruled|held|kept)\b(?:\s+[^\s.;!?]+){0,10}\s*$/i;

/**
 * "will meet again in Istanbul on", "is expected to open in": a modal a few words before, or a
 * wish ("expressed his interest in meeting … at SCO Summit at Dushanbe in"), a purpose
 * ("welcomed the efforts … for holding the presidential elections in") or a decision taking
 * effect from a day ("has decided to resume Afghan exports through Wagah border crossing from"); "an
 * exemption to the travel ban … to visit New Delhi from 9 to 16 October": a permission to travel
 * names the days of a journey still to come.
 */
const FUTURE_MODAL_RE =
	/(?:\b(?:will|shall|(?:is|are|was|were) (?:to|due|expected|scheduled|set to|slated|planned)|(?:am|is|are|was|were) (?:prepared|ready|going) to|plans? to|intends? to|aims? to)\b(?:\s+[^\s.;!?]+){0,7}|\b(?:to (?:hold|host|convene)|next (?:meeting|round|session|summit|conference)|interest in|look(?:s|ing)? forward to|hop(?:es|ing) to|prepar(?:es|ing) to|for (?:holding|hosting|convening|organi[sz]ing))\b(?:\s+[^\s.;!?]+){0,12}|\bdecide[sd]\s+to\b(?:\s+[^\s.;!?]+){0,10}\s+(?:from|starting|effective)|\b(?:allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|exemptions?|waivers?)\b(?:\s+[^\s.;!?]+){0,8}?\s+to\s+(?:visit|travel)\b(?:\s+[^\s.;!?]+){0,8})\s*$/i;
/** "by", "until", "ahead of", "scheduled for", "next" right before the date (or "by the end of"). */
const FUTURE_PREP_RE =
	/\b(by|until|till|ahead of|due|deadline|scheduled for|planned for|expected in|next|upcoming|later in)\s+(?:the\s+)?(?:(?:end|middle|start|beginning)\s+of\s+|early\s+|late\s+|mid-?\s*)?$/i;

/**
 * Day, month and year in figures, in either order ("05/07/2023", "07.05.2023"). A time glued
 * before the date ("20:1523.07.2024": 20:15 on 23.07.2024) still leaves the date.
 */
export const NUMERIC_DATE_RE =
	/(?:(?<![\d/.-])|(?<=\d:\d\d))(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.-])/;

/**
 * A numeric date printed on a date line ("Posted: 05/07/2023", "07.05.2023"). The day/month
 * order differs between outlets, so the month is trusted only when the order is certain (one
 * part above 12, or both equal); otherwise only the year is certain.
 */
export function numericDate(line: string): { date: string; ambiguous: boolean } | null {
	const m = NUMERIC_DATE_RE.exec(line);
	if (!m) return null;
	const a = Number(m[1]);
	const b = Number(m[3]);
	const y = Number(m[4]);
	if (a > 12 && b <= 12) {
		const d = makeDate(y, b, a);
		return d ? { date: d, ambiguous: false } : null;
	}
	if (b > 12 && a <= 12) {
		const d = makeDate(y, a, b);
		return d ? { date: d, ambiguous: false } : null;
	}
	if (a === b && a >= 1 && a <= 12) return { date: makeDate(y, a, b)!, ambiguous: false };
	if (a < 1 || b < 1 || a > 12 || b > 12) return null;
	return { date: String(y), ambiguous: true };
}
