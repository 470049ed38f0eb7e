/**
 * Who is named in a paragraph, and in what role: a party (a state or a non-state actor), the venue
 * of an event, the destination of a visit (venue and host at once), or nothing (a topic, a
 * location, a posting, media). Sources: the geoparser's mentions (country names, demonyms,
 * leaders' names and titles), capital-city metonymy ("Islamabad has taken Kabul into confidence"),
 * actor names from actors.json, surnames of people named in full earlier in the article, groups of
 * states ("the P-5") and unqualified government roles read as the dateline's country.
 */
import type { ActorIndex, Gazetteer, GazetteerPlace, PlaceMention } from '../types';
import {
	DEPARTURE_WORDS,
	DESTINATION_WORDS,
	EVENT_NAME_AFTER_RE,
	LOCATIVE_WORDS,
	MEDIA_NOUNS_RE,
	OFFICE_AFTER_RE,
	POSTING_WORDS,
	ROLE_RE,
	STATE_GROUPS,
	TITLE_WORDS,
	TOPIC_NOUNS_RE,
	TOPIC_OF_NOUNS,
	TOPIC_WORDS
} from './links-lexicon';
import { quoteSpans } from './links-sentences';

type HitRole = 'party' | 'venue' | 'destination';

export interface PartyHit {
	/** ISO alpha-2 or actor id; for a venue, the country of the place (may be null). */
	party: string | null;
	start: number;
	end: number;
	role: HitRole;
	/** Place id, for venues and destinations. */
	place?: string;
	source: 'country' | 'demonym' | 'capital' | 'actor' | 'person' | 'role' | 'group';
	/** Inside quotation marks (reported speech). */
	quoted?: boolean;
	/** Inside parentheses ("Joint Secretary (Pakistan-Afghanistan-Iran)", "(outlawed in Russia)"). */
	bracketed?: boolean;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regexes over all actor names, longest first: names case-insensitively, acronyms case-sensitively. */
export interface ActorMatcher {
	res: RegExp[];
	byKey: Map<string, string>;
	/** Actors whose names are recognised but who are never a party (`party: false`). */
	notParties: Set<string>;
}

const matcherCache = new WeakMap<ActorIndex, ActorMatcher>();
/** Lookup key of a name: case, hyphens, spaces and apostrophe shapes do not matter. */
const nameKey = (s: string) =>
	s
		.toLowerCase()
		.replace(/[-\s]+/g, '')
		.replace(/’/g, "'");

export function actorMatcher(actors: ActorIndex): ActorMatcher {
	const cached = matcherCache.get(actors);
	if (cached) return cached;
	const byKey = new Map<string, string>();
	const names: string[] = [];
	const acronyms: string[] = [];
	for (const actor of actors.actors) {
		for (const name of actor.names) {
			byKey.set(nameKey(name), actor.id);
			(/^[A-Z][A-Z.-]{1,6}$/.test(name) ? acronyms : names).push(name);
		}
	}
	const toSource = (list: string[]) =>
		list
			.sort((a, b) => b.length - a.length)
			.map((n) => escapeRe(n).replace(/-|\s+/g, '[-\\s]').replace(/['’]/g, "['’]"))
			.join('|');
	const res: RegExp[] = [];
	// Hyphens are allowed around a name ("U.S.-Taliban talks", "Taliban-led"); compoundOk judges them.
	if (names.length > 0) res.push(new RegExp(`(?<![\\w])(?:${toSource(names)})(?![\\w])`, 'gi'));
	if (acronyms.length > 0)
		res.push(new RegExp(`(?<![\\w])(?:${toSource(acronyms)})(?![\\w])`, 'g'));
	const notParties = new Set(actors.actors.filter((a) => a.party === false).map((a) => a.id));
	const matcher = { res, byKey, notParties };
	matcherCache.set(actors, matcher);
	return matcher;
}

const NOT_A_PARTY_PREFIX_RE = /(?:^|[^\w])(?:anti|pro|non|ex|post|pre|neo|counter|de)-$/i;
const PARTY_SUFFIX_RE =
	/^-(?:led|run|ruled|controlled|appointed|administered|governed|affiliated|linked|dominated|held|\p{Lu})/u;

/**
 * Whether an actor name joined to other words by a hyphen still names the actor: in a compound of
 * parties ("U.S.-Taliban talks", "Taliban-Pakistan ties") or as the agent of "-led", "-run",
 * "-appointed"; not after "anti-", "pro-", "non-", nor in "Taliban-era", "Taliban-style".
 */
function compoundOk(text: string, start: number, end: number): boolean {
	if (
		text[start - 1] === '-' &&
		NOT_A_PARTY_PREFIX_RE.test(text.slice(Math.max(0, start - 9), start))
	)
		return false;
	if (text[start - 1] === '-' && !/[\p{L}.]-$/u.test(text.slice(Math.max(0, start - 2), start)))
		return false;
	if (text[end] === '-' && !PARTY_SUFFIX_RE.test(text.slice(end, end + 16))) return false;
	return true;
}

/** Article-wide context the paragraph analysis needs. */
export interface ArticleContext {
	gazetteer: Gazetteer;
	matcher: ActorMatcher;
	/** Surname → ISO alpha-2, learned from people named in full in the article. */
	surnames: Map<string, string>;
	surnameRe: RegExp | null;
	/** Country of the dateline ("ISLAMABAD: …"), if the article has one. */
	datelineCountry: string | null;
	/** Mentions that are the dateline itself, by paragraph and offset. */
	datelineMention: PlaceMention | null;
	/** Offset in the first paragraph where the text after the dateline begins (0 when none). */
	datelineEnd: number;
}

const NOT_SURNAMES = new Set([
	...TITLE_WORDS,
	'Department',
	'Administration',
	'Street',
	'House',
	'Office',
	'Government',
	'Assembly',
	'Council',
	'Committee',
	'Commission',
	'Organisation',
	'Organization',
	'Ministry',
	'Union',
	'Nations',
	'Conference',
	'Secretariat'
]);

/** Surnames of people the geoparser tied to a country by full name ("Zalmay Khalilzad" → Khalilzad → US). */
function learnSurnames(
	mentions: readonly PlaceMention[],
	gazetteer: Gazetteer
): Map<string, string> {
	const surnames = new Map<string, string>();
	for (const m of mentions) {
		if (m.via !== 'alias') continue;
		const place = gazetteer.get(m.place);
		if (!place || place.kind !== 'country' || !place.country) continue;
		const words = m.text.split(/\s+/);
		if (words.length < 2 || !words.every((w) => /^[A-Z][\w’'-]*$/.test(w))) continue;
		const last = words[words.length - 1]?.replace(/[’']s$/, '') ?? '';
		if (last.length < 3 || NOT_SURNAMES.has(last) || /^[A-Z]+$/.test(last)) continue;
		surnames.set(last, place.country);
	}
	return surnames;
}

/** Given names and particles shared by too many people to stand for one of them. */
const COMMON_NAME_WORDS = new Set(
	(
		'Muhammad Mohammad Mohammed Muhammed Abdul Abdullah Ahmad Ahmed Ali Khan Shah Syed Sayed Haji Mir ' +
		'Amir Gul Din Ullah Bin Ibn Abu Al El Hassan Hussain Hussein Hasan Jan Zada Zai'
	).split(' ')
);

const INTRO_TITLE_RE = /^(?:(?:['’]s?)?\s+)((?:[\w-]+\s+){1,5}?)((?:[A-Z][a-z’'-]+\s?){1,4})/;

/**
 * Names of people introduced by nationality and title ("Chinese Foreign Minister Qin Gang", "the
 * Taliban's acting foreign minister Amir Khan Muttaqi"): each word of the name stands for that
 * state or actor when it recurs alone ("Qin also met …", "talks with Bilawal"). A word learned for
 * two different parties is dropped; common given names are never learned.
 */
function learnIntroducedNames(
	paragraphs: readonly string[],
	mentions: readonly PlaceMention[],
	gazetteer: Gazetteer,
	matcher: ActorMatcher
): Map<string, string> {
	const learned = new Map<string, string>();
	const ambiguous = new Set<string>();
	const learn = (text: string, end: number, party: string) => {
		const m = INTRO_TITLE_RE.exec(text.slice(end, end + 120));
		if (!m) return;
		const titles = (m[1] ?? '').trim().split(/\s+/);
		if (!titles.every((w) => INTRO_TITLE_WORDS.has(w.toLowerCase()))) return;
		for (const word of (m[2] ?? '').trim().split(/\s+/)) {
			const name = word.replace(/[’']s$/, '');
			if (name.length < 3 || NOT_SURNAMES.has(name) || COMMON_NAME_WORDS.has(name)) continue;
			if (ambiguous.has(name)) continue;
			const known = learned.get(name);
			if (known !== undefined && known !== party) {
				learned.delete(name);
				ambiguous.add(name);
			} else learned.set(name, party);
		}
	};
	// Only paragraphs with a title word can introduce anyone: a cheap test first.
	const titled = paragraphs.map((text) => INTRO_CUE_RE.test(text));
	for (const m of mentions) {
		if (!titled[m.paragraph]) continue;
		const place = gazetteer.get(m.place);
		if (place?.kind !== 'country' || !place.country || m.via === 'alias') continue;
		const text = paragraphs[m.paragraph];
		if (text !== undefined) learn(text, m.end, place.country);
	}
	paragraphs.forEach((text, p) => {
		if (!titled[p]) return;
		for (const re of matcher.res) {
			re.lastIndex = 0;
			for (let m = re.exec(text); m !== null; m = re.exec(text)) {
				const id = matcher.byKey.get(nameKey(m[0]));
				// "al-Qaeda leader Ayman al-Zawahiri": a member of a group that is never a party is none.
				if (id && !matcher.notParties.has(id) && compoundOk(text, m.index, m.index + m[0].length))
					learn(text, m.index + m[0].length, id);
			}
		}
	});
	return learned;
}

const INTRO_CUE_RE =
	/\b(?:[Mm]inister|[Pp]resident|[Ee]nvoy|[Ss]ecretary|[Cc]hief|[Ll]eader|[Ss]pokes(?:man|woman|person)|[Aa]mbassador|[Gg]eneral|[Cc]ommander|[Dd]irector|[Pp]remier|[Gg]overnor|[Aa]dvis[eo]r|[Rr]epresentative|[Dd]iplomat)\b/;

/** Title words, lower-cased, for introductions ("acting foreign minister"). */
const INTRO_TITLE_WORDS = new Set([
	...[...TITLE_WORDS].map((w) => w.toLowerCase()),
	'acting',
	'former',
	'top',
	'chief',
	'spy',
	'intelligence',
	'diplomat',
	'envoy',
	'minister',
	'of',
	'for'
]);

function surnameRegex(surnames: Map<string, string>): RegExp | null {
	if (surnames.size === 0) return null;
	const names = [...surnames.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
	return new RegExp(`\\b(?:${names.join('|')})\\b`, 'g');
}

/**
 * What may follow the place of a dateline before its colon or dash: a date and the outlet
 * ("ISLAMABAD, May 7 (Newsdesk) -", "KABUL, 12 March 2024 (AFP) —").
 */
const DATELINE_TAIL_RE =
	/^(?:\s*,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?)?(?:\s*\([^)]{1,40}\))?\s*[:—–-]+\s*/;

/** The dateline: a place in capitals at the very start of the first paragraph, followed by a colon or dash. */
function findDateline(
	paragraphs: readonly string[],
	mentions: readonly PlaceMention[],
	gazetteer: Gazetteer
) {
	const first = paragraphs[0];
	if (first === undefined) return null;
	for (const m of mentions) {
		if (m.paragraph !== 0 || first.slice(0, m.start).trim() !== '') continue;
		if (m.text !== m.text.toUpperCase()) continue;
		const tail = DATELINE_TAIL_RE.exec(first.slice(m.end, m.end + 80));
		const place = gazetteer.get(m.place);
		if (tail && place?.country)
			return { mention: m, country: place.country, end: m.end + tail[0].length };
	}
	return null;
}

export function articleContext(
	paragraphs: readonly string[],
	mentions: readonly PlaceMention[],
	gazetteer: Gazetteer,
	actors: ActorIndex
): ArticleContext {
	const matcher = actorMatcher(actors);
	const surnames = learnIntroducedNames(paragraphs, mentions, gazetteer, matcher);
	// Full names the geoparser knows win over names learned from introductions.
	for (const [name, iso] of learnSurnames(mentions, gazetteer)) surnames.set(name, iso);
	const dateline = findDateline(paragraphs, mentions, gazetteer);
	return {
		gazetteer,
		matcher,
		surnames,
		surnameRe: surnameRegex(surnames),
		datelineCountry: dateline?.country ?? null,
		datelineMention: dateline?.mention ?? null,
		datelineEnd: dateline?.end ?? 0
	};
}

const overlapsAny = (
	start: number,
	end: number,
	spans: readonly { start: number; end: number }[]
) => spans.some((s) => start < s.end && end > s.start);

/** Up to three lower-cased words before `pos`, nearest first, skipping articles ("visit to the" → to, visit). */
function wordsBefore(text: string, pos: number): string[] {
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

type PlaceContext = 'destination' | 'venue' | 'location' | 'topic' | 'posting' | null;

/** What the words before a place make of it. */
/** "in Qatar’s capital of Doha", "to the port city of Gwadar": the place after "of" is where. */
const HEAD_OF_RE =
	/\b(in|at|to|into)\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,2}(?:capital|city|town|port|province|district|region)\s+of\s+$/iu;

function contextBefore(text: string, start: number, possessive: boolean): PlaceContext {
	const [w1 = '', w2 = ''] = wordsBefore(text, start);
	if (w1 === 'of') {
		const head = HEAD_OF_RE.exec(text.slice(Math.max(0, start - 60), start));
		if (head) return head[1]!.toLowerCase().startsWith('t') ? 'destination' : 'venue';
	}
	if (DESTINATION_WORDS.has(w1) && w1 !== 'delegation' && w1 !== 'delegations' && w1 !== 'mission')
		return 'destination';
	if ((w1 === 'to' || w1 === 'in' || w1 === 'into') && DESTINATION_WORDS.has(w2))
		return 'destination';
	// "departed for New Delhi", "will leave for Beijing".
	if (w1 === 'for' && DEPARTING_FOR_WORDS.has(w2)) return 'destination';
	if ((w1 === 'to' || w1 === 'for' || w1 === 'in') && POSTING_WORDS.has(w2)) return 'posting';
	if (w1 === 'from' && DEPARTURE_WORDS.has(w2)) return 'location';
	if (w1 === 'of' && TOPIC_OF_NOUNS.has(w2)) return 'topic';
	if (w1 === 'at' && possessive) return null;
	if (w1 === 'in' || w1 === 'at') return 'venue';
	if (LOCATIVE_WORDS.has(w1)) return 'location';
	if (TOPIC_WORDS.has(w1)) return 'topic';
	return null;
}

const DEPARTING_FOR_WORDS = new Set([
	'departed',
	'departs',
	'left',
	'leave',
	'leaves',
	'leaving',
	'headed',
	'heads',
	'bound',
	'set',
	'sets'
]);

/** "Afghanistan’s immediate land neighbours, Tajikistan, …": the neighbours act, not the country. */
const NEIGHBOURS_AFTER_RE = /^(?:[’']s?)?\s+(?:[a-z-]+\s+){0,2}neighbou?r(?:s|ing)\b/;

/** A coordinated list ("for China, Russia, and Iran"): later items share the first item's context. */
const LIST_GAP_RE = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)$/;

function classifyPlace(
	m: PlaceMention,
	text: string,
	ctx: ArticleContext,
	previous: { end: number; context: PlaceContext } | null
): { hit: PartyHit | null; context: PlaceContext } {
	const place = ctx.gazetteer.get(m.place);
	if (!place || m === ctx.datelineMention) return { hit: null, context: null };
	const after = text.slice(m.end, m.end + 40);
	const possessive = /^[’']s?\b/.test(after);
	const listed = previous !== null && LIST_GAP_RE.test(text.slice(previous.end, m.start));
	const context = listed ? previous.context : contextBefore(text, m.start, possessive);
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
			if (
				TOPIC_NOUNS_RE.test(after) ||
				/intra-$/i.test(text.slice(Math.max(0, m.start - 6), m.start))
			)
				return null;
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
		if (context !== null || /^[\s-]*(?:led|owned|based)\b/.test(after)) return null;
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
	if (capital && context === null && !OFFICE_AFTER_RE.test(after))
		return { start: m.start, end: m.end, party: iso, role: 'party', source: 'capital' };
	return null;
}

/** "officials in Beirut said", "a spokesman said in Ramallah": where a statement was made, not an event. */
const SPEAKER_FRAME_AFTER_RE = /^\s*,?\s+(?:said|says|say|told|announced|reported|stated)\b/;
const SPEAKER_FRAME_BEFORE_RE = /\b(?:said|says|told|announced|stated|reported)\s+(?:in|at)\s+$/;

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
const AT_BEFORE_RE = /\b(?:at|during)\s+(?:the\s+|an?\s+)?$/i;
const FORUM_AFTER_RE =
	/^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:summits?|meetings?|sessions?|conferences?|forums?|councils?|assembly|gatherings?)\b/i;
const ACTOR_EVENT_AFTER_RE =
	/^(?:['’]s)?\s+(?:takeover|insurgency|offensive|resurgence|rule|era|victory|return\s+to\s+power|capture|seizure|conquest)\b/i;

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
			if (!id || ACTOR_TOPIC_WORDS.has(wordsBefore(text, m.index)[0] ?? '')) continue;
			// "following the Taliban takeover", "under Taliban rule": an event or an era, not an actor.
			if (ACTOR_EVENT_AFTER_RE.test(text.slice(span.end, span.end + 24))) continue;
			// "on the sidelines of the UN General Assembly", "at SCO meetings": a forum, not a party.
			if (
				FORUM_BEFORE_RE.test(text.slice(Math.max(0, span.start - 48), span.start)) ||
				(AT_BEFORE_RE.test(text.slice(Math.max(0, span.start - 12), span.start)) &&
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
	// ", who is the main character behind the move to bring the Taliban closer to Russia,".
	WHO_ASIDE_RE.lastIndex = 0;
	for (let m = WHO_ASIDE_RE.exec(text); m !== null; m = WHO_ASIDE_RE.exec(text)) {
		const span = [{ start: m.index, end: m.index + m[0].length }];
		for (let i = hits.length - 1; i >= 0; i--)
			if (overlapsAny(hits[i]!.start, hits[i]!.end, span)) hits.splice(i, 1);
	}
	return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}
