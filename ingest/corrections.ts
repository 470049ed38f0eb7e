/**
 * The corrections file (geodata/corrections.json): a person's fixes to what the pipeline read,
 * kept apart from the articles so that they survive every re-ingest. Described for people in
 * docs/data.md. Pure: the CLI reads the file and hands its text here.
 *
 *   parseCorrections  the file's text → typed entries, the document as read, one line per bad entry
 *   correctedDates    the publication dates it gives, by article file (set before links are read)
 *   applyCorrections  the links read in each article → rejected ones out, changed ones changed,
 *                     added ones in (before the build merges links across articles); one line
 *                     for every entry that matched nothing
 *
 * An entry names an article by its file name and a link by a verbatim piece of one of its
 * evidence sentences, never by a generated id, so it keeps applying when ids and wording of the
 * output change. Entries apply in the order of the file: a later one sees what earlier ones did.
 */
import {
	LINK_STATUSES,
	LINK_TYPES,
	type ArticleText,
	type LinkStatus,
	type LinkType,
	type PartialDate
} from '../src/lib/data/schema';
import { splitSentences } from '../src/lib/data/sentences';
import { isCalendarDate } from './stages/meta-dates';
import type { ActorIndex, CorrectedDate, Gazetteer, RawLink } from './types';

/** What the entries are checked against: party ids and place ids must exist. */
export interface CorrectionsContext {
	gazetteer: Gazetteer;
	actors: ActorIndex;
}

/** Restricts an entry to the links of its sentence with these current values. */
interface LinkMatch {
	type?: LinkType;
	from?: string;
	to?: string;
}

/** What a `set` entry changes; a key that is absent is left as read. */
interface LinkChanges {
	from?: string;
	to?: string;
	type?: LinkType;
	date?: PartialDate;
	status?: LinkStatus;
	place?: string | null;
	parties?: string[];
}

/** A link an `add` entry creates (defaults filled in). */
interface NewLink {
	from: string;
	to: string;
	type: LinkType;
	/** Whitespace-normalised piece of the article's text; the link's evidence is its sentence. */
	evidence: string;
	parties: string[];
	date: PartialDate;
	status: LinkStatus;
	place: string | null;
}

interface EntryBase {
	/** Where the entry is in the file, as reported: `links[3]`, `articles[0]`. */
	where: string;
	/** The article's file name, e.g. `000_7c93162b7207209b.txt`. */
	article: string;
	note?: string;
}

type LinkCorrection =
	| (EntryBase & { action: 'reject'; evidence: string; match?: LinkMatch })
	| (EntryBase & { action: 'set'; evidence: string; match?: LinkMatch; set: LinkChanges })
	| (EntryBase & { action: 'add'; add: NewLink });

interface DateCorrection extends EntryBase {
	published: PartialDate;
}

export interface Corrections {
	/** The file's name: every line reported about it starts with it. */
	name: string;
	links: LinkCorrection[];
	articles: DateCorrection[];
}

export interface CorrectionsRead {
	corrections: Corrections;
	/**
	 * The document as parsed, unchanged (written beside the output for the app to offer with a
	 * new entry merged in); the empty document when there is no file or it is broken.
	 */
	document: unknown;
	/** One line per problem: `corrections.json: links[3].set.type: …`. */
	problems: string[];
}

/** What applying the entries did: how many applied, and a line for each that did not. */
export interface CorrectionsReport {
	applied: number;
	problems: string[];
}

export const DEFAULT_CORRECTIONS_NAME = 'corrections.json';

/** The document written when there is no corrections file, or it could not be used. */
function emptyCorrectionsDocument(): { links: never[]; articles: never[] } {
	return { links: [], articles: [] };
}

/** No corrections at all (no file). */
export function noCorrections(name = DEFAULT_CORRECTIONS_NAME): CorrectionsRead {
	return {
		corrections: { name, links: [], articles: [] },
		document: emptyCorrectionsDocument(),
		problems: []
	};
}

/* ------------------------------------------------------------------ reading */

/** A bad entry: the key (`links[3].set.type`) and what is wrong with it. */
class EntryError extends Error {
	constructor(
		readonly key: string,
		message: string
	) {
		super(message);
	}
}

