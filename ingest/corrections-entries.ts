/**
 * The entries of the corrections file (geodata/corrections.json, ingest/corrections.ts) as valibot
 * schemas, and their reading into typed entries. The schemas are made for one gazetteer and one
 * set of actors (`entrySchemas`), since a party or place id is only right if they know it.
 *
 * Every message names the key (`links[3].set.type`) and says what is wrong with the value in the
 * words a person editing the file needs: `"pk" is not a party id: a state is written in capitals,
 * "PK"`. A bad entry is skipped; the others apply.
 */
import * as v from 'valibot';
import {
	DATE_ENTRY_SHAPE,
	LINK_ENTRY_SHAPE,
	type CorrectionEntry
} from '../src/lib/data/corrections-file';
import { issuePath, missingKey, onlyKeys, showValue } from '../src/lib/data/issues';
import {
	LINK_STATUSES,
	LINK_TYPES,
	type LinkStatus,
	type LinkType,
	type PartialDate
} from '../src/lib/data/schema';
import { isCalendarDate } from './stages/meta-dates';
import type { ActorIndex, Gazetteer } from './types';

/** What the entries are checked against: party ids and place ids must exist. */
export interface CorrectionsContext {
	gazetteer: Gazetteer;
	actors: ActorIndex;
}

/** Runs of whitespace as one space, trimmed: how evidence pieces and sentences are compared. */
export function collapseSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** `from` and `to` first, then the other parties, each once. */
export function withEnds(from: string, to: string, parties: readonly string[]): string[] {
	return [...new Set([from, to, ...parties])];
}

/** What is wrong with a party id, or null: a state's ISO code in capitals, or an actor's id. */
function partyProblem(value: unknown, ctx: CorrectionsContext): string | null {
	const kinds = 'an ISO 3166-1 alpha-2 code such as "PK", or an actor id from actors.json';
	if (typeof value !== 'string') return `must be a party id (${kinds}), got ${showValue(value)}`;
	if (/^[A-Z]{2}$/.test(value) && ctx.gazetteer.country(value)) return null;
	const actor = ctx.actors.get(value);
	if (actor && actor.party !== false) return null;
	if (actor)
		return `${showValue(value)} is marked "party": false in actors.json: it is never a party of a link`;
	if (/^[a-z]{2}$/.test(value) && ctx.gazetteer.country(value.toUpperCase()))
		return `${showValue(value)} is not a party id: a state is written in capitals, "${value.toUpperCase()}"`;
	if (ctx.actors.get(value.toLowerCase()))
		return `${showValue(value)} is not a party id: actor ids are lower case, "${value.toLowerCase()}"`;
	const ids = ctx.actors.actors.filter((a) => a.party !== false).map((a) => a.id);
	return `${showValue(value)} is not a party id (${kinds}: ${ids.join(', ')})`;
}

/**
 * An entry's object: only these keys (and `$` comments), a missing key said with what it needs,
 * anything that is not an object said with what it should be.
 */
function entryObject<E extends v.ObjectEntries>(
	entries: E,
	what: string,
	keysOf: string,
	hints: Record<string, string> = {}
) {
	const keys = Object.keys(entries);
	return v.pipe(
		v.looseObject(entries, (issue) => {
			const key = missingKey(issue);
			if (key !== null) return hints[key] ? `is missing (${hints[key]})` : 'is missing';
			return `must be ${what}, got ${showValue(issue.input)}`;
		}),
		onlyKeys(keys, keyName(keysOf))
	);
}

/** The message of a key an object does not have: `is not a key of set (from, to, …)`. */
const keyName = (what: string) => (allowed: readonly string[]) =>
	`is not a key of ${what} (${allowed.join(', ')})`;

