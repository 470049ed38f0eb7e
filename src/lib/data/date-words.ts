/**
 * Dates in words: the month names and an article's or a link's date written out. Read by the views
 * opened on demand (the panel, the reader, the list, the tour), not by the first frame, so kept
 * apart from the selectors the map needs (selectors.ts).
 */

/** English month names, January first. */
export const MONTHS = [
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

/** `2021-09-24` → `24 September 2021`, `2021-09` → `September 2021`, `2021` → `2021`, null → `undated`. */
export function formatDate(date: string | null): string {
	if (!date) return 'undated';
	const [y, m, d] = date.split('-');
	const month = m ? MONTHS[Number(m) - 1] : undefined;
	if (!month) return y ?? 'undated';
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
