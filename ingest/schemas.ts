/**
 * The shapes of the files only the ingest and the evaluator read (geodata/ and the answer keys),
 * as valibot schemas. The files the app reads have theirs in src/lib/data/schema.ts; both report
 * a problem the same way (src/lib/data/issues.ts): the file, the path inside it and the value,
 * e.g. `actors.json: actors[2].locations[0].from: expected YYYY[-MM[-DD]] or null, got "2021-8"`.
 *
 * Rules that need more than one field, or other files (a place id the gazetteer must know), are
 * checked where the file is used, and reported the same way.
 */
import * as v from 'valibot';
import { expected, notList, objectMessage } from '../src/lib/data/issues';
import { PLACE_KINDS } from '../src/lib/data/schema';
import { isCalendarDate } from './stages/meta-dates';

/* ------------------------------------------------------------------ pieces */

const NonEmpty = v.pipe(
	v.string(expected('a non-empty string')),
	v.check((s) => s.trim() !== '', expected('a non-empty string'))
);
const Strings = v.array(v.string());
const ISO2 = v.pipe(
	v.string(expected('an upper-case ISO 3166-1 alpha-2 code')),
	v.regex(/^[A-Z]{2}$/, expected('an upper-case ISO 3166-1 alpha-2 code'))
);
const PARTIAL_DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null. */
const PartialDate = v.nullable(
	v.pipe(
		v.string(expected('YYYY[-MM[-DD]] or null')),
		v.regex(PARTIAL_DATE_RE, expected('YYYY[-MM[-DD]] or null'))
	)
);
/** As PartialDate, and a day that exists (no 2021-02-30). */
const CalendarDate = v.nullable(
	v.custom<string>(isCalendarDate, expected('a date (YYYY, YYYY-MM, YYYY-MM-DD) or null'))
);
const range = (lo: number, hi: number) =>
	v.pipe(
		v.number(expected(`a number in ${lo}..${hi}`)),
		v.minValue(lo, expected(`a number in ${lo}..${hi}`)),
		v.maxValue(hi, expected(`a number in ${lo}..${hi}`))
	);
/** `[longitude, latitude]` in degrees. */
const Coord = v.tuple([range(-180, 180), range(-90, 90)], expected('[longitude, latitude]'));

/* ------------------------------------------------------------------ gazetteer.json, aliases.json */

/** A place of geodata/gazetteer.json, or a curated one of aliases.json `places`. */
const PlaceEntrySchema = v.object({
	id: NonEmpty,
	name: NonEmpty,
	kind: v.picklist(PLACE_KINDS),
	country: v.nullable(ISO2),
	coord: Coord,
	capital: v.optional(v.boolean()),
	population: v.optional(v.number()),
	polygon: v.optional(v.nullable(v.string())),
	/** `[west, south, east, north]`. */
	bbox: v.optional(v.tuple([v.number(), v.number(), v.number(), v.number()])),
	names: v.optional(Strings),
	aliases: v.optional(Strings),
	demonyms: v.optional(Strings),
	/** A landmark's country, by ISO alpha-2 ('White House' → US): a mention of it is one of the country too. */
	implies: v.optional(ISO2),
	/** Never match the name in text (a common word or given name, e.g. 'Victoria'). */
	blocked: v.optional(v.boolean()),
	source: v.optional(v.string()),
	note: v.optional(v.string())
});
export type PlaceEntry = v.InferOutput<typeof PlaceEntrySchema>;

export const GazetteerFileSchema = notList(
	v.object({ about: v.optional(v.string()), places: v.array(PlaceEntrySchema) }),
	expected('an object with "places"')
);

/** A block of aliases.json: what it is for (`about`) and a list of words. */
const ListBlock = v.looseObject({ about: v.optional(v.string()), list: Strings });
/** A block of aliases.json: words by place id or ISO alpha-2 code. */
const MapBlock = v.looseObject({
	about: v.optional(v.string()),
	map: v.record(v.string(), Strings)
});

/**
 * geodata/aliases.json. Blocks the ingest does not read (`extraCities`, `blockedCityNames`: used
 * when the gazetteer is built, scripts/build-gazetteer.ts) are let through as they are.
 */
