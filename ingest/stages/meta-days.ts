/**
 * Days and spans of days as the dating code reads them: ISO days, months and years, and unions
 * of intervals (null ends open).
 */
import type { Interval } from '../offices';

/** The last day the offices file knows of: open terms and open intervals end here. */
export const KNOWN_UNTIL = '2026-12-31';
export const FIRST_DAY = '1990-01-01';

/** Intersection of two unions of intervals. */
export function intersect(a: Interval[], b: Interval[]): Interval[] {
	const out: Interval[] = [];
	for (const x of a)
		for (const y of b) {
			const from = maxDay(x.from, y.from);
			const to = minDay(x.to, y.to);
			if (from === null || to === null || from <= to) out.push({ from, to });
		}
	return out;
}

export function maxDay(a: string | null, b: string | null): string | null {
	if (a === null) return b;
	if (b === null) return a;
	return a > b ? a : b;
}
function minDay(a: string | null, b: string | null): string | null {
	if (a === null) return b;
	if (b === null) return a;
	return a < b ? a : b;
}

export function lastDayOf(date: string): string {
	if (date.length === 10) return date;
	const [y, m] = date.split('-').map(Number) as [number, number | undefined];
	if (m === undefined) return `${y}-12-31`;
	const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return `${date}-${String(last).padStart(2, '0')}`;
}
export function firstDayOf(date: string): string {
	return date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`;
}
