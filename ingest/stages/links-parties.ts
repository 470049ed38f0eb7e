/**
 * Who is named in a paragraph, and in what role: a party (a state or a non-state actor), the venue
 * of an event, the destination of a visit (venue and host at once), or nothing (a topic, a
 * location, a posting, media). Sources: the geoparser's mentions (country names, demonyms, leaders'
 * names and titles), capital-city metonymy ("Islamabad has taken Kabul into confidence"), actors.json,
 * surnames of people named in full earlier, groups of states ("the P-5") and unqualified government
 * roles read as the dateline's country; what the whole article gives is built in links-context.ts.
 */
import type { GazetteerPlace, PlaceMention } from '../types';
import {
	EVENT_NAME_AFTER_RE,
	BASED_AFTER_RE,
	FORCE_NOUNS_RE,
	SPEAKER_FRAME_AFTER_RE,
	SPEAKER_FRAME_BEFORE_RE,
	MEDIA_NOUNS_RE,
	OFFICE_AFTER_RE,
	ROLE_RE,
	STATE_GROUPS,
	TOPIC_NOUNS_RE,
	TOPIC_OF_NOUNS,
	COUNTRY_AS_MODIFIER_RE
} from './links-lexicon';
import { contextBefore, wordsBefore, type PlaceContext } from './links-place-context';
import { quoteSpans } from './links-sentences';
import { compoundOk, nameKey, notAPartyPrefix, type ArticleContext } from './links-context';

type HitRole = 'party' | 'venue' | 'destination';

export interface PartyHit {
	/** ISO alpha-2 or actor id; for a venue, the country of the place (may be null). */
	party: string | null;
	start: number;
	end: number;
	role: HitRole;
	/** Place id, for venues and destinations. */
	place?: string;
	/** `force`: a demonym naming armed forces ("Afghan troops"), a party only in a border clash. */
	source: 'country' | 'demonym' | 'force' | 'capital' | 'actor' | 'person' | 'role' | 'group';
	/** Inside quotation marks (reported speech). */
	quoted?: boolean;
	/** Inside parentheses ("Joint Secretary (Pakistan-Afghanistan-Iran)", "(outlawed in Russia)"). */
	bracketed?: boolean;
}

const overlapsAny = (
	start: number,
	end: number,
	spans: readonly { start: number; end: number }[]
) => spans.some((s) => start < s.end && end > s.start);

