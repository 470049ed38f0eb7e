/**
 * The month names every date reader of the ingest uses, in one place: the names, January first
 * (a month's number is its index + 1; the app's table, which formats dates), and, for regular expressions, the names with their
 * abbreviations as one alternation (capitalised: a reader that wants "may" the verb left out
 * matches it case-sensitively; "Sept" before "Sep", so the longer one is tried first).
 */
import { MONTHS } from '../src/lib/data/date-words';

export const MONTH_NAMES: readonly string[] = MONTHS;

const MONTH_ABBREVIATIONS = 'Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec'.split(' ');

/** The weekdays, Sunday first (a weekday's number is its index, as `Date.getUTCDay` gives it). */
export const WEEKDAY_NAMES: readonly string[] =
	'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

const MONTH_BY_PREFIX = new Map(MONTH_NAMES.map((n, i) => [n.slice(0, 3).toLowerCase(), i + 1]));

/** A month's number (1–12) from its name or short form in any case ("Aug", "sept", "MAY"); 0 when none. */
export function monthNumber(name: string): number {
	return MONTH_BY_PREFIX.get(name.slice(0, 3).toLowerCase()) ?? 0;
}

/** "January|…|December|Jan|…|Dec", a regular-expression source without a group. */
export const MONTH_ALTERNATION = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS].join('|');
