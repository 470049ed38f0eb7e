/**
 * Search stage: the names a person may type to find something on the map (search.json), made
 * from the build's output and the geodata the ingest already reads. The app never reads geodata/,
 * so this is where it learns that "Rahmon" is Tajikistan's president and that "Islamic Emirate" is
 * the Taliban. Only names found in the articles are listed, each pointing at something the app can
 * select:
 *   - places: every place of places.geojson, with the other spellings its mentions used (the
 *     gazetteer form each mention matched, so "Kabul’s" adds nothing and "Federally Administrative
 *     Tribal Area" is FATA's), and the cues for a country that name no person ("Kremlin");
 *   - parties and organisations: the actors of actors.json that take part in a link, with those of
 *     their names the articles use; a state taking part with no place of its own, by its name;
 *   - people: the office holders of offices.json named in the articles by any of their names, and
 *     the person cues of aliases.json the geoparser found ("Boris Johnson"), each with the party
 *     (country) they belong to. A holder with no country (a UN envoy) has no party and is left out.
 * Deterministic: entries sorted by kind, name and target, aliases by name.
 */
import type { Article, SearchEntry, SearchIndexFile, SearchKind } from '../../src/lib/data/schema';
import { validateSearchIndex } from '../../src/lib/data/search';
import { surfaceAt } from '../gazetteer';
import { nameMatches } from '../office-mentions';
import { nameKey as holderKey, type Offices } from '../offices';
import type { ActorIndex, Gazetteer } from '../types';
import type { BuildOutput } from './build';
import { matcherOf } from './geoparse';
import { actorMatcher } from './links-context';

export interface SearchSources {
	gazetteer: Gazetteer;
	actors: ActorIndex;
	/** Terms of office (offices.json): who the people are, and their countries. */
	offices?: Offices | null;
	/** aliases.json `cues`: names and titles that imply a country, by ISO alpha-2 (see readCues). */
	cues?: ReadonlyMap<string, readonly string[]>;
}

const KIND_ORDER: Record<SearchKind, number> = { place: 0, party: 1, organisation: 2, person: 3 };
const ISO2_RE = /^[A-Z]{2}$/;

/** Two spellings are one name when they differ only in case, accents, spaces, hyphens or dots. */
function sameNameKey(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’']/g, "'")
		.replace(/[-\s.]+/g, '');
}

