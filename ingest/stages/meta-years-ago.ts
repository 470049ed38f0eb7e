/**
 * "27 years ago, on February 21, 1992, both states opened a new page": a date told with how long
 * ago it was dates the writing, that many years after it (give or take half a year, and up to a
 * year more for an anniversary counted loosely). Only a count in digits or a number word, right
 * before "years ago", and a date right after it, in the same sentence. Also "more than N years
 * after" / "nearly N years since" a date told later in the sentence (`yearsAfterConstraints`).
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

/**
 * "The decision comes more than three years after Saudi Arabia withdrew its diplomats following
 * the Taliban's takeover of the country in August 2021": a count of years after a dated event
 * told in the same sentence. "more than" / "over" N years: from N to N + 1 years after it;
 * "nearly" / "almost": from N − 1 to N. A bare or rounded count ("some 15 years after … January
 * 2003", told in December 2017) is not read: rounded either way, it moved a dev page's year.
 */
const YEARS_AFTER_RE =
	/\b(more\s+than|over|nearly|almost)\s+(\d{1,2}|[a-z]+)\s+years\s+(?:after|since)\s+/gi;
/** A sentence told as to come ("will end two years after …"): the count says nothing of the writing. */
const TO_COME_RE = /\b(?:will|would|shall|is\s+(?:expected|due|set)\s+to)\b[^.]{0,60}$/i;

/** The writing dates that "N years after <dated event>" gives, for each such phrase of the text. */
export function yearsAfterConstraints(paragraphs: readonly string[]): DateConstraint[] {
	const out: DateConstraint[] = [];
	for (const p of paragraphs) {
		YEARS_AFTER_RE.lastIndex = 0;
		for (let m = YEARS_AFTER_RE.exec(p); m !== null; m = YEARS_AFTER_RE.exec(p)) {
			const n = countOf(m[2]!);
			if (!n || n > 40 || TO_COME_RE.test(p.slice(Math.max(0, m.index - 80), m.index))) continue;
			const end = m.index + m[0].length;
			const sentence = /^[^.!?]*/.exec(p.slice(end, end + 160))![0];
			const [told] = findExplicitDates(sentence);
			if (!told) continue;
			const at = yearsAfter(told.date.slice(0, 7), n);
			const more = /^(?:more|over)/i.test(m[1]!);
			const [from, to] = more ? [at, shifted(at, 12)] : [shifted(at, -12), shifted(at, 1)];
			out.push({
				allowed: [{ from, to }],
				code: 'date:years-after',
				reason: `tells of ${told.date} as ${m[0].trim()} it`,
				strength: 2,
				best: (more ? at : from).slice(0, 7)
			});
		}
	}
	return out;
}
