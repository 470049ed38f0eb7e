/**
 * The dateline's date ("KABUL, Oct 21 (Reuters) -", "June 6, Kabul:", "July 16, 2021:", an agency
 * credit "(UrduPoint / Pakistan Point News - 21st Oct, 2021 )") and a line that is only a day, a
 * month and a two-digit year: candidates of the publication date (meta-date-candidates.ts).
 */
import { monthNumber } from '../months';
import type { DateCandidate } from './meta-date-candidates';
import { findExplicitDates, makeDate } from './meta-dates';

/** A month's first letters, in title case or capitals ("May", "MAY"), never lower case. */
const MONTH_ABBR =
	'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC';
/**
 * "KAZAN, September 29. /TASS/.", "KABUL, Oct 21 (Reuters) -", "TASHKENT, Uzbekistan, July 18.",
 * "KABUL, MAY 04, (DNA) –", "ISLAMABAD, 23 June 2019 [Fik/News Sources]:", "Beijing. March 2. Silkroadnews -".
 */
const DAY_AND_MONTH = String.raw`(?:(?<m1>${MONTH_ABBR})[a-zA-Z]*\.?\s+(?<d1>\d{1,2})|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>${MONTH_ABBR})[a-zA-Z]*\.?)`;
const DAY_MONTH = String.raw`${DAY_AND_MONTH}(?:,?\s+(?<y>(?:19|20)\d\d))?`;
/** "11 Sep, 23", "Sep 11, 23", and run together as an agency credit prints it: "Jan14’23". */
const SHORT_YEAR_LINE_RE = new RegExp(
	String.raw`^\W{0,3}(?:${DAY_AND_MONTH},?\s+'?|(?<m3>${MONTH_ABBR})[a-zA-Z]*\.?(?<d3>\d{1,2})['’])(?<yy>\d\d)\s*$`
);
/** The month a day-month match names (1–12; 0 when none). */
function monthOf(g: Record<string, string | undefined>): number {
	return monthNumber(g.m1 ?? g.m2 ?? g.m3 ?? '');
}
const DATELINE_RE = new RegExp(
	String.raw`^[\p{Lu}][\p{Lu}\p{L}.' -]{2,40}?[,.]\s*(?:[\p{Lu}][\p{L}]+,\s*)?${DAY_MONTH}\s*[.:,(/[—–-]`,
	'u'
);
/** "June 6, Kabul:": the day and month first, then the place. */
const DATE_FIRST_DATELINE_RE = new RegExp(
	String.raw`^${DAY_MONTH},\s*[\p{Lu}][\p{L}]+(?:[ -][\p{Lu}][\p{L}]+)?\s*[:—–-]`,
	'u'
);
/**
 * "July 16, 2021:", "16 July 2021 –": a full date opening the lead, then a colon or dash, or run
 * into the lead's first word by the scrape ("March 12, 2019German Foreign Minister Heiko Maas …").
 */
const LEAD_DATE_RE =
	/^\s*((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+)(?:19|20)\d\d)(?:\s*(?:\([A-Z][A-Za-z-]{1,15}\)\s*)?[:—–-]\s?|(?=[A-Z][a-z]))/;
/** "(UrduPoint / Pakistan Point News - 21st Oct, 2021 )": an agency credit with its date. */
const CREDIT_DATE_RE = /^[^()]{0,60}\(([^()]{3,60}?)[-–—,]\s*([^()]{6,30}?)\s*\)/;

export function datelineCandidates(first: string | undefined): DateCandidate[] {
	if (!first) return [];
	const head = first.slice(0, 160);
	const m = DATELINE_RE.exec(head) ?? DATE_FIRST_DATELINE_RE.exec(head);
	if (m?.groups) {
		const g = m.groups;
		const month = monthOf(g);
		const day = Number(g.d1 ?? g.d2);
		if (g.y) {
			const date = makeDate(Number(g.y), month, day);
			if (date) return [{ date, source: 'dateline', evidence: m[0], weight: 0.85 }];
		} else if (month > 0 && day >= 1 && day <= 31)
			return [
				{ date: '', source: 'dateline', evidence: m[0], weight: 0.8, monthDay: { month, day } }
			];
	}
	// "July 16, 2021: Pakistan has invited …": the lead opens with its full date and a colon or dash.
	const lead = LEAD_DATE_RE.exec(head);
	if (lead) {
		const d = findExplicitDates(lead[1]!.replace(/(\d)(?:st|nd|rd|th)\b/, '$1'))[0];
		if (d && d.precision === 'day')
			return [{ date: d.date, source: 'dateline', evidence: lead[0], weight: 0.85 }];
	}
	const c = CREDIT_DATE_RE.exec(head);
	if (c) {
		const d = findExplicitDates(c[2]!.replace(/(\d)(?:st|nd|rd|th)\b/, '$1'))[0];
		const date = d?.precision === 'day' ? d.date : shortYearDate(c[2]!.trim());
		if (date) return [{ date, source: 'dateline', evidence: c[0], weight: 0.85 }];
	}
	return [];
}

/** A line that is only a day, a month and a two-digit year ("11 Sep, 23", "Jan14’23"). */
export function shortYearDate(line: string): string | null {
	const g = SHORT_YEAR_LINE_RE.exec(line)?.groups;
	return g ? makeDate(2000 + Number(g.yy), monthOf(g), Number(g.d1 ?? g.d2 ?? g.d3)) : null;
}
