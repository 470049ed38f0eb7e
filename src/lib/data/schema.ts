/**
 * The data contract between the ingest pipeline (writer) and the app and outside tools (readers).
 * Documented for people in docs/data.md; this file is the single source of truth for the types,
 * which are inferred from the valibot schemas below, and for the lists of kinds, types and
 * statuses. Field names and meanings below are fixed; more fields may be added.
 *
 * The app checks every file it loads against these schemas (load.ts), so they stay cheap: types,
 * lists and a few patterns. The ingest checks what it writes against the same schemas, and reads
 * its own inputs with the schemas of ingest/schemas.ts.
 *
 * No Svelte or browser imports here: ingest (Node) imports this file too.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import * as v from 'valibot';
import {
	expected,
	firstIssue,
	objectMessage,
	parseFile,
	parseSample,
	SchemaError,
	showValue
} from './issues';
import { linkIdOf } from './link-id';

export { SchemaError };

/* ------------------------------------------------------------------ lists */

export const PLACE_KINDS = ['country', 'city', 'province', 'region', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * Interaction types, modelled on GDELT's CAMEO verb classes (consult, meet, visit, mediate,
 * agree, reject, accuse, …), coarsened to what a map legend can show.
 */
export const LINK_TYPES = [
	'meeting',
	'visit',
	'talks',
	'mediation',
	'conference',
	'agreement',
	'signing',
	'cooperation',
	'recognition',
	'dispute',
	'accusation',
	'condemnation',
	'sanctions',
	'border'
] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/**
 * Whether the event took place: `held`; `planned` (announced for later); `cancelled` (called
 * off or postponed); `refused` (a party declined); `denied` (a party says it did not happen).
 */
