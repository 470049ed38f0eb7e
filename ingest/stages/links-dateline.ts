/**
 * The dateline of an article (the place, and maybe date and agency, a report opens with):
 * links-context.ts reads its country as that of an unqualified role, and its own places are not
 * parties of the events told after it.
 */
import type { Gazetteer, PlaceMention } from '../types';

/** A dateline's day and month ("May 7", "Oct.07", "12 March 2024") and its outlet's credit ("(AFP)"). */
const DAY_MONTH = String.raw`(?:[A-Z][a-z]{2,8}(?:\.\s*|\s+)\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?`;
const CREDIT = String.raw`\([^)]{1,40}\)`;

/**
 * What may follow the place of a dateline before its colon or dash: its country or state, a date
 * and the outlet ("ISLAMABAD, May 7 (Newsdesk) -", "KABUL, 12 March 2024 (AFP) —", "DUBAI, United
 * Arab Emirates (AP) —").
 */
const DATELINE_TAIL_RE = new RegExp(
	String.raw`^(?:\s*,\s*[A-Z][A-Za-z.']+(?:\s[A-Z][A-Za-z.']+){0,3}(?=\s*[,(:—–-]))?(?:\s*,\s*${DAY_MONTH})?(?:\s*${CREDIT})?\s*[:—–-]+\s*`
);

/**
 * An agency's credit after a place in title case ("Kabul (BNA)", "Kabul (Pajhwok):"), or a day and
 * month before the colon or dash ("New Delhi, Oct.07 (HS):", "Kabul, March 12 -").
 */
const AGENCY_TAIL_RE = new RegExp(
	String.raw`^(?:\s*\([A-Z][\w.&' -]{1,30}\)\s*[:—–-]*|\s*,\s*${DAY_MONTH}(?:\s*${CREDIT})?\s*[:—–-]+)\s*`
);

/** How many paragraphs a standfirst or a caption can put before the one the dateline opens. */
const DATELINE_WITHIN = 3;

/**
 * The dateline: a place at the very start of the first paragraph, in capitals and followed by a
 * colon or dash, or in title case with its agency's credit; or, after a standfirst or caption
 * ("… met in Saudi Arabia on Wednesday.", then "RIYADH — Prime Minister …"), in capitals at the
 * start of one of the next paragraphs.
 */
export function findDateline(
	paragraphs: readonly string[],
	mentions: readonly PlaceMention[],
	gazetteer: Gazetteer
) {
	for (const m of mentions) {
		const text = paragraphs[m.paragraph];
		if (m.paragraph >= DATELINE_WITHIN || text === undefined) continue;
		if (text.slice(0, m.start).trim() !== '') continue;
		const after = text.slice(m.end, m.end + 80);
		const capitals = m.text === m.text.toUpperCase();
		// "Kabul (BNA) United States …": in title case, a place is a dateline by its agency's credit.
		const tail = capitals
			? DATELINE_TAIL_RE.exec(after)
			: m.paragraph === 0
				? AGENCY_TAIL_RE.exec(after)
				: null;
		const place = gazetteer.get(m.place);
		if (tail && place?.country)
			return {
				paragraph: m.paragraph,
				country: place.country,
				end: m.end + tail[0].length
			};
	}
	return null;
}
