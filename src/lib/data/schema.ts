/**
 * The data contract between the ingest pipeline (writer) and the app and outside tools (readers).
 * Documented for people in docs/data.md; this file is the single source of truth for the types.
 * Field names and meanings below are fixed; more fields may be added.
 *
 * No Svelte or browser imports here: ingest (Node) imports this file too.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';

/** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or null when the article could not be dated. */
export type PartialDate = string | null;

/**
 * What an article is before the build: metadata and cleaned text. The build adds the mentions and
 * the link evidence found in it (`Article`).
 */
export interface ArticleText {
	/** Stable id derived from the file name (without extension). */
	id: string;
	/** The input file's name, e.g. `000_7c93162b7207209b.txt`. */
	file: string;
	title: string;
	author: string | null;
	outlet: string | null;
	url: string | null;
	published: PartialDate;
	/** True when the date was inferred (from the body, relative cues) rather than printed as the publication date. */
	publishedInferred: boolean;
	/** Where the date was read: see PUBLISHED_SOURCES. */
	publishedSource: PublishedSource;
	/** When inferred: the interval of days the text allows (inclusive `YYYY-MM-DD`); null otherwise. */
	publishedRange: [string, string] | null;
	/** How sure the date is, 0–1 (a printed date 0.8–1, an inferred one 0.2–0.5). */
	publishedConfidence: number;
	/** The line or value the date was read from, or the cues it was inferred from. */
	publishedEvidence: string | null;
	/** The cleaned body, one string per paragraph. Mentions and evidence point into this array. */
	paragraphs: string[];
}

/**
 * An article as written to articles.json: its text plus the reading data that points into it
 * (which places it mentions where, which links it is evidence for). Map data (places.geojson,
 * links.geojson) carries only counts, so the map can draw before this file is loaded.
 */
export interface Article extends ArticleText {
	/** Every place mention, sorted by paragraph and offset. */
	mentions: ArticleMention[];
	/** Every sentence a link was read from, sorted by paragraph (then link order in links.geojson). */
	evidence: ArticleEvidence[];
}

export type PlaceKind = 'country' | 'city' | 'province' | 'region' | 'other';

/** How a mention was recognised. */
export type MentionVia = 'name' | 'alias' | 'demonym';

/** A place mention, as listed under its article in articles.json. */
export interface ArticleMention {
	/** Id of the mentioned place (a feature of places.geojson). */
	place: string;
	/** Index into the article's `paragraphs`. */
	paragraph: number;
	/** Character offsets into that paragraph (UTF-16 code units, end exclusive). */
	start: number;
	end: number;
	/** The matched text, exactly as in the paragraph. */
	text: string;
	via: MentionVia;
}

/** A mention as indexed per place (by the app, the evaluator): the article instead of the place. */
export type Mention = Omit<ArticleMention, 'place'> & {
	/** Article id. */
	article: string;
};

export interface PlaceProperties {
	/** Stable id: `country-af`, `city-kabul`, `province-panjshir`, `region-central-asia`, … */
	id: string;
	name: string;
	kind: PlaceKind;
	/** ISO 3166-1 alpha-2 of the country the place is in (or is); null for supranational regions. */
	country: string | null;
	/** True for national capitals (drawn distinctly). */
	capital?: boolean;
	/** Id of the polygon in regions.geojson drawn for this place, if any. */
	polygon?: string | null;
	/**
	 * Mention counts per publication year of the article (`"undated"` for undated articles). The
	 * mentions themselves are listed under their articles in articles.json.
	 */
	mentionsByYear: Record<string, number>;
}

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
 * Where an article's publication date was read: a sidecar, HTML or stored metadata, a print line
 * ("This story is from …"), the byline's date line, the dateline, the address, or inferred from
 * the body (`publishedRange` then says how wide), a person's correction (geodata/corrections.json);
 * `none` when undated.
 */
const PUBLISHED_SOURCES = [
	'sidecar',
	'meta',
	'print-line',
	'byline',
	'dateline',
	'url',
	'body',
	'correction',
	'none'
] as const;
export type PublishedSource = (typeof PUBLISHED_SOURCES)[number];