/** Names of one thing, first spelling of each kept. */
class Names {
	readonly #byKey = new Map<string, string>();
	add(name: string): void {
		const key = sameNameKey(name);
		if (!this.#byKey.has(key)) this.#byKey.set(key, name);
	}
	/** The names other than `name`, sorted. */
	aliasesOf(name: string): string[] {
		const own = sameNameKey(name);
		return [...this.#byKey]
			.filter(([key]) => key !== own)
			.map(([, n]) => n)
			.sort(byCodeUnits);
	}
	get size(): number {
		return this.#byKey.size;
	}
}

function byCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A cue that is a person's name: two or more capitalised words (particles such as "bin" between
 * them), none of them a word that makes it an institution. aliases.json mixes people ("Kamala
 * Harris") with institutions and titles ("State Department", "Kremlin", "Emir of Qatar") under
 * the same country; only the people go under People.
 */
const PERSON_NAME_RE =
	/^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:bin|bint|ibn|al|ul|de|van|von)\s+)*\p{Lu}[\p{L}'’.-]*)+$/u;
const INSTITUTION_WORD_RE =
	/\b(?:Department|Treasury|Administration|Ministry|Office|House|Street|State|Government|Council)\b/;

/** One person of offices.json: the rows of each office they held, joined by their full names. */
interface Person {
	/** The first full name of their first row ("Emomali Rahmon"). */
	name: string;
	country: string;
	/** Every spelling of theirs the articles use, as offices.json writes it. */
	found: Names;
}

/** The people of offices.json, and which of them each name can mean. */
function peopleOf(offices: Offices): Map<string, { spelling: string; people: Set<Person> }> {
	const byKey = new Map<string, { spelling: string; people: Set<Person> }>();
	// A full name (two words or more) names one person; a surname may name several ("Sharif").
	const byFullName = new Map<string, Person>();
	for (const row of offices.holders) {
		if (row.country === null) continue;
		const full = row.names.filter((n) => /[\s-]/.test(n.trim()));
		let person = full.map((n) => byFullName.get(holderKey(n))).find((p) => p !== undefined);
		person ??= { name: row.names[0]!, country: row.country, found: new Names() };
		for (const n of full) byFullName.set(holderKey(n), person);
		for (const n of row.names) {
			const key = holderKey(n);
			const entry = byKey.get(key) ?? { spelling: n, people: new Set() };
			entry.people.add(person);
			byKey.set(key, entry);
		}
	}
	return byKey;
}

/**
 * A one-word name next to another capitalised word is part of another name ("Haqqani Network",
 * "Jalaluddin Haqqani"), unless that word is a title ("President Putin", "General Bajwa").
 */
const NEXT_NAME_RE = /^[ \u00a0]\p{Lu}/u;
const WORD_BEFORE_RE = /(\p{Lu}[\p{L}.]*)[ \u00a0]$/u;
const OFFICE_WORDS = [
	'President',
	'Minister',
	'Secretary',
	'Premier',
	'Chancellor',
	'Envoy',
	'Ambassador',
	'Chief',
	'Commander',
	'Spokesperson',
	'Spokesman',
	'Spokeswoman',
	'Leader',
	'Emir',
	'Amir'
];

function partOfAnotherName(text: string, start: number, end: number, titles: Set<string>): boolean {
	if (NEXT_NAME_RE.test(text.slice(end, end + 2))) return true;
	const before = WORD_BEFORE_RE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
	return before !== undefined && !titles.has(before);
}

/** Capitalised words: where a holder's name can start. */
const WORD_RE = /\p{Lu}[\p{L}\p{M}'’.]*/gu;
/** A first word as compared: up to a space or hyphen, without dots or a possessive ("Putin’s"). */
const firstWord = (s: string) =>
	s
		.split(/[\s-]/, 1)[0]!
		.replace(/\./g, '')
		.replace(/['’]s$/, '');

/**
 * Every person of offices.json the articles name without doubt about who is meant. A name inside
 * a place's name the geoparser found ("Dar" of Dar es Salaam) is no person.
 */
function findPeople(
	articles: readonly Article[],
	offices: Offices,
	personTitles: ReadonlySet<string>
): Person[] {
	const names = peopleOf(offices);
	const titles = new Set([...personTitles, ...OFFICE_WORDS]);
	const found = new Set<Person>();
	// The expression over every holder's names is tried only where a word starts as one of them
	// does: run over every position of a large corpus it costs seconds.
	const firstWords = new Set(offices.holders.flatMap((h) => h.names.map(firstWord)));
	const ats = offices.names.map((re) => new RegExp(re.source, 'y'));
	/** The longest holder name starting at `index`, as one expression over them all would find. */
	const nameAt = (paragraph: string, index: number): RegExpExecArray | null => {
		let best: RegExpExecArray | null = null;
		for (const at of ats) {
			at.lastIndex = index;
			const m = at.exec(paragraph);
			if (m && (!best || m[0].length > best[0].length)) best = m;
		}
		return best;
	};
	for (const article of articles) {
		const placeNames = article.mentions.filter((m) => m.via === 'name');
		article.paragraphs.forEach((paragraph, i) => {
			let after = 0;
			for (const w of paragraph.matchAll(WORD_RE)) {
				if (w.index < after || !firstWords.has(firstWord(w[0]))) continue;
				const m = nameAt(paragraph, w.index);
				if (!m) continue;
				const start = m.index;
				after = start + m[0].length;
				const entry = names.get(holderKey(m[0]));
				if (!entry || entry.people.size !== 1) continue;
				if (placeNames.some((p) => p.paragraph === i && p.start < after && p.end > start)) continue;
				if (!/[\s-]/.test(m[0]) && partOfAnotherName(paragraph, start, after, titles)) continue;
				const [person] = entry.people;
				person!.found.add(entry.spelling);
				found.add(person!);
			}
		});
	}
	return [...found];
}

function* paragraphsOf(output: BuildOutput): Generator<string> {
	for (const a of output.articles) yield* a.paragraphs;
}

/** Which actors the paragraphs name, with the spellings (as actors.json writes them) they use. */
function findActorNames(output: BuildOutput, actors: ActorIndex): Map<string, Names> {
	const byKey = new Map<string, { id: string; name: string }>();
	for (const actor of actors.actors)
		for (const name of actor.names) byKey.set(sameNameKey(name), { id: actor.id, name });
	const found = new Map<string, Names>();
	const { res } = actorMatcher(actors);
	for (const paragraph of paragraphsOf(output)) {
		for (const re of res) {
			for (const m of paragraph.matchAll(re)) {
				const hit = byKey.get(sameNameKey(m[0]));
				if (!hit) continue;
				const names = found.get(hit.id) ?? new Names();
				names.add(hit.name);
				found.set(hit.id, names);
			}
		}
	}
	return found;
}

/** Each spelling the mentions of a place use, once per place (a large corpus repeats a few thousand). */
function spellingsByPlace(output: BuildOutput): Map<string, Set<string>> {
	const spellings = new Map<string, Set<string>>();
	for (const article of output.articles) {
		for (const m of article.mentions) {
			if (m.via === 'demonym') continue;
			const texts = spellings.get(m.place) ?? new Set();
			spellings.set(m.place, texts.add(m.text));
		}
	}
	return spellings;
}

/** A person named by a cue of aliases.json, with the country the cue implies. */
type CuePerson = { name: string; country: string };

/**
 * The gazetteer form each mention matched, by place. A form that is a cue for a country and
 * names a person (a holder the office scan finds itself, or a person's name) is no place name:
 * the cue's people are returned apart, those the office scan does not find.
 */
function mentionedNames(
	output: BuildOutput,
	sources: SearchSources,
	matcher: ReturnType<typeof matcherOf>
): { placeNames: Map<string, Names>; cuePeople: Map<string, CuePerson> } {
	// Cues by spelling: a person's name, or another name for the country (an institution).
	const cueCountry = new Map<string, string>();
	for (const [iso, forms] of sources.cues ?? new Map())
		for (const form of forms) cueCountry.set(holderKey(form), iso);
	const offices = sources.offices;
	const namesHolder = (form: string) => {
		if (!offices) return false;
		// "President Putin", "Vladimir Putin": the holder scan finds them in the text itself.
		const last = nameMatches(form, offices).at(-1);
		return last !== undefined && last.index + last[0].length === form.length;
	};
	const placeNames = new Map<string, Names>();
	const cuePeople = new Map<string, CuePerson>();
	for (const [place, texts] of spellingsByPlace(output)) {
		for (const text of texts) {
			const surface = surfaceAt(matcher, text);
			if (!surface || !surface.targets.some((t) => t.place === place)) continue;
			const iso = cueCountry.get(holderKey(surface.form));
			if (iso !== undefined && (namesHolder(surface.form) || isPersonName(surface.form))) {
				if (!namesHolder(surface.form))
					cuePeople.set(holderKey(surface.form), { name: surface.form, country: iso });
				continue;
			}
			const names = placeNames.get(place) ?? new Names();
			names.add(surface.form);
			placeNames.set(place, names);
		}
	}
	return { placeNames, cuePeople };
}

/** Parties with no place of their own: actors, and states the articles never name as places. */
function partyEntries(
	output: BuildOutput,
	sources: SearchSources,
	parties: ReadonlySet<string>,
	countryPlace: (iso: string) => string | null
): SearchEntry[] {
	const entries: SearchEntry[] = [];
	const actorNames = findActorNames(output, sources.actors);
	for (const party of parties) {
		if (ISO2_RE.test(party)) {
			if (countryPlace(party)) continue;
			const name = sources.gazetteer.country(party)?.name ?? party;
			entries.push({ name, kind: 'party', place: null, party, aliases: [] });
			continue;
		}
		const actor = sources.actors.get(party);
		if (!actor) continue;
		// Listed under the name every other view shows ("TTP"), found by its full name too.
		const name = output.links.parties?.[party] ?? actor.short ?? actor.name;
		const aliases = [actor.name, ...(actorNames.get(party)?.aliasesOf(actor.name) ?? [])];
		entries.push({
			name,
			kind: actor.country === null ? 'organisation' : 'party',
			place: null,
			party,
			aliases: [...new Set(aliases)].filter((a) => a !== name)
		});
	}
	return entries;
}

/** People: each selects their country's place, or their party when the place is not on the map. */
function personEntries(
	output: BuildOutput,
	sources: SearchSources,
	personTitles: ReadonlySet<string>,
	cuePeople: Map<string, CuePerson>,
	shown: { parties: ReadonlySet<string>; countryPlace: (iso: string) => string | null }
): SearchEntry[] {
	const people: Array<{ name: string; country: string; aliases: string[] }> = [];
	if (sources.offices) {
		for (const p of findPeople(output.articles, sources.offices, personTitles))
			people.push({ name: p.name, country: p.country, aliases: p.found.aliasesOf(p.name) });
	}
	for (const p of cuePeople.values()) people.push({ ...p, aliases: [] });
	const entries: SearchEntry[] = [];
	for (const p of people) {
		const place = shown.countryPlace(p.country);
		if (place === null && !shown.parties.has(p.country)) continue;
		entries.push({ name: p.name, kind: 'person', place, party: p.country, aliases: p.aliases });
	}
	return entries;
}

/** Builds the search index from the build's output. Throws if it breaks its own schema. */
export function buildSearchIndex(output: BuildOutput, sources: SearchSources): SearchIndexFile {
	const placeIds = new Set(output.places.features.map((f) => f.properties.id));
	const parties = new Set(output.links.features.flatMap((f) => f.properties.parties));
	const countryPlace = (iso: string) => {
		const id = `country-${iso.toLowerCase()}`;
		return placeIds.has(id) ? id : null;
	};
	// Places: the gazetteer form each mention matched. Person cues go to People instead.
	const matcher = matcherOf(sources.gazetteer);
	const { placeNames, cuePeople } = mentionedNames(output, sources, matcher);
	const entries: SearchEntry[] = output.places.features.map(({ properties: p }) => ({
		name: p.name,
		kind: 'place',
		place: p.id,
		party: p.kind === 'country' && p.country !== null && parties.has(p.country) ? p.country : null,
		aliases: placeNames.get(p.id)?.aliasesOf(p.name) ?? []
	}));
	entries.push(...partyEntries(output, sources, parties, countryPlace));
	entries.push(
		...personEntries(output, sources, matcher.rules.personTitles, cuePeople, {
			parties,
			countryPlace
		})
	);
	entries.sort(
		(a, b) =>
			KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
			byCodeUnits(a.name, b.name) ||
			byCodeUnits(a.place ?? '', b.place ?? '') ||
			byCodeUnits(a.party ?? '', b.party ?? '')
	);
	return validateSearchIndex({ entries }, 'search index');
}

function isPersonName(form: string): boolean {
	return PERSON_NAME_RE.test(form) && !INSTITUTION_WORD_RE.test(form);
}

/** search.json's text: one entry per line, so a diff of the generated data stays readable. */
export function searchIndexText(index: SearchIndexFile): string {
	if (index.entries.length === 0) return '{"entries":[]}\n';
	return `{"entries":[\n${index.entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
}