/** The schemas of a value of an entry: a party, a link type, a date, the article's name… */
function valueSchemas(ctx: CorrectionsContext) {
	const party = v.custom<string>(
		(x) => partyProblem(x, ctx) === null,
		(issue) => partyProblem(issue.input, ctx) ?? ''
	);
	const atLeastTwo = (issue: { input: unknown }) =>
		`must be an array of at least two party ids, got ${showValue(issue.input)}`;
	const parties = v.pipe(
		v.array(party, atLeastTwo),
		v.minLength(2, atLeastTwo),
		v.check(
			(list) => new Set(list).size === list.length,
			(issue) => `names a party twice: ${showValue(issue.input)}`
		)
	);
	const type = v.picklist(
		LINK_TYPES,
		(issue) => `${showValue(issue.input)} is not a link type (${LINK_TYPES.join(', ')})`
	);
	const status = v.picklist(
		LINK_STATUSES,
		(issue) => `${showValue(issue.input)} is not a status (${LINK_STATUSES.join(', ')})`
	);
	const date = v.nullable(
		v.custom<string>(
			isCalendarDate,
			(issue) => `${showValue(issue.input)} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or null)`
		)
	);
	const place = v.nullable(
		v.custom<string>(
			(x) => typeof x === 'string' && ctx.gazetteer.get(x) !== undefined,
			(issue) =>
				`${showValue(issue.input)} is not a place id of the gazetteer (e.g. "city-kabul") or null`
		)
	);
	const evidenceMessage = (issue: { input: unknown }) =>
		`must be a piece of the evidence sentence, verbatim, got ${showValue(issue.input)}`;
	const evidence = v.pipe(
		v.string(evidenceMessage),
		v.check((s) => collapseSpace(s) !== '', evidenceMessage)
	);
	const fileName = (issue: { input: unknown }) =>
		`must be a file name, got ${showValue(issue.input)}`;
	const article = v.pipe(
		v.string(fileName),
		v.check((s) => s.trim() !== '', fileName),
		v.check(
			(s) => !/[\\/]/.test(s),
			(issue) => `${showValue(issue.input)} is a path: give the file name only`
		)
	);
	const note = v.optional(v.string((issue) => `must be text, got ${showValue(issue.input)}`));
	return { party, parties, type, status, date, place, evidence, article, note };
}

/** `from` and `to` of an entry must differ; said at `to`. */
const differentEnds = <T extends { from?: string; to?: string }>() =>
	v.rawCheck<T>(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const { from, to } = dataset.value;
		if (from !== undefined && from === to)
			addIssue({
				message: 'is the same party as from',
				path: [{ type: 'object', origin: 'value', input: dataset.value, key: 'to', value: to }]
			});
	});

/** The objects of a link entry: `match`, `set` and `add`. */
function linkSchemas({ party, parties, type, status, date, place, evidence }: ValueSchemas) {
	const MATCH_KEYS = ['type', 'from', 'to'];
	const match = v.pipe(
		v.looseObject(
			{ type: v.optional(type), from: v.optional(party), to: v.optional(party) },
			(issue) => `must be an object with type, from or to, got ${showValue(issue.input)}`
		),
		onlyKeys(MATCH_KEYS, keyName('match')),
		v.check(
			(m) => MATCH_KEYS.some((k) => k in m),
			(issue) => `must be an object with type, from or to, got ${showValue(issue.input)}`
		)
	);
	const SET_KEYS = ['from', 'to', 'type', 'date', 'status', 'place', 'parties'];
	const setObject = v.looseObject(
		{
			from: v.optional(party),
			to: v.optional(party),
			type: v.optional(type),
			date: v.optional(date),
			status: v.optional(status),
			place: v.optional(place),
			parties: v.optional(parties)
		},
		(issue) => `must be an object of the values to change, got ${showValue(issue.input)}`
	);
	const set = v.pipe(
		setObject,
		onlyKeys(SET_KEYS, keyName('set')),
		v.check((s) => SET_KEYS.some((k) => k in s), `changes nothing (give ${SET_KEYS.join(', ')})`),
		differentEnds<v.InferOutput<typeof setObject>>()
	);
	const ADD_KEYS = ['from', 'to', 'type', 'evidence', 'parties', 'date', 'status', 'place'];
	const addObject = v.looseObject(
		{
			from: party,
			to: party,
			type,
			evidence,
			parties: v.optional(parties),
			date: v.optional(date),
			status: v.optional(status),
			place: v.optional(place)
		},
		(issue) =>
			missingKey(issue) !== null
				? 'is missing'
				: `must be an object with from, to, type and evidence, got ${showValue(issue.input)}`
	);
	const add = v.pipe(
		addObject,
		onlyKeys(ADD_KEYS, keyName('add')),
		differentEnds<v.InferOutput<typeof addObject>>()
	);

	return { match, set, add };
}

type ValueSchemas = ReturnType<typeof valueSchemas>;

/** The schemas of the entries, for one gazetteer and one set of actors. */
export function entrySchemas(ctx: CorrectionsContext) {
	const values = valueSchemas(ctx);
	const { article, evidence, note, date } = values;
	const { match, set, add } = linkSchemas(values);
	const articleHint = { article: 'the article file name, e.g. "article-a.txt"' };
	const evidenceHint = { evidence: 'a verbatim piece of the evidence sentence' };
	return {
		reject: entryObject(
			{ article, evidence, match: v.optional(match), action: v.literal('reject'), note },
			'an object with "article" and "action": "reject"',
			'a "reject" entry',
			{ ...articleHint, ...evidenceHint }
		),
		set: entryObject(
			{ article, evidence, match: v.optional(match), set, note },
			'an object with "article", "evidence" and "set"',
			'a "set" entry',
			{ ...articleHint, ...evidenceHint }
		),
		add: entryObject(
			{ article, add, note },
			'an object with "article" and "add"',
			'an "add" entry',
			articleHint
		),
		date: entryObject({ article, published: date, note }, DATE_ENTRY_SHAPE, 'an "articles" entry', {
			...articleHint,
			published: 'YYYY, YYYY-MM, YYYY-MM-DD or null'
		})
	};
}