export const AliasesFileSchema = notList(
	v.looseObject({
		about: v.optional(v.string()),
		places: v.optional(v.array(PlaceEntrySchema)),
		placeAliases: v.optional(MapBlock),
		countryNames: v.optional(MapBlock),
		countryAliases: v.optional(MapBlock),
		demonyms: v.optional(MapBlock),
		cues: v.optional(MapBlock),
		ethnicDemonyms: v.optional(ListBlock),
		stateWords: v.optional(ListBlock),
		organisations: v.optional(ListBlock),
		personTitles: v.optional(ListBlock),
		outletWords: v.optional(
			v.looseObject({
				about: v.optional(v.string()),
				after: v.optional(Strings),
				before: v.optional(Strings)
			})
		),
		cityOverrides: v.optional(
			v.looseObject({
				about: v.optional(v.string()),
				list: v.array(
					v.looseObject({ name: v.string(), country: ISO2, aliases: v.optional(Strings) })
				)
			})
		)
	}),
	expected('an object of alias blocks')
);
export type AliasesFile = v.InferOutput<typeof AliasesFileSchema>;

/* ------------------------------------------------------------------ actors.json */

/** A period `from`–`to` (partial dates; absent or null is open) in which something holds. */
const period = <E extends v.ObjectEntries>(entries: E) =>
	v.pipe(
		v.object({ ...entries, from: v.optional(PartialDate), to: v.optional(PartialDate) }),
		v.check(
			(p) => !p.from || !p.to || periodStart(p.from) <= periodEnd(p.to),
			({ input }) => `from ${input.from} is after to ${input.to}`
		)
	);
const periodStart = (d: string) => d.padEnd(10, '-00');
const periodEnd = (d: string) => d.padEnd(10, '-99');

const ActorSchema = v.object({
	id: v.pipe(
		v.string(expected('a lower-case slug')),
		v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, expected('a lower-case slug'))
	),
	name: NonEmpty,
	/** The name shown on the map and in lists when `name` is long ("TTP"). */
	short: v.optional(NonEmpty),
	names: v.pipe(v.array(NonEmpty), v.minLength(1, expected('at least one name'))),
	country: v.optional(v.nullable(ISO2)),
	locations: v.pipe(
		v.array(period({ place: NonEmpty })),
		v.minLength(1, expected('at least one location (to draw the actor)'))
	),
	/** Periods in which the actor is the de facto government of a country. */
	governs: v.optional(v.array(period({ country: ISO2 }))),
	party: v.optional(v.boolean())
});
export type ActorJson = v.InferOutput<typeof ActorSchema>;

/** actors.json: `{ "actors": [...] }` (a bare list is read as the list of actors). */
export const ActorsFileSchema = notList(
	v.object({ note: v.optional(v.string()), actors: v.array(ActorSchema) }),
	expected('an object with "actors"')
);

/* ------------------------------------------------------------------ sidecars */

/** `NAME.meta.json` next to an article: what it gives wins over what the pipeline finds. */
export const SidecarSchema = notList(
	v.object({
		title: v.optional(v.string()),
		author: v.optional(v.nullable(v.string())),
		outlet: v.optional(v.nullable(v.string())),
		url: v.optional(v.nullable(v.string())),
		published: v.optional(CalendarDate),
		publishedInferred: v.optional(v.boolean(expected('true or false'))),
		/** Why the sidecar exists (free text for people; ignored by the pipeline). */
		note: v.optional(v.string())
	}),
	expected('a JSON object like {"published": "2021-09-24"}')
);

/* ------------------------------------------------------------------ answer keys */

/** An article of an answer key: what is checked is what the scorer reads first. */
const GoldArticleSchema = v.looseObject(
	{
		file: v.optional(v.string()),
		places: v.array(v.unknown()),
		links: v.array(v.unknown())
	},
	objectMessage({ places: 'an answer key lists its places', links: 'and its links' })
);

/** An answer key of the bundled corpus: articles by file name. */
export const GoldFileSchema = notList(
	v.looseObject({ articles: v.record(v.string(), GoldArticleSchema) }),
	expected('an object with an "articles" map')
);

/** A real page's key (tests/fixtures/real/keys/*.json). */
export const PageKeySchema = notList(
	v.looseObject({
		file: v.string(),
		outlet: v.string(),
		places: v.array(v.unknown()),
		links: v.array(v.unknown()),
		scope: v.optional(v.literal('publication-date'))
	}),
	expected(
		'a key with "file", "outlet", "places" and "links" (and "scope": "publication-date" when it keys the date only)'
	)
);

/** split.json: the outlets on each side of the real-page set (`check` optional). */
export const SplitFileSchema = notList(
	v.looseObject({
		dev: Strings,
		check: v.optional(Strings),
		test: Strings
	}),
	expected('{ "dev": [outlets], "test": [outlets] }')
);