/** "Afghanistan’s immediate land neighbours, Tajikistan, …": the neighbours act, not the country. */
const NEIGHBOURS_AFTER_RE = /^(?:[’']s?)?\s+(?:[a-z-]+\s+){0,2}neighbou?r(?:s|ing)\b/;

/**
 * A coordinated list ("for China, Russia, and Iran"): later items share the first item's context,
 * across an abbreviation in brackets ("visit United Arab Emirates (UAE), Qatar and Saudi Arabia").
 */
const LIST_GAP_RE = /^(?:\s*\([A-Z.]{2,8}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)$/;

function classifyPlace(
	m: PlaceMention,
	text: string,
	ctx: ArticleContext,
	previous: { end: number; context: PlaceContext } | null
): { hit: PartyHit | null; context: PlaceContext } {
	const place = ctx.gazetteer.get(m.place);
	if (
		!place ||
		(m.paragraph === ctx.datelineParagraph && m.start < ctx.datelineEnd) ||
		notAPartyPrefix(text, m.start)
	)
		return { hit: null, context: null };
	const after = text.slice(m.end, m.end + 40);
	const possessive = /^[’']s?\b/.test(after);
	const listed = previous !== null && LIST_GAP_RE.test(text.slice(previous.end, m.start));
	const context = listed ? previous.context : contextBefore(text, m.start, m.end, possessive);
	return { hit: placeHit(m, place, text, ctx, context, after), context };
}

/** The hit a place mention makes in its context, if any. (No closures here: this runs per mention.) */
function placeHit(
	m: PlaceMention,
	place: GazetteerPlace,
	text: string,
	ctx: ArticleContext,
	context: PlaceContext,
	after: string
): PartyHit | null {
	const iso = place.country;
	if (place.kind === 'country') {
		if (
			!iso ||
			MEDIA_NOUNS_RE.test(after) ||
			context === 'posting' ||
			OFFICE_AFTER_RE.test(after) ||
			NEIGHBOURS_AFTER_RE.test(after)
		)
			return null;
		if (m.via === 'demonym') {
			if (FORCE_NOUNS_RE.test(after))
				return { start: m.start, end: m.end, party: iso, role: 'party', source: 'force' };
			const before = text.slice(Math.max(0, m.start - 16), m.start);
			// "the Pak-Afghan border": both sides of the border named, each a party.
			const paired = /\b\p{Lu}[\p{L}.]*-$/u.test(before) && /^\s*borders?\b/i.test(after);
			if ((TOPIC_NOUNS_RE.test(after) && !paired) || /intra-$/i.test(before)) return null;
			return { start: m.start, end: m.end, party: iso, role: 'party', source: 'demonym' };
		}
		if (context === 'destination')
			return {
				start: m.start,
				end: m.end,
				party: iso,
				role: 'destination',
				place: place.id,
				source: 'country'
			};
		if (context !== null || COUNTRY_AS_MODIFIER_RE.test(after)) return null;
		return { start: m.start, end: m.end, party: iso, role: 'party', source: 'country' };
	}
	if (context === 'posting' || context === 'location') return null;
	if (context === 'destination')
		return {
			start: m.start,
			end: m.end,
			party: iso,
			role: 'destination',
			place: place.id,
			source: 'capital'
		};
	if (context === 'venue' || EVENT_NAME_AFTER_RE.test(after)) {
		const statement =
			SPEAKER_FRAME_AFTER_RE.test(after) ||
			SPEAKER_FRAME_BEFORE_RE.test(text.slice(Math.max(0, m.start - 30), m.start));
		if ((place.kind === 'city' || place.kind === 'other') && !statement)
			return {
				start: m.start,
				end: m.end,
				party: iso,
				role: 'venue',
				place: place.id,
				source: 'capital'
			};
		return null;
	}
	const capital =
		place.kind === 'city' &&
		iso !== null &&
		(place.capital === true || ctx.gazetteer.capital(iso)?.id === place.id);
	// "the Taliban's Doha-based political office": where someone sits, not the state acting.
	if (capital && context === null && !OFFICE_AFTER_RE.test(after) && !BASED_AFTER_RE.test(after))
		return { start: m.start, end: m.end, party: iso, role: 'party', source: 'capital' };
	return null;
}

/** Character ranges inside parentheses. */
function bracketSpans(text: string): Array<{ start: number; end: number }> {
	const spans: Array<{ start: number; end: number }> = [];
	// "(outlawed in Russia)", "Joint Secretary (Pakistan-Afghanistan-Iran)".
	const re = /\([^()]{1,80}\)/g;
	for (let m = re.exec(text); m !== null; m = re.exec(text))
		spans.push({ start: m.index, end: m.index + m[0].length });
	return spans;
}

/** A relative clause about a person, set off by commas: it describes them, it names no parties. */
const WHO_ASIDE_RE = /,\s+(?:who|whose)\s[^,;.]{3,140},/g;

const ACTOR_TOPIC_WORDS = new Set(['towards', 'toward', 'regarding', 'concerning', 'about']);
const FORUM_BEFORE_RE = /\bsidelines\s+of\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,4}$/i;
const AT_BEFORE_RE =
	/\b(?:at|during|in|to|before|addressing)\s+(?:the\s+|an?\s+)?(?:(?:[\w-]+\s+){0,2}?(?:session|meeting|summit|sitting)\s+of\s+(?:the\s+)?)?$/i;
const FORUM_AFTER_RE =
	/^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:summits?|meetings?|sessions?|conferences?|forums?|councils?|assembly|gatherings?)\b/i;
const ACTOR_EVENT_AFTER_RE =
	/^(?:['’]s)?\s+(?:takeover|insurgency|offensive|resurgence|rule|era|victory|return\s+to\s+power|capture|seizure|conquest)\b/i;

const UNDER_BEFORE_RE = /\bunder\s+(?:the\s+)?$/i;
const PRESSURE_AFTER_RE = /^(?:['’]s)?\s+pressure\b/i;
const PRESSURE_FROM_RE = /\bunder\s+(?:\w+\s+)?pressure\s+(?:from|by)\s+(?:the\s+)?$/i;
const CAUSE_BEFORE_RE = /\b(?:due\s+to|because\s+of|owing\s+to)\s+(?:an?\s+|the\s+)?$/i;
const LIST_AFTER_RE =
	/^(?:['’]s)?\s+(?:blacklist|sanctions?|travel\s+ban|terror(?:ist)?\s+list)\b/i;
/** "in accordance with the United Nations Charter": the body's charter, not the body acting. */
const TEXTS_AFTER_RE = /^(?:['’]s)?\s+Charter\b/i;
const CHARTER_BEFORE_RE = /\bCharter\s+of\s+(?:the\s+)?$/i;
/** "Iran's representative to the United Nations", "ambassador to Afghanistan, Iraq and the United Nations": a posting. */
const POSTED_TO_BEFORE_RE =
	/\b(?:ambassador|envoy|representative|delegate)s?\s+to\s+(?:(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s*(?:,|\band\b)\s*)*(?:the\s+)?$/iu;

/**
 * "perhaps under the US pressure", "under pressure from Washington": who pressed, not who took
 * part; "citing the inability to travel due to a United Nations blacklist": a cause, not a party;
 * "in accordance with the United Nations Charter": a body's texts, not the body; "Iran's
 * representative to the United Nations": where someone is posted, not the body acting.
 */
function dropPressing(text: string, hits: PartyHit[]): void {
	for (let i = hits.length - 1; i >= 0; i--) {
		const h = hits[i]!;
		const before = text.slice(Math.max(0, h.start - 24), h.start);
		const after = text.slice(h.end, h.end + 24);
		if (
			(UNDER_BEFORE_RE.test(before) && PRESSURE_AFTER_RE.test(after)) ||
			PRESSURE_FROM_RE.test(before) ||
			(CAUSE_BEFORE_RE.test(before) && LIST_AFTER_RE.test(after)) ||
			TEXTS_AFTER_RE.test(after) ||
			CHARTER_BEFORE_RE.test(before) ||
			POSTED_TO_BEFORE_RE.test(text.slice(Math.max(0, h.start - 80), h.start))
		)
			hits.splice(i, 1);
	}
}

/** All hits in one paragraph, in text order. */
export function paragraphHits(
	text: string,
	mentions: readonly PlaceMention[],
	ctx: ArticleContext
): PartyHit[] {
	const hits: PartyHit[] = [];
	const actorSpans: Array<{ start: number; end: number }> = [];
	for (const re of ctx.matcher.res) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m !== null; m = re.exec(text)) {
			const span = { start: m.index, end: m.index + m[0].length };
			if (overlapsAny(span.start, span.end, actorSpans)) continue;
			if (!compoundOk(text, span.start, span.end)) continue;
			actorSpans.push(span);
			const id = ctx.matcher.byKey.get(nameKey(m[0]));
			const [w1, w2] = wordsBefore(text, m.index);
			// "towards the Taliban", "rejuvenation of SAARC": what is talked of, not who acts.
			if (!id || ACTOR_TOPIC_WORDS.has(w1 ?? '') || (w1 === 'of' && TOPIC_OF_NOUNS.has(w2 ?? '')))
				continue;
			// "following the Taliban takeover", "under Taliban rule": an event or an era, not an actor.
			if (ACTOR_EVENT_AFTER_RE.test(text.slice(span.end, span.end + 24))) continue;
			// "on the sidelines of the UN General Assembly", "at SCO meetings": a forum, not a party.
			if (
				FORUM_BEFORE_RE.test(text.slice(Math.max(0, span.start - 48), span.start)) ||
				(AT_BEFORE_RE.test(text.slice(Math.max(0, span.start - 48), span.start)) &&
					FORUM_AFTER_RE.test(text.slice(span.end, span.end + 40)))
			)
				continue;
			if (ctx.matcher.notParties.has(id)) continue;
			hits.push({ ...span, party: id, role: 'party', source: 'actor' });
		}
	}
	let previous: { end: number; context: PlaceContext } | null = null;
	for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
		if (overlapsAny(m.start, m.end, actorSpans)) continue;
		const { hit, context } = classifyPlace(m, text, ctx, previous);
		if (hit) hits.push(hit);
		previous = { end: m.end, context };
	}
	const taken = [...actorSpans, ...mentions];
	if (ctx.surnameRe) {
		ctx.surnameRe.lastIndex = 0;
		for (let m = ctx.surnameRe.exec(text); m !== null; m = ctx.surnameRe.exec(text)) {
			const span = { start: m.index, end: m.index + m[0].length };
			const iso = ctx.surnames.get(m[0]);
			if (iso && !overlapsAny(span.start, span.end, taken))
				hits.push({ ...span, party: iso, role: 'party', source: 'person' });
		}
	}
	for (const [re, members] of STATE_GROUPS) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m !== null; m = re.exec(text))
			for (const iso of members)
				hits.push({
					start: m.index,
					end: m.index + m[0].length,
					party: iso,
					role: 'party',
					source: 'group'
				});
	}
	if (ctx.datelineCountry) {
		ROLE_RE.lastIndex = 0;
		for (let m = ROLE_RE.exec(text); m !== null; m = ROLE_RE.exec(text)) {
			const span = { start: m.index, end: m.index + m[0].length };
			if (!overlapsAny(span.start, span.end, taken))
				hits.push({ ...span, party: ctx.datelineCountry, role: 'party', source: 'role' });
		}
	}
	const quotes = quoteSpans(text);
	if (quotes.length > 0) for (const h of hits) h.quoted = overlapsAny(h.start, h.end, quotes);
	const brackets = bracketSpans(text);
	if (brackets.length > 0)
		for (const h of hits) h.bracketed = overlapsAny(h.start, h.end, brackets);
	dropAsides(text, hits);
	return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Parties named only as context: who pressed, or an aside about someone. */
function dropAsides(text: string, hits: PartyHit[]): void {
	dropPressing(text, hits);
	// ", who is the main character behind the move to bring the Taliban closer to Russia,".
	WHO_ASIDE_RE.lastIndex = 0;
	for (let m = WHO_ASIDE_RE.exec(text); m !== null; m = WHO_ASIDE_RE.exec(text)) {
		const span = [{ start: m.index, end: m.index + m[0].length }];
		for (let i = hits.length - 1; i >= 0; i--)
			if (overlapsAny(hits[i]!.start, hits[i]!.end, span)) hits.splice(i, 1);
	}
}