type Schemas = ReturnType<typeof entrySchemas>;
type Output<K extends keyof Schemas> = v.InferOutput<Schemas[K]>;

interface EntryBase {
	/** Where the entry is in the file, as reported: `links[3]`, `articles[0]`. */
	where: string;
	/** The article's file name, e.g. `000_7c93162b7207209b.txt`. */
	article: string;
	note?: string;
}

/** Restricts an entry to the links of its sentence with these current values. */
export type LinkMatch = NonNullable<Output<'reject'>['match']>;
/** What a `set` entry changes; a key that is absent is left as read. */
export type LinkChanges = Output<'set'>['set'];
/**
 * A link an `add` entry creates: the entry with its defaults filled in and the evidence
 * whitespace-normalised (written out, as the entry's inferred type has them optional).
 */
export interface NewLink {
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

export type LinkCorrection =
	| (EntryBase & { action: 'reject'; evidence: string; match?: LinkMatch })
	| (EntryBase & { action: 'set'; evidence: string; match?: LinkMatch; set: LinkChanges })
	| (EntryBase & { action: 'add'; add: NewLink });

export interface DateCorrection extends EntryBase {
	published: string | null;
}

/** A bad entry: the key (`links[3].set.type`) and what is wrong with it. */
export class EntryError extends Error {
	constructor(
		readonly key: string,
		message: string
	) {
		super(message);
	}
}

/** The entry's output, or an EntryError naming the key inside the entry. */
function check<S extends v.GenericSchema>(schema: S, entry: unknown, where: string) {
	const result = v.safeParse(schema, entry, { abortEarly: true });
	if (result.success) return result.output as v.InferOutput<S>;
	const issue = result.issues[0];
	const path = issuePath(issue);
	throw new EntryError(
		path ? `${where}${path.startsWith('[') ? '' : '.'}${path}` : where,
		issue.message
	);
}

/**
 * Which kind of link entry this is (`add`, `set` or `reject`), or an EntryError saying why none.
 * That it is an object at all the file's schema has checked (src/lib/data/corrections-file.ts).
 */
function linkEntryKind(e: CorrectionEntry, where: string): 'add' | 'set' | 'reject' {
	if ('add' in e) {
		if ('action' in e || 'set' in e)
			throw new EntryError(where, 'has "add" with "action" or "set": an entry does one thing');
		return 'add';
	}
	if ('set' in e) {
		if ('action' in e)
			throw new EntryError(
				`${where}.action`,
				'an entry with "set" changes a link; it has no "action"'
			);
		return 'set';
	}
	if (!('action' in e)) throw new EntryError(where, `must be ${LINK_ENTRY_SHAPE}`);
	if (e.action !== 'reject')
		throw new EntryError(
			`${where}.action`,
			`${showValue(e.action)} is not an action (only "reject"; to change a link use "set", to add one "add")`
		);
	return 'reject';
}

/** A link entry of the file, typed; throws an EntryError naming the key that is wrong. */
export function readLinkEntry(e: CorrectionEntry, where: string, schemas: Schemas): LinkCorrection {
	const kind = linkEntryKind(e, where);
	if (kind === 'add') {
		const { article, note, add } = check(schemas.add, e, where);
		return {
			where,
			article,
			note,
			action: 'add',
			add: {
				from: add.from,
				to: add.to,
				type: add.type,
				evidence: collapseSpace(add.evidence),
				parties: withEnds(add.from, add.to, add.parties ?? []),
				date: add.date ?? null,
				status: add.status ?? 'held',
				place: add.place ?? null
			}
		};
	}
	const entry = check(kind === 'set' ? schemas.set : schemas.reject, e, where);
	const base = {
		where,
		article: entry.article,
		note: entry.note,
		evidence: collapseSpace(entry.evidence),
		match: entry.match
	};
	return kind === 'set'
		? { ...base, action: 'set', set: (entry as Output<'set'>).set }
		: { ...base, action: 'reject' };
}

/** A date entry of the file, typed; throws an EntryError naming the key that is wrong. */
export function readDateEntry(e: CorrectionEntry, where: string, schemas: Schemas): DateCorrection {
	const { article, note, published } = check(schemas.date, e, where);
	return { where, article, note, published };
}