export const LINK_STATUSES = ['held', 'planned', 'cancelled', 'refused', 'denied'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/**
 * How a link's date was found: written in the sentence (`stated`), a relative cue resolved
 * against the publication date (`relative`: "on Thursday", "last month"), the publication date
 * itself (`publication`: the day's news), `inferred` (from the story around it), `tenure` (the
 * publication date moved into the terms of office of the people the sentence names as acting in
 * it), or given by a person in the corrections file (`corrected`).
 */
const DATE_BASES = [
	'stated',
	'relative',
	'publication',
	'inferred',
	'tenure',
	'corrected'
] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** What a search entry names (search.json), in the order their groups are listed. */
export const SEARCH_KINDS = ['place', 'party', 'organisation', 'person'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/* ------------------------------------------------------------------ pieces */

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const GENERATION_RE = /^[0-9a-f]{16}$/;

/** What ingest run wrote old data, said with every check that data from before it fails. */
export const REINGEST = 'run `npm run ingest`';

const DATE_TEXT = 'YYYY[-MM[-DD]] or null';
/** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or null when the article could not be dated. */
export const PartialDateSchema = v.nullable(
	v.pipe(v.string(expected(DATE_TEXT)), v.regex(DATE_RE, expected(DATE_TEXT)))
);
export type PartialDate = v.InferOutput<typeof PartialDateSchema>;

export const Day = v.pipe(
	v.string(expected('YYYY-MM-DD')),
	v.regex(DAY_RE, expected('YYYY-MM-DD'))
);
const Count = v.pipe(v.number(), v.integer(expected('an integer')));
export const Index = v.pipe(Count, v.minValue(0, expected('an integer of 0 or more')));
export const Confidence = v.pipe(
	v.number(expected('a number in 0–1')),
	v.minValue(0, expected('a number in 0–1')),
	v.maxValue(1, expected('a number in 0–1'))
);
export const Strings = v.array(v.string());
const isPosition = (p: unknown): boolean =>
	Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number';
/** A `[longitude, latitude]` pair. */
const Position = v.custom<[number, number]>(isPosition, expected('[longitude, latitude]'));
/**
 * A link's geometry: its two ends, from → to (the app draws the arc between them). Checked in one
 * step: a schema per position made checking a corpus's links many times slower than reading them.
 * The arcs of older files (17–33 positions) fail here too, after their missing `format`.
 */
const Ends = v.custom<[number, number][]>(
	(line) => Array.isArray(line) && line.length === 2 && line.every(isPosition),
	expected('two [longitude, latitude] (the ends of the link)')
);

/** A list, its items not looked at (a schema per item costs even when it checks nothing). */
export const AnyList = v.custom<unknown[]>(Array.isArray, expected('a list'));

export function isPartialDate(value: unknown): value is PartialDate {
	return firstIssue(PartialDateSchema, value) === null;
}

/**
 * Every data file carries its run's generation (16 hex digits of a hash of the three files'
 * contents), so files of two runs side by side are recognised (src/lib/data/load.ts).
 */
export const GenerationSchema = v.pipe(
	v.string(expected('16 hexadecimal digits')),
	v.regex(GENERATION_RE, expected('16 hexadecimal digits'))
);
export const NO_GENERATION = `data written before ingest runs had one: ${REINGEST}`;

/* ------------------------------------------------------------------ places.geojson */

const PlacePropertiesSchema = v.object({
	/** Stable id: `country-af`, `city-kabul`, `province-panjshir`, `region-central-asia`, … */
	id: v.string(),
	name: v.string(),
	kind: v.picklist(PLACE_KINDS),
	/** ISO 3166-1 alpha-2 of the country the place is in (or is); null for supranational regions. */
	country: v.nullable(v.string()),
	/** True for national capitals (drawn distinctly). */
	capital: v.optional(v.boolean()),
	/** Id of the polygon in regions.geojson drawn for this place, if any. */
	polygon: v.optional(v.nullable(v.string())),
	/**
	 * Mention counts per publication year of the article (`"undated"` for undated articles). The
	 * mentions themselves are listed under their articles in articles.json.
	 */
	mentionsByYear: v.record(v.string(), Count)
});
export type PlaceProperties = v.InferOutput<typeof PlacePropertiesSchema>;

const collection = <G extends string, C extends v.GenericSchema, P extends v.GenericSchema>(
	geometry: G,
	coordinates: C,
	properties: P
) =>
	v.object({
		type: v.picklist(['FeatureCollection']),
		features: v.array(
			v.object({
				type: v.picklist(['Feature']),
				geometry: v.object({ type: v.picklist([geometry]), coordinates }),
				properties
			})
		)
	});

const PlacesSchema = collection('Point', Position, PlacePropertiesSchema);

/* ------------------------------------------------------------------ links.geojson */

const LinkPropertiesSchema = v.object(
	{
		id: v.string(),
		type: v.picklist(LINK_TYPES),
		/** Party ids: ISO 3166-1 alpha-2 for states, actor ids from geodata/actors.json otherwise. */
		parties: v.pipe(Strings, v.minLength(2, expected('at least two parties'))),
		/** Party the arc starts at (visitor, initiator, accuser). */
		from: v.string(),
		/** Party the arc ends at (host, target). */
		to: v.string(),
		/** Whether the text says which way it runs; false: `from` and `to` are the order named (no arrowhead). */
		directed: v.boolean(),
		/** Venue place id, when stated. */
		place: v.nullable(v.string()),
		date: PartialDateSchema,
		year: v.nullable(Count),
		/** How the date was found; null when the date is unknown. */
		dateBasis: v.nullable(v.picklist(DATE_BASES)),
		/** Whether the event took place (the map draws `held` links by default). */
		status: v.picklist(LINK_STATUSES),
		/** Parties the text names as not taking part ("failed to attend", "boycotted"). */
		absent: Strings,
		/** How sure the link is, 0–1, from the cues it was read with and how many articles tell it. */
		confidence: Confidence,
		/** Short codes of those cues (documented in docs/data.md): `trigger:visit`, `date:relative`, `articles:2`… */
		reasons: Strings,
		/** True when a person's entry in the corrections file set or added the link (confidence is then 1). */
		corrected: v.boolean(),
		/**
		 * Number of distinct articles supporting the link. The evidence sentences are listed under
		 * their articles in articles.json.
		 */
		articles: v.pipe(Count, v.minValue(1, expected('a positive integer')))
	},
	// Files written before a field existed are of an older `format`, rejected for that first.
	objectMessage({})
);
export type LinkProperties = v.InferOutput<typeof LinkPropertiesSchema>;

/**
 * The version of links.geojson's layout, a top-level `format`. 2: each link's geometry is its two
 * ends and the app draws the arc (version 1 stored the arcs); 3: a link's id is left out when it
 * is the one its key gives (link-id.ts). Files of an older version are rejected with what to do.
 * Raise it whenever the app can no longer read the files of the version before.
 */
export const LINKS_FORMAT = 3;
const NO_FORMAT = `data written by an older ingest: ${REINGEST}`;
const FormatSchema = v.custom<typeof LINKS_FORMAT>(
	(n) => n === LINKS_FORMAT,
	(issue) =>
		typeof issue.input === 'number' && issue.input > LINKS_FORMAT
			? `expected ${LINKS_FORMAT}, got ${issue.input} (data written by a newer ingest than this app: rebuild the app)`
			: `expected ${LINKS_FORMAT}, got ${showValue(issue.input)} (${NO_FORMAT})`
);

/** links.geojson's top level, without its features: what the browser checks whole. */
const LinksHeaderSchema = v.object(
	{
		type: v.picklist(['FeatureCollection']),
		format: FormatSchema,
		/** The name shown for each party id of the links (written by ingest; see partyName). */
		parties: v.optional(
			v.record(v.string(), v.pipe(v.string(), v.minLength(1, expected('a non-empty name'))))
		),
		features: AnyList
	},
	objectMessage({ format: NO_FORMAT })
);

/**
 * A link's properties as links.geojson writes them: `parties` is left out when it is just the
 * link's two ends, `[from, to]` sorted (nine links in ten), `id` when it is the one its key gives
 * (link-id.ts), `year` when its date gives it, and the usual values (LINK_DEFAULTS); all are put
 * back before the file is checked (`withImplied`). At 10,000 articles the repeated lists were
 * about 140 KB of the gzip fetched before the first frame, the ids 430 KB, the rest 75 KB.
 */
const WrittenLinkPropertiesSchema = v.object(
	{
		...LinkPropertiesSchema.entries,
		id: v.optional(LinkPropertiesSchema.entries.id),
		parties: v.optional(LinkPropertiesSchema.entries.parties)
	},
	LinkPropertiesSchema.message
);

const LinkFeatureSchema = v.object({
	type: v.picklist(['Feature']),
	geometry: v.object({ type: v.picklist(['LineString']), coordinates: Ends }),
	properties: WrittenLinkPropertiesSchema
});

/** `from` and `to` as `parties` lists them: sorted. */
function endParties(p: { from: string; to: string }): string[] {
	return p.from < p.to ? [p.from, p.to] : [p.to, p.from];
}

/** Values links.geojson leaves out, put back when it is read: most links have them. */
const LINK_DEFAULTS = {
	status: 'held',
	directed: true,
	place: null,
	absent: [],
	corrected: false,
	articles: 1
} as const;

/**
 * A link feature as links.geojson holds it: no top-level `id` (the same as `properties.id`, which
 * the map promotes: at 10,000 articles the copy was about 150 KB gzip), no `parties` when they
 * are just its two ends, no `id` when its key gives it, no `year` when its date gives it and none
 * of LINK_DEFAULTS (see WrittenLinkPropertiesSchema).
 */
export function linkAsWritten(f: LinkFeature): object {
	const p: Partial<LinkProperties> = { ...f.properties };
	const [a, b] = endParties(f.properties);
	if (p.parties!.length === 2 && p.parties![0] === a && p.parties![1] === b) delete p.parties;
	if (p.id === linkIdOf(f.properties)) delete p.id;
	if (p.year === yearOfDate(p.date!)) delete p.year;
	for (const [key, value] of Object.entries(LINK_DEFAULTS)) {
		const k = key as keyof typeof LINK_DEFAULTS;
		if (JSON.stringify(p[k]) === JSON.stringify(value)) delete p[k];
	}
	return { type: 'Feature', geometry: f.geometry, properties: p };
}

function yearOfDate(date: string | null): number | null {
	return date ? Number(date.slice(0, 4)) : null;
}

/**
 * The links of a file as read, each given back what the file left out (linkAsWritten): before
 * the check, so a message about a link names it by its id. Features whose ends or fields are not
 * there are left as they are, for the check to report.
 */
function withImplied(data: unknown): unknown {
	const features = (data as { features?: unknown } | null)?.features;
	if (!Array.isArray(features)) return data;
	for (const f of features) {
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- unchecked JSON, filled in before the check
		const p = (f as { properties?: Record<string, any> } | null)?.properties;
		if (typeof p?.from !== 'string' || typeof p.to !== 'string') continue;
		p.status ??= LINK_DEFAULTS.status;
		p.directed ??= LINK_DEFAULTS.directed;
		p.place ??= LINK_DEFAULTS.place;
		p.absent ??= [];
		p.corrected ??= LINK_DEFAULTS.corrected;
		p.articles ??= LINK_DEFAULTS.articles;
		p.parties ??= endParties(p as { from: string; to: string });
		p.year ??= typeof p.date === 'string' ? yearOfDate(p.date) : null;
		if (Array.isArray(p.parties)) p.id ??= linkIdOf(p as LinkProperties);
	}
	return data;
}

const LinksSchema = v.object(
	{ ...LinksHeaderSchema.entries, features: v.array(LinkFeatureSchema) },
	objectMessage({ format: NO_FORMAT })
);

/*
 * The features keep GeoJSON's own types (maplibre and turf take them); their properties are the
 * schemas' types. The collections as written carry their ingest run's `generation` (a GeoJSON
 * foreign member); in memory, before the write, they have none.
 */
export type PlaceFeature = Feature<Point, PlaceProperties>;
export type LinkFeature = Feature<LineString, LinkProperties>;
export type PlacesCollection = FeatureCollection<Point, PlaceProperties> & { generation?: string };
export type LinksCollection = FeatureCollection<LineString, LinkProperties> & {
	generation?: string;
	/** The layout's version (LINKS_FORMAT), written by the ingest. */
	format?: number;
	/** The name shown for each party id of the links (written by ingest; see partyName). */
	parties?: Record<string, string>;
};

/* ------------------------------------------------------------------ articles.json */

/*
 * articles.json's schema is in articles-schema.ts, loaded with the article text (after the map's
 * first frame) rather than with the map; its types are named here too. The pieces above that it
 * builds on (dates, counts, the generation, the sample size) are exported for it.
 */
export type {
	Article,
	ArticleEvidence,
	ArticleMention,
	ArticlesFile,
	ArticleText,
	Evidence,
	Mention,
	MentionVia,
	PublishedSource
} from './articles-schema';

/* ------------------------------------------------------------------ search.json */

/*
 * search.json's schema is in search.ts, loaded with the search box rather than with the map; its
 * types are named here too, for the ingest that writes the file.
 */
export type { SearchEntry, SearchIndexFile } from './search';

/* ------------------------------------------------------------------ validators */

/**
 * The generation a data file carries (a top-level `generation`: 16 hex digits). Files written
 * before generations existed have none and are rejected with what to do.
 */
export function generationOf(data: unknown, where: string): string {
	const generation = (data as { generation?: unknown } | null)?.generation;
	if (generation === undefined)
		throw new SchemaError(`${where}: generation`, `missing (${NO_GENERATION})`);
	const issue = firstIssue(GenerationSchema, generation);
	if (issue) throw new SchemaError(`${where}: generation`, issue.message);
	return generation as string;
}

/**
 * How many articles or links of a file the app checks (`checkArticlesFile`, `checkLinks`): the
 * ingest checked every one as it wrote them; the app checks that the file is of this version and
 * shape. At 10,000 articles checking every link and article took about half a second.
 */
export const SAMPLE = 200;

export function validatePlaces(data: unknown, where = 'places.geojson'): PlacesCollection {
	return parseFile(PlacesSchema, data, where) as PlacesCollection;
}

/** links.geojson with every link checked (the ingest, the evaluator). */
export function validateLinks(data: unknown, where = 'links.geojson'): LinksCollection {
	return parseFile(LinksSchema, withImplied(data), where) as LinksCollection;
}

/**
 * links.geojson as the app checks it before its first frame: the top level whole (its `format`
 * first: files of another version are rejected with what to do), SAMPLE of its links.
 */
export function checkLinks(data: unknown, where = 'links.geojson'): LinksCollection {
	const header = parseFile(LinksHeaderSchema, withImplied(data), where);
	parseSample(LinkFeatureSchema, header.features, { file: where, list: 'features' }, SAMPLE);
	return data as LinksCollection;
}
