/**
 * What a paragraph's parties are read against, built once per article: the matcher over actor
 * names (actors.json), the surnames of people the article has named in full ("Pakistani Prime
 * Minister Imran Khan" … "Khan said"), and the dateline whose country an unqualified role
 * ("the foreign minister") belongs to. The paragraph's hits are found by links-parties.ts.
 */
import type { ActorIndex, Gazetteer, PlaceMention } from '../types';
import { holderOf, officeParty } from '../holders';
import type { Offices } from '../offices';
import { nameMatches, titledMentions } from '../office-mentions';
import { TITLE_WORDS } from './links-lexicon';
import { findDateline } from './links-dateline';
import { escapeRe } from '../escape-re';

/** Regexes over all actor names, longest first: names case-insensitively, acronyms case-sensitively. */
export interface ActorMatcher {
	res: RegExp[];
	byKey: Map<string, string>;
	/** Actors whose names are recognised but who are never a party (`party: false`). */
	notParties: Set<string>;
}

const matcherCache = new WeakMap<ActorIndex, ActorMatcher>();
/** Lookup key of a name: case, hyphens, spaces and apostrophe shapes do not matter. */
export const nameKey = (s: string) =>
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

/** "anti-Taliban", "pro-Pakistan": a name made a modifier of who is for or against it. */
export function notAPartyPrefix(text: string, start: number): boolean {
	return (
		text[start - 1] === '-' && NOT_A_PARTY_PREFIX_RE.test(text.slice(Math.max(0, start - 9), start))
	);
}

/**
 * Whether an actor name joined to other words by a hyphen still names the actor: in a compound of
 * parties ("U.S.-Taliban talks", "Taliban-Pakistan ties") or as the agent of "-led", "-run",
 * "-appointed"; not after "anti-", "pro-", "non-", nor in "Taliban-era", "Taliban-style".
 */
export function compoundOk(text: string, start: number, end: number): boolean {
	if (notAPartyPrefix(text, start)) return false;
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
	/** The paragraph the dateline opens (0 when none). */
	datelineParagraph: number;
	/**
	 * Offset in that paragraph where the text after the dateline begins (0 when none): the places
	 * before it are the dateline's.
	 */
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

const TWO_LETTER_WORDS = new Set(
	'al am an as at be by de do el go he if in is it me my no of oh on or so to up us we'.split(' ')
);

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
		// Two letters are a surname too ("Wang Yi" → Yi), but for words of English.
		if (last.length < 2 || (last.length === 2 && TWO_LETTER_WORDS.has(last.toLowerCase())))
			continue;
		if (NOT_SURNAMES.has(last) || /^[A-Z]+$/.test(last)) continue;
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
 * Names learned for parties, one word each: a word learned for two different parties is dropped
 * for good; short words, title words and common given names are never learned.
 */
function nameBook() {
	const learned = new Map<string, string>();
	const ambiguous = new Set<string>();
	const learn = (names: Iterable<string>, party: string) => {
		for (const name of names) {
			if (name.length < 3 || NOT_SURNAMES.has(name) || COMMON_NAME_WORDS.has(name)) continue;
			if (ambiguous.has(name)) continue;
			const known = learned.get(name);
			if (known !== undefined && known !== party) {
				learned.delete(name);
				ambiguous.add(name);
			} else learned.set(name, party);
		}
	};
	return { learned, learn };
}

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
	const book = nameBook();
	const learn = (text: string, end: number, party: string) => {
		const m = INTRO_TITLE_RE.exec(text.slice(end, end + 120));
		if (!m) return;
		const titles = (m[1] ?? '').trim().split(/\s+/);
		if (!titles.every((w) => INTRO_TITLE_WORDS.has(w.toLowerCase()))) return;
		book.learn(
			(m[2] ?? '')
				.trim()
				.split(/\s+/)
				.map((word) => word.replace(/[’']s$/, '')),
			party
		);
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
	return book.learned;
}

/**
 * Office-holders the article names in full ("Moeed Yusuf", offices.json): each one-word name of
 * theirs stands for the party they acted for then when it recurs alone ("Yusuf said after a
 * meeting with his Uzbek counterpart"). A name of two parties' holders is not learned.
 */
function learnHolders(
	paragraphs: readonly string[],
	offices: Offices,
	published: string | null
): Map<string, string> {
	const { learned, learn } = nameBook();
	// People are named in full where they are introduced, with a title: a cheap test first.
	for (const text of paragraphs) {
		if (!INTRO_CUE_RE.test(text)) continue;
		const names = nameMatches(text, offices);
		for (const m of names) {
			const words = m[0].split(/\W+/).filter(Boolean);
			if (words.length < 2) continue;
			const holder = holderOf(offices, m[0], published);
			if (holder) learn([words[words.length - 1]!, ...holder.shortNames], holder.party);
		}
		// "Foreign Minister Shah Makhdoom Qureshi": a title of the holder's office vouches for one word.
		if (names.length === 0) continue;
		for (const t of titledMentions(text, offices, names)) {
			const party = officeParty(t.holder);
			if (!t.former && party !== null) learn(text.slice(t.index, t.end).split(/\W+/), party);
		}
	}
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

export function articleContext(
	paragraphs: readonly string[],
	mentions: readonly PlaceMention[],
	gazetteer: Gazetteer,
	actors: ActorIndex,
	holders?: { offices: Offices | null | undefined; published: string | null }
): ArticleContext {
	const matcher = actorMatcher(actors);
	const surnames = holders?.offices
		? learnHolders(paragraphs, holders.offices, holders.published)
		: new Map<string, string>();
	// What the article itself says of a person wins over the offices file.
	for (const [name, party] of learnIntroducedNames(paragraphs, mentions, gazetteer, matcher))
		surnames.set(name, party);
	// Full names the geoparser knows win over names learned from introductions.
	for (const [name, iso] of learnSurnames(mentions, gazetteer)) surnames.set(name, iso);
	const dateline = findDateline(paragraphs, mentions, gazetteer);
	return {
		gazetteer,
		matcher,
		surnames,
		surnameRe: surnameRegex(surnames),
		datelineCountry: dateline?.country ?? null,
		datelineParagraph: dateline?.paragraph ?? 0,
		datelineEnd: dateline?.end ?? 0
	};
}
