/**
 * What the words around a place make of it in a sentence: where an event is (venue), where someone
 * went (destination), where something merely is (location), what is talked about (topic), a
 * posting, or nothing (the place acts). Read by links-parties.ts for every place mention.
 */
import {
	ACTS_AFTER_RE,
	DEPARTURE_WORDS,
	DESTINATION_WORDS,
	LOCATIVE_WORDS,
	OFFICIALS_IN_WORDS,
	POSTING_WORDS,
	TOPIC_OF_NOUNS,
	TOPIC_WORDS,
	VISITING_VERB_RE,
	WATER_OF_WORDS
} from './links-lexicon';

/** Up to three lower-cased words before `pos`, nearest first, skipping articles ("visit to the" → to, visit). */
export function wordsBefore(text: string, pos: number): string[] {
	const out: string[] = [];
	let i = pos;
	while (out.length < 3 && i > 0) {
		while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
		const end = i;
		while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
		if (i === end) break;
		const w = text.slice(i, end).toLowerCase();
		if (w !== 'the' && w !== 'a' && w !== 'an') out.push(w);
	}
	return out;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
/** Letters, digits, hyphen and apostrophes (ASCII and ’). */
const isWordChar = (c: number) =>
	(c >= 97 && c <= 122) ||
	(c >= 65 && c <= 90) ||
	(c >= 48 && c <= 57) ||
	c === 45 ||
	c === 39 ||
	c === 8217 ||
	c === 95 ||
	c > 191;

export type PlaceContext = 'destination' | 'venue' | 'location' | 'topic' | 'posting' | null;

/** "in Qatar’s capital of Doha", "to the port city of Gwadar": the place after "of" is where. */
const HEAD_OF_RE =
	/\b(in|at|to|into)\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,2}(?:capital|city|town|port|province|district|region)\s+of\s+$/iu;

/**
 * A mission reopened or an envoy recalled ("reopened its embassy in Kabul", "recalled its
 * ambassador from Tehran"): the country of the posting is the other side of the act. (A mission
 * closed is not read: embassies close for safety as often as in protest.)
 */
const MISSION_ACT_RE =
	/\b(?:re-?open(?:ed|s|ing)|recall(?:ed|s|ing)?)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:embassy|consulate|high\s+commission|ambassador|envoy|high\s+commissioner)\s+(?:in|to|from)\s+$/i;

/** Officials qualified by another name before them ("US officials in", "Pakistani diplomats in"). */
const OTHERS_OFFICIALS_RE =
	/\b\p{Lu}[\p{L}.]*\s+(?:\p{Ll}+\s+)?(?:officials|authorities|leaders|diplomats|lawmakers|politicians|officers)\s+in\s+$/u;

/** "regional issues, including Afghanistan and Ukraine": the places listed are what was talked about. */
const ISSUES_INCLUDING_RE =
	/\b(?:issues?|matters?|topics?|questions?|developments?|situations?|subjects?|crises|conflicts?|challenges|concerns)\s*,?\s*(?:including|such\s+as|like|namely|notably|particularly|especially)\s+(?:the\s+(?:situation|developments?|crisis|conflict|war)\s+in\s+)?$/i;

/** What the words before a place make of it. */
export function contextBefore(
	text: string,
	start: number,
	end: number,
	possessive: boolean
): PlaceContext {
	const [w1 = '', w2 = ''] = wordsBefore(text, start);
	if (w1 === 'of') {
		const head = HEAD_OF_RE.exec(text.slice(Math.max(0, start - 60), start));
		if (head) return head[1]!.toLowerCase().startsWith('t') ? 'destination' : 'venue';
	}
	// "is visiting Tokyo" is where they went ("visiting Pakistani officials" names who travelled).
	const verb =
		w1 === 'visiting' && VISITING_VERB_RE.test(text.slice(Math.max(0, start - 40), start));
	if (verb || (DESTINATION_WORDS.has(w1) && !/^(?:delegations?|mission)$/.test(w1)))
		return 'destination';
	if ((w1 === 'to' || w1 === 'in' || w1 === 'into') && DESTINATION_WORDS.has(w2))
		return 'destination';
	// "departed for New Delhi", "will leave for Beijing".
	if (w1 === 'for' && DEPARTING_FOR_WORDS.has(w2)) return 'destination';
	if ((w1 === 'to' || w1 === 'for' || w1 === 'in' || w1 === 'from') && POSTING_WORDS.has(w2)) {
		if (MISSION_ACT_RE.test(text.slice(Math.max(0, start - 80), start))) return 'destination';
		// "envoys from Iran" are Iran's; "ambassador to Kabul" is posted there.
		if (w1 !== 'from') return 'posting';
	}
	if (w1 === 'from' && DEPARTURE_WORDS.has(w2)) return 'location';
	if (ISSUES_INCLUDING_RE.test(text.slice(Math.max(0, start - 60), start))) return 'topic';
	if (w1 === 'of' && TOPIC_OF_NOUNS.has(w2)) return 'topic';
	// "the Sea of Oman": a body of water; "Officials in Russia have said": the country's own people.
	if (w1 === 'of' && WATER_OF_WORDS.has(w2)) return 'location';
	// "Officials in Russia have said": the country's own people; "met US officials in Qatar": where
	// another country's people met.
	if (w1 === 'in' && OFFICIALS_IN_WORDS.has(w2))
		return OTHERS_OFFICIALS_RE.test(text.slice(Math.max(0, start - 60), start)) ? 'venue' : null;
	if (w1 === 'at' && possessive) return null;
	if (w1 === 'in' || w1 === 'at') return 'venue';
	if (LOCATIVE_WORDS.has(w1)) return 'location';
	if (TOPIC_WORDS.has(w1) && !ACTS_AFTER_RE.test(text.slice(end, end + 80))) return 'topic';
	return null;
}

const DEPARTING_FOR_WORDS = new Set(
	'departed departs left leave leaves leaving headed heads bound set sets'.split(' ')
);
