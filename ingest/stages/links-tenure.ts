/**
 * An event with no date of its own takes its page's date; but the office-holders its sentence
 * names with their titles as its actors say when it can have happened: "Foreign Minister Shah
 * Mahmood Qureshi visited Kabul" happened while he held that office (2018-08-20 … 2022-04-10),
 * whatever the date of a page that tells it later. When the page's date lies outside the terms of
 * every such actor (or before an event the sentence refers back to: "since the Taliban took
 * power"), the event is moved into them: to the year of the day nearest the page's date
 * (a page recounts recent events more often than old ones, and a title kept a few days after a
 * term ended is a slip, not an old story).
 *
 * Not used: a "former" title (held before the event, or only before the writing: it says
 * nothing sure of the event's time); a holder named as the speaker ("said Foreign Minister …",
 * "Qureshi told reporters"), whose words date the statement, not the event told.
 */
import type { LinkStatus, PartialDate } from '../../src/lib/data/schema';
import type { Interval, Offices } from '../offices';
import { holderLabel, termsOf, titledMentions, type TitledMention } from '../office-mentions';
import { anchorConstraints } from '../anchors';
import type { ExtractLinksInput } from './links-pass';
import { firstDayOf, intersect, KNOWN_UNTIL, lastDayOf } from './meta-days';

/** The words that make the holder named after them the speaker ("said Foreign Minister …"). */
const SPEAKER_BEFORE_RE =
	/\b(?:said|says|told|added|stated|noted|quoted|quoting|according\s+to|statement\s+by|remarks\s+by|tweeted|wrote)\b/i;
/** The words that make the holder named before them the speaker ("Qureshi, …, told reporters"). */
const SPEAKER_AFTER_RE =
	/^(?:\s*,[^,.;]{0,90},)?\s*(?:(?:has|had|also|further|later|then|however)\s+)*(?:said|says|told|stated|added|noted|remarked|tweeted|wrote|announced|confirmed|stressed|emphasi[sz]ed|underlined|urged|warned|claimed|asserted|insisted|maintained|explained|observed|pointed\s+out|was\s+quoted)\b/i;

function isSpeaker(sentence: string, m: TitledMention): boolean {
	return SPEAKER_BEFORE_RE.test(m.phraseBefore) || SPEAKER_AFTER_RE.test(sentence.slice(m.end));
}

/** The event's actors named with their titles, and the days their terms (all of them) allow. */
export interface EventTenure {
	allowed: Interval[];
	/** The holders and events, as "foreign minister Shah Mahmood Qureshi". */
	who: string[];
}

/**
 * The terms of the office-holders a sentence names with their titles as actors (a "then" title
 * too: "the then army chief Qamar Javed Bajwa met …"), intersected, from the first day of the
 * events it refers back to. Null when it names none, or when they never meet (the text or the
 * file is wrong somewhere: nothing is concluded).
 */
export function eventTenure(sentence: string, offices: Offices): EventTenure | null {
	let allowed: Interval[] | null = null;
	const who: string[] = [];
	for (const m of titledMentions(sentence, offices)) {
		if (m.former || isSpeaker(sentence, m)) continue;
		const terms = termsOf(m.holder);
		allowed = allowed ? intersect(allowed, terms) : terms;
		if (allowed.length === 0) return null;
		const label = holderLabel(m.holder);
		if (!who.includes(label)) who.push(label);
	}
	// Events it refers back to ("since the Taliban took power"): it happened after them.
	for (const c of anchorConstraints(sentence, offices)) {
		const after = c.allowed.map((i) => i.from ?? '').sort()[0];
		if (!after) continue;
		allowed = intersect(allowed ?? [{ from: null, to: null }], [{ from: after, to: null }]);
		if (allowed.length === 0) return null;
		who.push(c.reason);
	}
	return allowed && { allowed, who };
}

/** Whole days from a to b (ISO days). */
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/**
 * The year of the event a page's date put outside its actors' terms: the day of those terms
 * nearest that date, no later than the last day the page can have been written for an event told
 * as held. Null when the date already fits (or no day does): the page's date stays.
 */
export function yearInTenure(
	date: PartialDate,
	tenure: EventTenure,
	status: LinkStatus,
	writtenBy: string | null
): string | null {
	if (date === null) return null;
	const [from, to] = [firstDayOf(date), lastDayOf(date)];
	if (intersect(tenure.allowed, [{ from, to }]).length > 0) return null;
	const bound: Interval[] = [{ from: null, to: status === 'held' ? writtenBy : null }];
	let best: string | null = null;
	let bestGap = Infinity;
	for (const i of intersect(tenure.allowed, bound)) {
		const end = i.to ?? KNOWN_UNTIL;
		const start = i.from ?? end;
		// The interval lies wholly before or after the page's date: its nearer end.
		const day = end < from ? end : start;
		const gap = Math.abs(daysBetween(day, day < from ? from : to));
		if (gap < bestGap) [best, bestGap] = [day, gap];
	}
	return best && best.slice(0, 4) !== date.slice(0, 4) ? best.slice(0, 4) : null;
}

/**
 * The year an undated event's actors move it to (see above), or null: the page's date stays.
 * `date` is the page's, as the event took it.
 */
export function tenureYear(
	sentence: string,
	date: PartialDate,
	status: LinkStatus,
	input: Pick<ExtractLinksInput, 'article' | 'offices'>
): string | null {
	const { article, offices } = input;
	if (!offices || date === null || article.published === null) return null;
	const tenure = eventTenure(sentence, offices);
	if (!tenure) return null;
	// The last day the page can have been written: its printed date, or what the text allows.
	const writtenBy = article.publishedInferred
		? (article.publishedRange?.[1] ?? lastDayOf(article.published))
		: lastDayOf(article.published);
	return yearInTenure(date, tenure, status, writtenBy);
}