function fail(key: string, message: string): never {
	throw new EntryError(key, message);
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value as it is quoted in a report line (long ones shortened). */
function show(v: unknown): string {
	const s = JSON.stringify(v) ?? String(v);
	return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Runs of whitespace as one space, trimmed: how evidence pieces and sentences are compared. */
export function collapseSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Keys of an object other than comments (`$…`). */
function keysOf(o: Json): string[] {
	return Object.keys(o).filter((k) => !k.startsWith('$'));
}

function onlyKeys(o: Json, where: string, allowed: readonly string[], what: string): void {
	for (const key of keysOf(o))
		if (!allowed.includes(key))
			fail(`${where}.${key}`, `is not a key of ${what} (${allowed.join(', ')})`);
}

function readNote(o: Json, where: string): string | undefined {
	if (!('note' in o)) return undefined;
	if (typeof o.note !== 'string') fail(`${where}.note`, `must be text, got ${show(o.note)}`);
	return o.note;
}

function readArticleName(o: Json, where: string): string {
	const v = o.article;
	const key = `${where}.article`;
	if (v === undefined) fail(key, 'is missing (the article file name, e.g. "article-a.txt")');
	if (typeof v !== 'string' || v.trim() === '') fail(key, `must be a file name, got ${show(v)}`);
	if (/[\\/]/.test(v)) fail(key, `${show(v)} is a path: give the file name only`);
	return v;
}

function readType(v: unknown, key: string): LinkType {
	if (!LINK_TYPES.includes(v as LinkType))
		fail(key, `${show(v)} is not a link type (${LINK_TYPES.join(', ')})`);
	return v as LinkType;
}

function readStatus(v: unknown, key: string): LinkStatus {
	if (!LINK_STATUSES.includes(v as LinkStatus))
		fail(key, `${show(v)} is not a status (${LINK_STATUSES.join(', ')})`);
	return v as LinkStatus;
}

function readDate(v: unknown, key: string): PartialDate {
	if (v === null) return null;
	if (!isCalendarDate(v)) fail(key, `${show(v)} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or null)`);
	return v;
}

function readEvidence(v: unknown, key: string): string {
	if (typeof v !== 'string' || collapseSpace(v) === '')
		fail(key, `must be a piece of the evidence sentence, verbatim, got ${show(v)}`);
	return collapseSpace(v);
}

function readParty(v: unknown, key: string, ctx: CorrectionsContext): string {
	const kinds = 'an ISO 3166-1 alpha-2 code such as "PK", or an actor id from actors.json';
	if (typeof v !== 'string') fail(key, `must be a party id (${kinds}), got ${show(v)}`);
	if (/^[A-Z]{2}$/.test(v) && ctx.gazetteer.country(v)) return v;
	const actor = ctx.actors.get(v);
	if (actor && actor.party !== false) return v;
	if (actor)
		fail(key, `${show(v)} is marked "party": false in actors.json: it is never a party of a link`);
	if (/^[a-z]{2}$/.test(v) && ctx.gazetteer.country(v.toUpperCase()))
		fail(key, `${show(v)} is not a party id: a state is written in capitals, "${v.toUpperCase()}"`);
	if (ctx.actors.get(v.toLowerCase()))
		fail(key, `${show(v)} is not a party id: actor ids are lower case, "${v.toLowerCase()}"`);
	const ids = ctx.actors.actors.filter((a) => a.party !== false).map((a) => a.id);
	fail(key, `${show(v)} is not a party id (${kinds}: ${ids.join(', ')})`);
}

function readParties(v: unknown, key: string, ctx: CorrectionsContext): string[] {
	if (!Array.isArray(v) || v.length < 2)
		fail(key, `must be an array of at least two party ids, got ${show(v)}`);
	const parties = v.map((p, i) => readParty(p, `${key}[${i}]`, ctx));
	if (new Set(parties).size !== parties.length) fail(key, `names a party twice: ${show(v)}`);
	return parties;
}

function readPlace(v: unknown, key: string, ctx: CorrectionsContext): string | null {
	if (v === null) return null;
	if (typeof v !== 'string' || !ctx.gazetteer.get(v))
		fail(key, `${show(v)} is not a place id of the gazetteer (e.g. "city-kabul") or null`);
	return v;
}

const MATCH_KEYS = ['type', 'from', 'to'] as const;
const SET_KEYS = ['from', 'to', 'type', 'date', 'status', 'place', 'parties'] as const;
const ADD_KEYS = ['from', 'to', 'type', 'evidence', 'parties', 'date', 'status', 'place'] as const;

function readMatch(o: Json, where: string, ctx: CorrectionsContext): LinkMatch | undefined {
	if (!('match' in o)) return undefined;
	const key = `${where}.match`;
	const m = o.match;
	if (!isObject(m) || keysOf(m).length === 0)
		fail(key, `must be an object with type, from or to, got ${show(m)}`);
	onlyKeys(m, key, MATCH_KEYS, 'match');
	const match: LinkMatch = {};
	if ('type' in m) match.type = readType(m.type, `${key}.type`);
	if ('from' in m) match.from = readParty(m.from, `${key}.from`, ctx);
	if ('to' in m) match.to = readParty(m.to, `${key}.to`, ctx);
	return match;
}

function readChanges(v: unknown, key: string, ctx: CorrectionsContext): LinkChanges {
	if (!isObject(v)) fail(key, `must be an object of the values to change, got ${show(v)}`);
	onlyKeys(v, key, SET_KEYS, 'set');
	if (keysOf(v).length === 0) fail(key, `changes nothing (give ${SET_KEYS.join(', ')})`);
	const set: LinkChanges = {};
	if ('from' in v) set.from = readParty(v.from, `${key}.from`, ctx);
	if ('to' in v) set.to = readParty(v.to, `${key}.to`, ctx);
	if (set.from !== undefined && set.from === set.to) fail(`${key}.to`, 'is the same party as from');
	if ('type' in v) set.type = readType(v.type, `${key}.type`);
	if ('date' in v) set.date = readDate(v.date, `${key}.date`);
	if ('status' in v) set.status = readStatus(v.status, `${key}.status`);
	if ('place' in v) set.place = readPlace(v.place, `${key}.place`, ctx);
	if ('parties' in v) set.parties = readParties(v.parties, `${key}.parties`, ctx);
	return set;
}

function readNewLink(v: unknown, key: string, ctx: CorrectionsContext): NewLink {
	if (!isObject(v)) fail(key, `must be an object with from, to, type and evidence, got ${show(v)}`);
	onlyKeys(v, key, ADD_KEYS, 'add');
	for (const required of ['from', 'to', 'type', 'evidence'])
		if (!(required in v)) fail(`${key}.${required}`, 'is missing');
	const from = readParty(v.from, `${key}.from`, ctx);
	const to = readParty(v.to, `${key}.to`, ctx);
	if (from === to) fail(`${key}.to`, 'is the same party as from');
	return {
		from,
		to,
		type: readType(v.type, `${key}.type`),
		evidence: readEvidence(v.evidence, `${key}.evidence`),
		parties: withEnds(
			from,
			to,
			'parties' in v ? readParties(v.parties, `${key}.parties`, ctx) : []
		),
		date: 'date' in v ? readDate(v.date, `${key}.date`) : null,
		status: 'status' in v ? readStatus(v.status, `${key}.status`) : 'held',
		place: 'place' in v ? readPlace(v.place, `${key}.place`, ctx) : null
	};
}

function readLinkEntry(e: unknown, where: string, ctx: CorrectionsContext): LinkCorrection {
	const what = 'an object with "article" and "action": "reject", "set" or "add"';
	if (!isObject(e)) fail(where, `must be ${what}, got ${show(e)}`);
	if ('add' in e) {
		if ('action' in e || 'set' in e)
			fail(where, 'has "add" with "action" or "set": an entry does one thing');
		onlyKeys(e, where, ['article', 'add', 'note'], 'an "add" entry');
		const article = readArticleName(e, where);
		return {
			where,
			article,
			note: readNote(e, where),
			action: 'add',
			add: readNewLink(e.add, `${where}.add`, ctx)
		};
	}
	if ('set' in e) {
		if ('action' in e)
			fail(`${where}.action`, 'an entry with "set" changes a link; it has no "action"');
		onlyKeys(e, where, ['article', 'evidence', 'match', 'set', 'note'], 'a "set" entry');
	} else if ('action' in e) {
		if (e.action !== 'reject')
			fail(
				`${where}.action`,
				`${show(e.action)} is not an action (only "reject"; to change a link use "set", to add one "add")`
			);
		onlyKeys(e, where, ['article', 'evidence', 'match', 'action', 'note'], 'a "reject" entry');
	} else fail(where, `must be ${what}`);
	const article = readArticleName(e, where);
	if (!('evidence' in e))
		fail(`${where}.evidence`, 'is missing (a verbatim piece of the evidence sentence)');
	const base = {
		where,
		article,
		note: readNote(e, where),
		evidence: readEvidence(e.evidence, `${where}.evidence`),
		match: readMatch(e, where, ctx)
	};
	return 'set' in e
		? { ...base, action: 'set', set: readChanges(e.set, `${where}.set`, ctx) }
		: { ...base, action: 'reject' };
}

function readDateEntry(e: unknown, where: string): DateCorrection {
	if (!isObject(e))
		fail(
			where,
			`must be an object like {"article": "…", "published": "2022-06-03"}, got ${show(e)}`
		);
	onlyKeys(e, where, ['article', 'published', 'note'], 'an "articles" entry');
	const article = readArticleName(e, where);
	if (!('published' in e))
		fail(`${where}.published`, 'is missing (YYYY, YYYY-MM, YYYY-MM-DD or null)');
	return {
		where,
		article,
		note: readNote(e, where),
		published: readDate(e.published, `${where}.published`)
	};
}

/**
 * Reads the corrections file. A bad entry is one problem line naming it and its key, and is left
 * out; the others apply. A file that is not JSON, or not an object, is one line and applies
 * nothing.
 */
export function parseCorrections(
	text: string,
	name: string,
	ctx: CorrectionsContext
): CorrectionsRead {
	const none = noCorrections(name);
	let document: unknown;
	try {
		// An editor may have saved the file with a byte order mark.
		document = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		none.problems.push(`${name}: is not valid JSON (${(e as Error).message}); nothing applied`);
		return none;
	}
	if (!isObject(document)) {
		none.problems.push(
			`${name}: must be an object like {"links": […], "articles": […]}; nothing applied`
		);
		return none;
	}
	const corrections: Corrections = { name, links: [], articles: [] };
	const problems: string[] = [];
	for (const key of keysOf(document))
		if (key !== 'links' && key !== 'articles')
			problems.push(
				`${name}: ${key}: is not a key of the file (links, articles; keys starting with $ are comments)`
			);
	const lists = [
		['links', (e: unknown, w: string) => corrections.links.push(readLinkEntry(e, w, ctx))],
		['articles', (e: unknown, w: string) => corrections.articles.push(readDateEntry(e, w))]
	] as const;
	for (const [list, read] of lists) {
		const entries = document[list];
		if (entries === undefined) continue;
		if (!Array.isArray(entries)) {
			problems.push(`${name}: ${list}: must be an array of entries; none of them applied`);
			continue;
		}
		entries.forEach((entry, i) => {
			try {
				read(entry, `${list}[${i}]`);
			} catch (e) {
				if (!(e instanceof EntryError)) throw e;
				problems.push(`${name}: ${e.key}: ${e.message}; entry skipped`);
			}
		});
	}
	// One date per article: a second entry for the same file is a mistake, not an update.
	const dated = new Map<string, string>();
	corrections.articles = corrections.articles.filter((entry) => {
		const first = dated.get(entry.article);
		if (first === undefined) {
			dated.set(entry.article, entry.where);
			return true;
		}
		problems.push(
			`${name}: ${entry.where}.article: ${show(entry.article)} already has a date in ${first}; entry skipped`
		);
		return false;
	});
	return { corrections, document, problems };
}

/** The publication dates the file gives, by article file name. */
export function correctedDates(corrections: Corrections): Map<string, CorrectedDate> {
	return new Map(
		corrections.articles.map((e) => [
			e.article,
			{ published: e.published, evidence: e.note ?? 'corrected by hand' }
		])
	);
}

/* ------------------------------------------------------------------ applying */

/** `from` and `to` first, then the other parties, each once. */
function withEnds(from: string, to: string, parties: readonly string[]): string[] {
	return [...new Set([from, to, ...parties])];
}

/** The text with runs of whitespace as one space, and the index in the text of each character kept. */
function collapseWithOffsets(text: string): { text: string; at: number[] } {
	let out = '';
	const at: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (/\s/.test(c)) {
			if (out === '' || out.endsWith(' ')) continue;
			out += ' ';
		} else out += c;
		at.push(i);
	}
	return { text: out, at };
}

/**
 * The sentence (as the links stage splits sentences) holding a piece of text, and its paragraph;
 * a piece running over a sentence boundary gives the sentences it covers. The first occurrence
 * counts.
 */
export function findEvidenceSentence(
	paragraphs: readonly string[],
	piece: string
): { paragraph: number; sentence: string } | null {
	const wanted = collapseSpace(piece);
	if (wanted === '') return null;
	for (let p = 0; p < paragraphs.length; p++) {
		const text = paragraphs[p]!;
		const collapsed = collapseWithOffsets(text);
		const found = collapsed.text.indexOf(wanted);
		if (found < 0) continue;
		const start = collapsed.at[found]!;
		const end = collapsed.at[found + wanted.length - 1]! + 1;
		const spans = splitSentences(text).filter((s) => s.end > start && s.start < end);
		const first = spans[0]?.start ?? start;
		const last = spans[spans.length - 1]?.end ?? end;
		return { paragraph: p, sentence: text.slice(first, last) };
	}
	return null;
}

function saysEvidence(link: RawLink, piece: string): boolean {
	return link.evidence.some((e) => collapseSpace(e.sentence).includes(piece));
}

function fits(link: RawLink, match: LinkMatch): boolean {
	return (
		(match.type === undefined || link.type === match.type) &&
		(match.from === undefined || link.from === match.from) &&
		(match.to === undefined || link.to === match.to)
	);
}

/** A link as it stands while the entries apply, and as it was read. */
interface Slot {
	link: RawLink;
	read: RawLink;
	/** The entry that rejected it. */
	rejectedBy?: string;
}

/**
 * The links of a sentence that `match` names: with those values as they stand, or as they were
 * read (entries written before a re-ingest name links as read). When none fits, the links with
 * the ends the other way round: the app shows a link told by several articles in the direction
 * of one reading, and another article may have read it reversed.
 */
function named(told: Slot[], match: LinkMatch | undefined): Slot[] {
	if (!match) return told;
	const by = (m: LinkMatch) => told.filter((s) => fits(s.link, m) || fits(s.read, m));
	const exact = by(match);
	if (exact.length > 0 || (match.from === undefined && match.to === undefined)) return exact;
	return by({ type: match.type, from: match.to, to: match.from });
}

function describeMatch(match: LinkMatch): string {
	const parts = MATCH_KEYS.filter((k) => match[k] !== undefined).map((k) => `${k} ${match[k]}`);
	return parts.join(', ');
}

/** A link with a `set` entry's changes made, marked as corrected. */
function changeLink(link: RawLink, set: LinkChanges): RawLink {
	const from = set.from ?? link.from;
	const to = set.to ?? link.to;
	const parties = withEnds(from, to, set.parties ?? link.parties);
	const dated = 'date' in set;
	const date = dated ? (set.date ?? null) : link.date;
	// A date given by hand no longer comes from the cue the reasons name.
	const reasons = dated ? link.reasons.filter((r) => !r.startsWith('date:')) : [...link.reasons];
	return {
		...link,
		type: set.type ?? link.type,
		parties,
		from,
		to,
		place: 'place' in set ? (set.place ?? null) : link.place,
		date,
		dateBasis: dated ? (date === null ? null : 'corrected') : link.dateBasis,
		status: set.status ?? link.status,
		absent: link.absent.filter((a) => !parties.includes(a)),
		confidence: 1,
		reasons: [...new Set([...reasons, 'corrected'])].sort(),
		corrected: true,
		evidence: link.evidence.map((e) => ({ ...e }))
	};
}

function addedLink(add: NewLink, article: string, paragraph: number, sentence: string): RawLink {
	return {
		type: add.type,
		parties: [...add.parties],
		from: add.from,
		to: add.to,
		place: add.place,
		date: add.date,
		dateBasis: add.date === null ? null : 'corrected',
		status: add.status,
		absent: [],
		confidence: 1,
		reasons: ['corrected'],
		corrected: true,
		evidence: [{ article, paragraph, sentence }]
	};
}

/** The article an entry names, for the articles kept in the output. */
type ArticleRef = Pick<ArticleText, 'id' | 'file' | 'paragraphs'>;

/**
 * Applies the link entries to the links read in each article (every RawLink's evidence names one
 * article by id), in the file's order, and checks that each date entry named an article of the
 * output. Returns the links left, changed and added (in their order, added ones last), and a
 * report line for each entry that found nothing to apply to. `skipped` are the input files that
 * are not in the output, to say why an entry naming one did not apply.
 */
export function applyCorrections(
	links: readonly RawLink[],
	articles: readonly ArticleRef[],
	corrections: Corrections,
	skipped: ReadonlySet<string> = new Set()
): CorrectionsReport & { links: RawLink[] } {
	const { name } = corrections;
	const problems: string[] = [];
	let applied = 0;
	const byFile = new Map(articles.map((a) => [a.file, a]));
	const slots: Slot[] = links.map((link) => ({ link, read: link }));
	const byArticle = new Map<string, Slot[]>();
	const place = (slot: Slot) => {
		const id = slot.link.evidence[0]?.article ?? '';
		let list = byArticle.get(id);
		if (!list) byArticle.set(id, (list = []));
		list.push(slot);
	};
	slots.forEach(place);
	const missing = (where: string, file: string) =>
		problems.push(
			skipped.has(file)
				? `${name}: ${where}.article: ${show(file)} was skipped (see its own line); entry not applied`
				: `${name}: ${where}.article: no article ${show(file)} in the input (the file name as in the articles folder)`
		);

	for (const entry of corrections.links) {
		const article = byFile.get(entry.article);
		if (!article) {
			missing(entry.where, entry.article);
			continue;
		}
		if (entry.action === 'add') {
			const found = findEvidenceSentence(article.paragraphs, entry.add.evidence);
			if (!found) {
				problems.push(
					`${name}: ${entry.where}.add.evidence: ${show(entry.add.evidence)} is not in the text of ${entry.article}; entry not applied`
				);
				continue;
			}
			const link = addedLink(entry.add, article.id, found.paragraph, found.sentence);
			const slot = { link, read: link };
			slots.push(slot);
			place(slot);
			applied++;
			continue;
		}
		const told = (byArticle.get(article.id) ?? []).filter((s) =>
			saysEvidence(s.link, entry.evidence)
		);
		const fitting = named(told, entry.match);
		const live = fitting.filter((s) => s.rejectedBy === undefined);
		if (live.length === 0 && fitting.length > 0 && entry.action === 'reject') {
			// Already rejected by an earlier entry (the same link named through another sentence).
			applied++;
			continue;
		}
		if (live.length === 0) {
			const what = `${show(entry.evidence)} in ${entry.article}`;
			if (fitting.length > 0)
				problems.push(
					`${name}: ${entry.where}: the links of ${what} were rejected by ${fitting[0]!.rejectedBy}; entry not applied`
				);
			else if (told.length > 0 && entry.match)
				problems.push(
					`${name}: ${entry.where}.match: no link of ${what} has ${describeMatch(entry.match)} (read: ${told
						.map((s) => `${s.link.type} ${s.link.from} → ${s.link.to}`)
						.join('; ')}); entry not applied`
				);
			else
				problems.push(
					`${name}: ${entry.where}.evidence: no link read in ${entry.article} has ${show(entry.evidence)} in its evidence; entry not applied`
				);
			continue;
		}
		if (entry.action === 'reject') {
			for (const s of live) s.rejectedBy = entry.where;
		} else {
			const changed = live.map((s) => changeLink(s.link, entry.set));
			const loop = changed.find((l) => l.from === l.to);
			if (loop) {
				problems.push(
					`${name}: ${entry.where}.set: would make a link from ${loop.from} to itself; entry not applied`
				);
				continue;
			}
			live.forEach((s, i) => (s.link = changed[i]!));
		}
		applied++;
	}

	for (const entry of corrections.articles) {
		if (byFile.has(entry.article)) applied++;
		else missing(entry.where, entry.article);
	}
	return {
		links: slots.filter((s) => s.rejectedBy === undefined).map((s) => s.link),
		applied,
		problems
	};
}

/** The document as written beside the output: the parsed JSON, indented with tabs. */
export function correctionsText(document: unknown): string {
	return `${JSON.stringify(document, null, '\t')}\n`;
}
