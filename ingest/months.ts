/**
 * The month names every date reader of the ingest uses, in one place: the names, January first
 * (a month's number is its index + 1), and, for regular expressions, the names with their
 * abbreviations as one alternation (capitalised: a reader that wants "may" the verb left out
 * matches it case-sensitively; "Sept" before "Sep", so the longer one is tried first).
 */
export const MONTH_NAMES: readonly string[] = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const MONTH_ABBREVIATIONS = 'Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec'.split(' ');

/** "January|…|December|Jan|…|Dec", a regular-expression source without a group. */
export const MONTH_ALTERNATION = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS].join('|');
