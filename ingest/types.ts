/**
 * Types passed between the ingest stages. The pipeline is a chain of pure functions:
 *
 *   read (bytes → text) → clean (text → body paragraphs + furniture) → metadata
 *   → geoparse (paragraphs → mentions) → links (sentences → interactions) → build (GeoJSON)
 *
 * Only ingest/cli.ts touches the file system. The output types live in src/lib/data/schema.ts,
 * shared with the app.
 */
import type {
	ArticleText,
	DateBasis,
	LinkStatus,
	LinkType,
	Mention,
	PartialDate,
	PlaceKind
} from '../src/lib/data/schema';

/** Input formats accepted in the articles folder. */
export type InputFormat = 'txt' | 'md' | 'html';

/** A problem with one input file. `skipped` problems mean the article is not in the output. */
export interface InputProblem {
	file: string;
	message: string;
	skipped: boolean;
}

/** Result of the clean stage: the article body and the page furniture around it. */
export interface CleanResult {
	/** Body paragraphs, plain text (markdown artefacts repaired, whitespace normalised). */
	paragraphs: string[];
	/** Non-empty lines before the body (title, byline, dates, taxonomy…), plain text, in order. */
	header: string[];
	/** Non-empty lines after the body (bios, copyright, bylines printed after the text…). */
	footer: string[];
	/**
	 * The page's metadata: for HTML input the document's <title> and meta tags of interest
	 * (og:title, author, article:published_time, og:site_name, og:url…); for a stored copy that
	 * opens with its address ("SOURCE: https://…") or its store's date field, those
	 * (`stored:url`, `stored:date`).
	 */
	htmlMeta?: Record<string, string>;
}

/** Optional `NAME.meta.json` next to an article: what it gives wins over what the pipeline finds. */
export interface Sidecar {
	title?: string;
	author?: string | null;
	outlet?: string | null;
	url?: string | null;
	published?: PartialDate;
	publishedInferred?: boolean;
	/** Why the sidecar exists (free text for people; ignored by the pipeline). */
	note?: string;
}

/**
 * A publication date a person gave in the corrections file (ingest/corrections.ts). It is set
 * before the links are read, so that relative dates in the text resolve against it; it wins over
 * a sidecar's date.
 */
export interface CorrectedDate {
	published: PartialDate;
	/** The entry's note, or a plain statement that a person set it (becomes `publishedEvidence`). */
	evidence: string;
}

export type ArticleMeta = Pick<
	ArticleText,
	| 'title'
	| 'author'
	| 'outlet'
	| 'url'
	| 'published'
	| 'publishedInferred'
	| 'publishedSource'
	| 'publishedRange'
	| 'publishedConfidence'
	| 'publishedEvidence'
>;

/** One entry of the gazetteer (geodata/gazetteer.json, built by scripts/build-gazetteer.ts, plus geodata/aliases.json). */
export interface GazetteerPlace {
	/** Stable place id, e.g. `country-af`, `city-kabul`, `province-panjshir`, `region-central-asia`, `other-white-house`. */
	id: string;
	name: string;
	kind: PlaceKind;
	/** ISO alpha-2 of the country (the country itself for kind country); null for supranational regions. */
	country: string | null;
	/** Label/anchor point [lon, lat]. */
	coord: [number, number];
	capital?: boolean;
	population?: number;
	/** Polygon id in geodata/regions.geojson, when the place is drawn as a polygon. */
	polygon?: string | null;
	/** Bounding box [w, s, e, n] for regions and countries (for scoring and camera framing). */
	bbox?: [number, number, number, number];
}

/** A mention found by the geoparser, with the place it resolves to. */
export interface PlaceMention extends Mention {
	place: string;
}

/** A non-state actor (geodata/actors.json) and where it is drawn over time. */
export interface Actor {
	id: string;
	name: string;
	/** The name shown on the map and in lists when `name` is long ("TTP"); else `name` is. */
	short?: string;
	/** Names and spellings that refer to the actor in text. */
	names: string[];
	/** Country the actor belongs to (for colouring and framing). */
	country: string | null;
	/** Where the actor is drawn, by period; `from`/`to` are inclusive partial dates or null (open). */
	locations: Array<{ from: PartialDate; to: PartialDate; place: string }>;
	/** False for armed groups named only as threats or topics: never a party of a link. */
	party?: boolean;
}

/** An interaction found in one article, before merging across articles and drawing. */
export interface RawLink {
	type: LinkType;
	/** Party ids (ISO alpha-2 or actor ids), in a stable order. */
	parties: string[];
	from: string;
	to: string;
	/**
	 * Whether the text says which way the link runs (a host, a visit's destination, the agent of an
	 * accusation); false when `from` and `to` are only the order the parties are named in.
	 */
	directed: boolean;
	/** Venue place id, when stated in the text. */
	place: string | null;
	date: PartialDate;
	/** How the date was found (null with a null date). */
	dateBasis: DateBasis | null;
	status: LinkStatus;
	/** Parties named as not taking part. */
	absent: string[];
	/** 0–1, from the cues the link was read with (see `reasons`). */
	confidence: number;
	/** Short codes of those cues, for people and for the confidence shown in the app. */
	reasons: string[];
	/** Set by a person's entry in the corrections file (ingest/corrections.ts). */
	corrected?: boolean;
	evidence: Array<{ article: string; paragraph: number; sentence: string }>;
}

/**
 * The gazetteer the geoparser matches against and the later stages look places up in.
 * Built by `createGazetteer()` (ingest/gazetteer.ts) from geodata/gazetteer.json + geodata/aliases.json.
 */
export interface Gazetteer {
	/** Every place the gazetteer knows, by id. */
	readonly places: ReadonlyMap<string, GazetteerPlace>;
	get(placeId: string): GazetteerPlace | undefined;
	/** The country place (kind `country`) for an ISO alpha-2 code. */
	country(iso2: string): GazetteerPlace | undefined;
	/** The capital city place of a country, when known. */
	capital(iso2: string): GazetteerPlace | undefined;
}

/** Non-state actors (geodata/actors.json), built by `createActorIndex()` (ingest/actors.ts). */
export interface ActorIndex {
	readonly actors: readonly Actor[];
	get(actorId: string): Actor | undefined;
	/** The place id where the actor is drawn at a date (null date: its latest location). */
	locate(actorId: string, date: PartialDate): string | undefined;
}