/**
 * Whether the event took place: `held`; `planned` (announced for later); `cancelled` (called
 * off or postponed); `refused` (a party declined); `denied` (a party says it did not happen).
 */
export const LINK_STATUSES = ['held', 'planned', 'cancelled', 'refused', 'denied'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/**
 * How a link's date was found: written in the sentence (`stated`), a relative cue resolved
 * against the publication date (`relative`: "on Thursday", "last month"), the publication date
 * itself (`publication`: the day's news), `inferred` (from the story around it), or given by a
 * person in the corrections file (`corrected`).
 */
const DATE_BASES = ['stated', 'relative', 'publication', 'inferred', 'corrected'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** A sentence a link was read from, as listed under its article in articles.json. */
export interface ArticleEvidence {
	/** Id of the link (a feature of links.geojson). */
	link: string;
	paragraph: number;
	/** The evidence sentence, verbatim from the cleaned paragraph. */
	sentence: string;
}

/** Evidence as indexed per link (by the app, the evaluator, the pipeline): the article instead of the link. */
export type Evidence = Omit<ArticleEvidence, 'link'> & { article: string };

export interface LinkProperties {
	id: string;
	type: LinkType;
	/** Party ids: ISO 3166-1 alpha-2 for states, actor ids from geodata/actors.json otherwise. */
	parties: string[];
	/** Party the arc starts at (visitor, initiator, accuser). */
	from: string;
	/** Party the arc ends at (host, target). */
	to: string;
	/** Venue place id, when stated. */
	place: string | null;
	date: PartialDate;
	year: number | null;
	/** How the date was found; null when the date is unknown. */
	dateBasis: DateBasis | null;
	/** Whether the event took place (the map draws `held` links by default). */
	status: LinkStatus;
	/** Parties the text names as not taking part ("failed to attend", "boycotted"). */
	absent: string[];
	/** How sure the link is, 0–1, from the cues it was read with and how many articles tell it. */
	confidence: number;
	/** Short codes of those cues (documented in docs/data.md): `trigger:visit`, `date:relative`, `articles:2`… */
	reasons: string[];
	/** True when a person's entry in the corrections file set or added the link (confidence is then 1). */
	corrected: boolean;
	/**
	 * Number of distinct articles supporting the link. The evidence sentences are listed under
	 * their articles in articles.json.
	 */
	articles: number;
}

/** What a search entry names (search.json). */
export type SearchKind = 'place' | 'party' | 'person' | 'organisation';

/**
 * One name to search for (search.json): a place, a party without a place of its own (the
 * Taliban), an organisation that is a party (the UN), or a person the articles name. Only names
 * found in the articles are listed. The validator is in search.ts, loaded with the search box.
 */
export interface SearchEntry {
	name: string;
	kind: SearchKind;
	/** The place the entry selects (a feature of places.geojson), or null: a party with no place. */
	place: string | null;
	/**
	 * A party id as in links.geojson: the party itself (parties, organisations, a country place
	 * that takes part in a link), or the party a person belongs to (their country); else null.
	 */
	party: string | null;
	/** Other names for it found in the articles (spellings, short forms), the name left out. */
	aliases: string[];
}

export interface SearchIndexFile {
	entries: SearchEntry[];
}

export type PlaceFeature = Feature<Point, PlaceProperties>;
export type LinkFeature = Feature<LineString, LinkProperties>;
/**
 * The collections as written carry their ingest run's `generation` (a GeoJSON foreign member); in
 * memory, before the write, they have none.
 */
export type PlacesCollection = FeatureCollection<Point, PlaceProperties> & { generation?: string };
export type LinksCollection = FeatureCollection<LineString, LinkProperties> & {
	generation?: string;
	/** The name shown for each party id of the links (written by ingest; see partyName). */
	parties?: Record<string, string>;
};

/**
 * articles.json: the articles (sorted by id) and the generation of the ingest run that wrote them.
 * Every data file carries its run's generation (16 hex digits of a hash of the three files'
 * contents), so files of two runs side by side are recognised (src/lib/data/load.ts).
 */
export interface ArticlesFile {
	generation: string;
	articles: Article[];
}

const GENERATION_RE = /^[0-9a-f]{16}$/;

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

const isConfidence = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 1;

/** Thrown by the validators with a message naming what is wrong and where. */
export class SchemaError extends Error {
	constructor(
		readonly where: string,
		message: string
	) {
		super(`${where}: ${message}`);
		this.name = 'SchemaError';
	}
}

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function expect(cond: boolean, where: string, message: string): asserts cond {
	if (!cond) throw new SchemaError(where, message);
}

export function isPartialDate(v: unknown): v is PartialDate {
	return v === null || (typeof v === 'string' && DATE_RE.test(v));
}

export function validateArticles(data: unknown, where = 'articles.json'): Article[] {
	expect(Array.isArray(data), where, 'expected an array of articles');
	data.forEach((a, i) => {
		const w = `${where}[${i}]`;
		expect(isObject(a), w, 'expected an object');
		expect(typeof a.id === 'string' && a.id.length > 0, w, 'id must be a non-empty string');
		expect(typeof a.file === 'string', w, 'file must be a string');
		expect(typeof a.title === 'string', w, 'title must be a string');
		expect(isPartialDate(a.published), w, `published must be YYYY[-MM[-DD]] or null`);
		expect(typeof a.publishedInferred === 'boolean', w, 'publishedInferred must be a boolean');
		expect(
			PUBLISHED_SOURCES.includes(a.publishedSource as PublishedSource),
			w,
			`publishedSource must be one of ${PUBLISHED_SOURCES.join(', ')} (data written before publication sources were recorded: run \`npm run ingest\`)`
		);
		expect(
			a.publishedRange === null ||
				(Array.isArray(a.publishedRange) &&
					a.publishedRange.length === 2 &&
					a.publishedRange.every((d: unknown) => typeof d === 'string' && DAY_RE.test(d))),
			w,
			'publishedRange must be null or [YYYY-MM-DD, YYYY-MM-DD]'
		);
		expect(isConfidence(a.publishedConfidence), w, 'publishedConfidence must be a number in 0–1');
		expect(
			Array.isArray(a.paragraphs) && a.paragraphs.every((p) => typeof p === 'string'),
			w,
			'paragraphs must be an array of strings'
		);
		expect(
			Array.isArray(a.mentions),
			w,
			'mentions must be an array (data written before mentions moved to articles.json: run `npm run ingest`)'
		);
		a.mentions.forEach((m: unknown, j) => {
			const wm = `${w}.mentions[${j}]`;
			expect(isObject(m) && typeof m.place === 'string', wm, 'place must be a string');
			expect(
				Number.isInteger(m.paragraph) && Number.isInteger(m.start) && Number.isInteger(m.end),
				wm,
				'paragraph, start and end must be integers'
			);
		});
		expect(Array.isArray(a.evidence), w, 'evidence must be an array');
		a.evidence.forEach((e: unknown, j) => {
			const we = `${w}.evidence[${j}]`;
			expect(isObject(e) && typeof e.link === 'string', we, 'link must be a string');
			expect(Number.isInteger(e.paragraph), we, 'paragraph must be an integer');
			expect(typeof e.sentence === 'string', we, 'sentence must be a string');
		});
	});
	return data as Article[];
}

/**
 * The generation a data file carries (a top-level `generation`: 16 hex digits). Files written
 * before generations existed have none and are rejected with what to do.
 */
export function generationOf(data: unknown, where: string): string {
	const g = isObject(data) ? data.generation : undefined;
	expect(
		typeof g === 'string' && GENERATION_RE.test(g),
		where,
		g === undefined
			? 'no generation (data written before ingest runs had one: run `npm run ingest`)'
			: 'generation must be 16 hexadecimal digits'
	);
	return g;
}

/** articles.json as written: `{ "articles": [...], "generation": "…" }`. */
export function validateArticlesFile(data: unknown, where = 'articles.json'): ArticlesFile {
	expect(
		isObject(data),
		where,
		Array.isArray(data)
			? 'expected an object with articles and generation, found a bare list (data written before ingest runs had a generation: run `npm run ingest`)'
			: 'expected an object with articles and generation'
	);
	const generation = generationOf(data, where);
	return { generation, articles: validateArticles(data.articles, `${where}.articles`) };
}

function validateCollection(data: unknown, where: string, geometry: 'Point' | 'LineString') {
	expect(
		isObject(data) && data.type === 'FeatureCollection',
		where,
		'expected a FeatureCollection'
	);
	expect(Array.isArray(data.features), where, 'features must be an array');
	const features = data.features as unknown[];
	features.forEach((f, i) => {
		const w = `${where}.features[${i}]`;
		expect(isObject(f) && f.type === 'Feature', w, 'expected a Feature');
		expect(
			isObject(f.geometry) && f.geometry.type === geometry,
			w,
			`geometry must be a ${geometry}`
		);
		expect(isObject(f.properties), w, 'properties must be an object');
		expect(typeof f.properties.id === 'string', w, 'properties.id must be a string');
	});
	return features as Array<{ properties: Record<string, unknown> }>;
}

export function validatePlaces(data: unknown, where = 'places.geojson'): PlacesCollection {
	const features = validateCollection(data, where, 'Point');
	features.forEach(({ properties: p }, i) => {
		const w = `${where}.features[${i}] (${String(p.id)})`;
		expect(typeof p.name === 'string', w, 'name must be a string');
		expect(
			['country', 'city', 'province', 'region', 'other'].includes(p.kind as string),
			w,
			'kind is not one of country|city|province|region|other'
		);
		expect(
			p.country === null || typeof p.country === 'string',
			w,
			'country must be a string or null'
		);
		expect(isObject(p.mentionsByYear), w, 'mentionsByYear must be an object');
	});
	return data as PlacesCollection;
}

export function validateLinks(data: unknown, where = 'links.geojson'): LinksCollection {
	const features = validateCollection(data, where, 'LineString');
	features.forEach(({ properties: p }, i) => {
		const w = `${where}.features[${i}] (${String(p.id)})`;
		expect(LINK_TYPES.includes(p.type as LinkType), w, `type ${String(p.type)} is unknown`);
		expect(
			Array.isArray(p.parties) && p.parties.length >= 2,
			w,
			'parties must list at least two parties'
		);
		expect(typeof p.from === 'string' && typeof p.to === 'string', w, 'from/to must be strings');
		expect(isPartialDate(p.date), w, 'date must be YYYY[-MM[-DD]] or null');
		expect(p.year === null || Number.isInteger(p.year), w, 'year must be an integer or null');
		expect(
			Number.isInteger(p.articles) && (p.articles as number) > 0,
			w,
			'articles must be a positive integer'
		);
		expect(
			LINK_STATUSES.includes(p.status as LinkStatus),
			w,
			`status must be one of ${LINK_STATUSES.join(', ')} (data written before links had a status: run \`npm run ingest\`)`
		);
		expect(isConfidence(p.confidence), w, 'confidence must be a number in 0–1');
		expect(
			typeof p.corrected === 'boolean',
			w,
			'corrected must be a boolean (data written before corrections: run `npm run ingest`)'
		);
		expect(
			Array.isArray(p.reasons) && p.reasons.every((r) => typeof r === 'string'),
			w,
			'reasons must be an array of strings'
		);
		expect(
			p.dateBasis === null || DATE_BASES.includes(p.dateBasis as DateBasis),
			w,
			`dateBasis must be null or one of ${DATE_BASES.join(', ')}`
		);
		expect(
			Array.isArray(p.absent) && p.absent.every((r) => typeof r === 'string'),
			w,
			'absent must be an array of party ids'
		);
	});
	const parties = isObject(data) ? data.parties : undefined;
	expect(
		parties === undefined ||
			(isObject(parties) && Object.values(parties).every((n) => typeof n === 'string' && n !== '')),
		`${where}.parties`,
		'parties must map party ids to non-empty names'
	);
	return data as LinksCollection;
}
