/**
 * The latest day a page names by day and month, without a year, as past: within an inferred
 * span of about a year, the best guess of the day it was written (meta-infer.ts).
 */
import { MONTH_ALTERNATION, monthNumber, WEEKDAY_NAMES } from '../months';
import { isFutureContext, makeDate } from './meta-dates';

const MONTH_ALT = `(${MONTH_ALTERNATION})\\.?`;
const DAY_MONTH_RES = [
	new RegExp(`\\b${MONTH_ALT}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\s*(?:19|20)\\d\\d)`, 'g'),
	new RegExp(
		`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_ALT}\\b(?![,.]?\\s*(?:19|20)\\d\\d)`,
		'g'
	)
];

/** Whether the text names a day by its day and month without a year ("Aug 29", "29 August"). */
export function namesDayMonth(text: string): boolean {
	return DAY_MONTH_RES.some((re) => {
		re.lastIndex = 0;
		return re.test(text);
	});
}

/**
 * In a span of about a year, the latest day the text names by day and month as past ("visited
 * Pakistan on October 24"), each in its first year in the span: a report is written on or soon
 * after the day it reports. Null when the span is longer, or no such day falls in it.
 */
export function latestDayMonth(
	paragraphs: readonly string[],
	range: [string, string]
): string | null {
	if (Date.parse(range[1]) - Date.parse(range[0]) > 400 * 86_400_000) return null;
	const [y0, y1] = [Number(range[0].slice(0, 4)), Number(range[1].slice(0, 4))];
	let best: string | null = null;
	for (const p of paragraphs)
		DAY_MONTH_RES.forEach((re, k) => {
			re.lastIndex = 0;
			for (let m = re.exec(p); m !== null; m = re.exec(p)) {
				if (isFutureContext(p.slice(0, m.index))) continue;
				const name = (k === 0 ? m[1] : m[2])!;
				const month = monthNumber(name);
				const day = Number(k === 0 ? m[2] : m[1]);
				// The day's first occurrence in the span: a report follows what it reports soon.
				for (let y = y0; y <= y1; y++) {
					const d = makeDate(y, month, day);
					if (!d || d < range[0] || d > range[1]) continue;
					if (best === null || d > best) best = d;
					break;
				}
			}
		});
	return best;
}

const WEEKDAY_RE = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;

/** The weekday (0 = Sunday) a text names, when it names just one. */
export function oneWeekday(text: string): number | null {
	const named = new Set([...text.matchAll(WEEKDAY_RE)].map((m) => m[1]!));
	return named.size === 1 ? WEEKDAY_NAMES.indexOf([...named][0]!) : null;
}

/** The one weekday a lead's first sentence tells its news by (null: none, or more than one). */
export function weekdayOf(lead: string | undefined): number | null {
	return oneWeekday(/^[^.!?]*(?:[.!?]|$)/.exec((lead ?? '').slice(0, 400))?.[0] ?? '');
}
