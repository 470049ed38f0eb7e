/**
 * How sure a link is, in words for people: its certainty in a word, the date as it is known
 * ("≈ 2019", "Sep 2021?", "planned for March 2025"), the status and the reasons for the confidence,
 * and where an article's date was read. Read by the map's tooltip, the panel, the reader, the list,
 * the event feed and the tour, none of which the first frame draws, so these tables of words are
 * not part of the first load (certainty.ts holds what the map's drawing needs).
 */
import { certaintyOf, isDateInferred, UNCERTAIN_BELOW, type LinkCues } from './certainty';
import type { ArticleText, LinkProperties, LinkStatus, PublishedSource } from './schema';
import { MONTHS } from './date-words';

/** How sure a link is, in one word or phrase: its status when it did not take place. */
export function certaintyWord(link: LinkCues): string {
	const c = certaintyOf(link);
	return c === 'notHeld' ? STATUS_WORDS[link.status] : c === 'uncertain' ? 'uncertain' : 'sure';
}

export const STATUS_WORDS: Record<LinkStatus, string> = {
	held: 'took place',
	planned: 'planned',
	cancelled: 'called off or postponed',
	refused: 'refused by a party',
	denied: 'denied by a party'
};

/** "17 Sep 2021", "Sep 2021", "2021" (short months), or the long form "17 September 2021". */
function shortDate(date: string, long = false): string {
	const [y, m, d] = date.split('-');
	const name = m ? MONTHS[Number(m) - 1] : undefined;
	const month = name && !long ? name.slice(0, 3) : name;
	if (!month) return y ?? date;
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/**
 * The link's date as it is known: "17 Sep 2021" when the text gives it; "Sep 2021?" when the
 * event is dated by its article's publication (it happened about then); "≈ 2019" when the date is
 * inferred; "planned for March 2025" for a plan; "date unknown" without a date.
 */
export function dateAsKnown(link: LinkCues): string {
	if (link.date === null)
		return link.status === 'planned' ? 'planned, date unknown' : 'date unknown';
	if (link.status === 'planned') return `planned for ${shortDate(link.date, true)}`;
	if (link.corrected && link.dateBasis === 'corrected') return shortDate(link.date);
	if (isDateInferred(link)) return `≈ ${shortDate(link.date)}`;
	if (link.dateBasis === 'publication') return `${shortDate(link.date)}?`;
	return shortDate(link.date);
}

/** Each reason code in words (codes documented in docs/data.md). */
const REASON_WORDS: Record<string, string> = {
	'date:stated': 'date written in the sentence',
	'date:relative': "date counted from the article's date ('on Tuesday', 'last month')",
	'date:publication': "no date in the sentence: dated by the article's publication",
	'date:inferred': 'date inferred from the story around the sentence',
	'date:tenure':
		"year from the terms of office of the people the sentence names, not the article's date",
	'date:none': 'no date found',
	'pub:inferred': "the article's own date is inferred, not printed",
	'parties:reference': "a party named only as 'the two sides', 'the regime' or the like",
	'parties:person': 'a party named through a person or a title',
	'parties:capital': 'a government named by its capital',
	'parties:sentence': 'parties read from the whole sentence, not one clause',
	'parties:list': 'parties from a list of participants',
	'trigger:weak': "read from a word of attitude ('pressure', 'support'), not an act",
	quoted: 'inside a quotation'
};

/**
 * The reasons for a link's confidence in plain words: its cues, then how many sentences and
 * articles tell it ("one sentence, one article"). Unknown codes are shown as they are; a
 * correction is said by `confidenceWord`, not repeated here.
 */
export function reasonsInWords(
	link: Pick<LinkProperties, 'reasons' | 'articles'>,
	sentences?: number,
	/** What the articles' own inferred dates were inferred from, when known. */
	publishedCues: readonly string[] = []
): string[] {
	const out: string[] = [];
	for (const code of link.reasons) {
		if (code === 'corrected') continue;
		const words = REASON_WORDS[code] ?? code;
		out.push(
			code === 'pub:inferred' && publishedCues.length
				? `${words}: from ${publishedCues.join('; ')}`
				: words
		);
	}
	const s = sentences ?? link.articles;
	const sentenceWords = s === 1 ? 'one sentence' : `${s} sentences`;
	out.push(
		link.articles === 1
			? `${sentenceWords}, one article`
			: `${sentenceWords} in ${link.articles} articles`
	);
	return out;
}

/** "sure", "fairly sure", "uncertain" for a confidence, with the threshold the map uses. */
export function confidenceWord(link: Pick<LinkProperties, 'confidence' | 'corrected'>): string {
	if (link.corrected) return 'corrected by hand';
	if (link.confidence < UNCERTAIN_BELOW) return 'uncertain';
	return link.confidence < 0.6 ? 'fairly sure' : 'sure';
}

/** Where an article's publication date was read, for the reader ("read from the byline"). */
const PUBLISHED_SOURCE_WORDS: Record<PublishedSource, string> = {
	sidecar: "given in the article's metadata file",
	meta: "read from the page's metadata",
	'print-line': 'read from the print line',
	byline: 'read from the byline',
	dateline: 'read from the dateline',
	url: "read from the page's address",
	body: 'inferred from the text (no date printed)',
	correction: 'corrected by hand',
	none: 'no date found'
};

/** The article's publication date source in words, "inferred" said where it was. */
export function publishedSourceInWords(
	a: Pick<ArticleText, 'publishedSource' | 'publishedInferred'>
): string {
	const words = PUBLISHED_SOURCE_WORDS[a.publishedSource];
	if (a.publishedInferred && a.publishedSource === 'sidecar')
		return "inferred by a person (not printed on the page), given in the article's metadata file";
	return words;
}
