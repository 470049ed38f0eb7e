/**
 * A part of a year told as past ("the volume … in the first six months of 2020 is 3.7 times
 * higher", "the joint work carried out in the first quarter of 2022"): the page was written after
 * that part of the year ended, most likely the month after, when figures for it are news. A part
 * told as to come ("in the first half of 2019") bounds nothing here: meta-infer.ts reads its year
 * as to come. A visit told as one's first of a year ("my first official foreign visit during
 * 2019") dates the page to that year.
 */
import { shiftedDays } from '../anchors';
import type { DateConstraint } from '../offices';
import { isFutureContext } from './meta-dates';

const PERIOD_RE =
	/\b(?:in|during|over|for)\s+the\s+(first|second|third|fourth|last)\s+(six\s+months|half|quarter|three\s+months|nine\s+months)\s+of\s+((?:19|20)\d\d)\b/gi;

/** The last month-day of a part of a year, or null for a part that makes no sense ("third half"). */
function endOf(ordinal: string, part: string): string | null {
	const n = { first: 1, second: 2, third: 3, fourth: 4, last: 0 }[ordinal.toLowerCase()] ?? -1;
	const p = part.toLowerCase().replace(/\s+/g, ' ');
	if (p === 'half' || p === 'six months')
		return n === 1 ? '06-30' : n === 2 || n === 0 ? '12-31' : null;
	if (p === 'nine months') return n === 1 ? '09-30' : null;
	if (p === 'three months' && n !== 1 && n !== 0) return null;
	const quarterEnds = ['12-31', '03-31', '06-30', '09-30', '12-31'];
	return n >= 0 && n <= 4 ? quarterEnds[n]! : null;
}

/** "my first official foreign visit during 2019": the year the page is written in. */
const FIRST_OF_YEAR_RE =
	/\b(?:my|his|her|their|its|our|the)\s+first\s+(?:(?:official|foreign|overseas|state|working)\s+)*(?:visit|trip|tour|journey)\s+(?:abroad\s+)?(?:of|in|during|for)\s+(?:the\s+year\s+)?((?:19|20)\d\d)\b/gi;

/** Written in the year whose first visit or trip the text tells of. */
export function firstOfYearConstraints(paragraphs: readonly string[]): DateConstraint[] {
	const out: DateConstraint[] = [];
	for (const p of paragraphs) {
		FIRST_OF_YEAR_RE.lastIndex = 0;
		for (let m = FIRST_OF_YEAR_RE.exec(p); m !== null; m = FIRST_OF_YEAR_RE.exec(p)) {
			const year = m[1]!;
			out.push({
				allowed: [{ from: `${year}-01-01`, to: `${year}-12-31` }],
				code: 'date:first-of-year',
				reason: `tells of the first visit of ${year}`,
				strength: 2,
				best: year
			});
		}
	}
	return out;
}

/** Written after each part of a year the text tells as past. */
export function periodConstraints(paragraphs: readonly string[]): DateConstraint[] {
	const out: DateConstraint[] = [];
	for (const p of paragraphs) {
		PERIOD_RE.lastIndex = 0;
		for (let m = PERIOD_RE.exec(p); m !== null; m = PERIOD_RE.exec(p)) {
			if (isFutureContext(p.slice(0, m.index))) continue;
			const end = endOf(m[1]!, m[2]!);
			if (end === null) continue;
			const from = shiftedDays(`${m[3]}-${end}`, 1);
			out.push({
				allowed: [{ from, to: null }],
				code: 'date:period',
				reason: `tells of the ${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()} of ${m[3]} as past`,
				strength: 2,
				// Figures for a part of a year are news when it has just ended: the month after it.
				best: from.slice(0, 7)
			});
		}
	}
	return out;
}
