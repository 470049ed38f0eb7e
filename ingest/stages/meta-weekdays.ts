/**
 * A weekday beside a day and month ("on Tuesday, March 26", "on Saturday (September 7)", "on
 * July 14 (Wednesday)"): the years in which that day is that weekday bound when the page was
 * written.
 */
import { MONTH_ALTERNATION, monthNumber, WEEKDAY_NAMES } from '../months';
import type { DateConstraint, Interval } from '../offices';
import { makeDate } from './meta-dates';
import { FIRST_DAY, intersect, KNOWN_UNTIL } from './meta-days';

const WEEKDAY_ALT = WEEKDAY_NAMES.join('|');
/** A month by its name or its short form ("on Monday (Aug 23)", "Tuesday, Sept. 7"). */
const MONTH_NAME_ALT = `(?:${MONTH_ALTERNATION})\\.?`;
/** A day and month in either order: "26 March", "26th of March", "March 26". */
const DAY_MONTH = `(?:(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>${MONTH_NAME_ALT})|(?<monthFirst>${MONTH_NAME_ALT})\\s+(?<dayAfter>\\d{1,2})(?:st|nd|rd|th)?)`;
/**
 * The weekday before the date ("on Tuesday, March 26"), or after it in brackets ("on July 14
 * (Wednesday)").
 */
const WEEKDAY_DATE_RES = [
	new RegExp(
		`\\b(?<weekday>${WEEKDAY_ALT})(?:,?\\s+(?:the\\s+)?|\\s*\\(\\s*)${DAY_MONTH}(?!,?\\s+(?:19|20)\\d\\d)`,
		'g'
	),
	new RegExp(`\\b${DAY_MONTH}\\s*\\(\\s*(?<weekday>${WEEKDAY_ALT})\\s*\\)`, 'g')
];

/** Each weekday told beside a day and month in `text`, in either order, as the text has it. */
function* weekdayDates(
	text: string
): Generator<{ said: string; weekday: number; month: number; day: number }> {
	for (const re of WEEKDAY_DATE_RES)
		for (const m of text.matchAll(re)) {
			const g = m.groups!;
			yield {
				said: m[0].trim(),
				weekday: WEEKDAY_NAMES.indexOf(g.weekday!),
				month: monthNumber((g.month ?? g.monthFirst)!),
				day: Number(g.day ?? g.dayAfter)
			};
		}
}

/** "on Tuesday, March 26": the years (within the allowed span) in which that day is that weekday. */
export function weekdayConstraints(
	paragraphs: readonly string[],
	span: [string, string]
): DateConstraint[] {
	const out: DateConstraint[] = [];
	const [fromYear, toYear] = [Number(span[0].slice(0, 4)), Number(span[1].slice(0, 4))];
	if (toYear - fromYear > 40) return out;
	for (const p of paragraphs) {
		for (const { said, weekday, month, day } of weekdayDates(p)) {
			const allowed: Interval[] = [];
			for (let y = fromYear; y <= toYear + 1; y++) {
				const date = makeDate(y, month, day);
				if (!date || new Date(`${date}T12:00:00Z`).getUTCDay() !== weekday) continue;
				// Written on that day or within the weeks after it (news of the event).
				const later = new Date(`${date}T12:00:00Z`);
				later.setUTCDate(later.getUTCDate() + 45);
				allowed.push({ from: date, to: later.toISOString().slice(0, 10) });
			}
			if (allowed.length > 0)
				out.push({
					allowed,
					code: 'date:weekday',
					reason: `${said} falls on that weekday`,
					strength: 2,
					best: allowed.length === 1 ? allowed[0]!.from! : undefined
				});
		}
	}
	return out;
}

/**
 * Two weekday-and-day mentions or more that agree on the years they allow ("on Saturday
 * (September 7)" and "on Sunday (September 8)"): together they outweigh a title or an event
 * referred to, which a page can quote from an old story or a sidebar. Null when there are fewer
 * than two, or they disagree.
 */
export function agreeingWeekdays(paragraphs: readonly string[]): DateConstraint | null {
	const all = weekdayConstraints(paragraphs, [FIRST_DAY, KNOWN_UNTIL]);
	const distinct = new Map(all.map((c) => [c.reason, c]));
	if (distinct.size < 2) return null;
	let allowed: Interval[] = [{ from: FIRST_DAY, to: KNOWN_UNTIL }];
	for (const c of distinct.values()) {
		allowed = intersect(allowed, c.allowed);
		if (allowed.length === 0) return null;
	}
	return {
		allowed,
		code: 'date:weekday',
		reason: [...distinct.keys()].join('; ') + ' fall on those weekdays together',
		strength: 4
	};
}
