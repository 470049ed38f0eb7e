/**
 * "27 years ago, on February 21, 1992, both states opened a new page": a date told with how long
 * ago it was dates the writing, that many years after it (give or take half a year, and up to a
 * year more for an anniversary counted loosely). Only a count in digits or a number word, right
 * before "years ago", and a date right after it, in the same sentence.
 */
import { shifted } from '../anchors';
import type { DateConstraint } from '../offices';
import { countOf } from '../number-words';
import { findExplicitDates } from './meta-dates';

const YEARS_AGO_RE = /\b(\d{1,3}|[a-z]+)\s+years\s+ago,?\s+(?:on|in)\s+/gi;

/** The day `years` years after an ISO date (a month's first day for a month). */
function yearsAfter(date: string, years: number): string {
	const [y, rest] = [Number(date.slice(0, 4)), date.slice(4)];
	return `${y + years}${rest.length === 3 ? `${rest}-01` : rest}`;
}

/** The writing date that "N years ago, on <date>" gives, for each such phrase of the text. */
export function yearsAgoConstraints(paragraphs: readonly string[]): DateConstraint[] {
	const out: DateConstraint[] = [];
	for (const p of paragraphs) {
		YEARS_AGO_RE.lastIndex = 0;
		for (let m = YEARS_AGO_RE.exec(p); m !== null; m = YEARS_AGO_RE.exec(p)) {
			const n = countOf(m[1]!);
			const end = m.index + m[0].length;
			const [told] = findExplicitDates(p.slice(end, end + 40));
			if (!n || !told || told.index !== 0) continue;
			const day = yearsAfter(told.date, n);
			out.push({
				allowed: [{ from: shifted(day, -6), to: shifted(day, 18) }],
				code: 'date:years-ago',
				reason: `tells of ${told.date} as ${n} years ago`,
				strength: 2,
				best: day.slice(0, told.precision === 'day' ? 10 : 7)
			});
		}
	}
	return out;
}
