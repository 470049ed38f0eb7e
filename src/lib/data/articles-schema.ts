/**
 * The schema of articles.json (the article text, with the place mentions and link evidence in it),
 * part of the data contract of schema.ts, whose rules hold here: the types are inferred from these
 * schemas, the ingest checks what it writes against them, the app a sample of what it loads.
 * Apart from schema.ts, as search.json's is (search.ts), because the app reads this file only
 * after the map's first frame (when a panel, the reader or the tour needs the text, or once the
 * map is idle): the schemas and their checks are fetched then, with the loader (load-articles.ts).
 * schema.ts names the types too.
 *
 * No Svelte or browser imports here: ingest (Node) imports this file too.
 */
import * as v from 'valibot';
import { expected, notList, objectMessage, parseFile, parseSample } from './issues';
import {
	AnyList,
	Confidence,
	Day,
	GenerationSchema,
	Index,
	NO_GENERATION,
	PartialDateSchema,
	REINGEST,
	SAMPLE,
	Strings
} from './schema';

/** How a mention was recognised. */
const MENTION_VIAS = ['name', 'alias', 'demonym'] as const;
export type MentionVia = (typeof MENTION_VIAS)[number];

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
 * What an article is before the build: metadata and cleaned text. The build adds the mentions and
 * the link evidence found in it (`Article`).
 */
const ArticleTextSchema = v.object({
	/** Stable id derived from the file name (without extension). */
	id: v.pipe(v.string(), v.minLength(1, expected('a non-empty id'))),
	/** The input file's name, e.g. `000_7c93162b7207209b.txt`. */
	file: v.string(),
	title: v.string(),
	author: v.nullable(v.string()),
	outlet: v.nullable(v.string()),
	url: v.nullable(v.string()),
	published: PartialDateSchema,
	/** True when the date was inferred (from the body, relative cues) rather than printed as the publication date. */
	publishedInferred: v.boolean(),
	/** Where the date was read: see PUBLISHED_SOURCES. */
	publishedSource: v.picklist(PUBLISHED_SOURCES),
	/** When inferred: the interval of days the text allows (inclusive `YYYY-MM-DD`); null otherwise. */
	publishedRange: v.nullable(v.tuple([Day, Day])),
	/** How sure the date is, 0–1 (a printed date 0.8–1, an inferred one 0.2–0.5). */
	publishedConfidence: Confidence,
	/** The line or value the date was read from, or the cues it was inferred from. */
	publishedEvidence: v.nullable(v.string()),
	/** The cleaned body, one string per paragraph. Mentions and evidence point into this array. */
	paragraphs: Strings
});
export type ArticleText = v.InferOutput<typeof ArticleTextSchema>;

/** A place mention, as listed under its article in articles.json. */
const ArticleMentionSchema = v.object({
	/** Id of the mentioned place (a feature of places.geojson). */
	place: v.string(),
	/** Index into the article's `paragraphs`. */
	paragraph: Index,
	/** Character offsets into that paragraph (UTF-16 code units, end exclusive). */
	start: Index,
	end: Index,
	/** The matched text, exactly as in the paragraph. */
	text: v.string(),
	via: v.picklist(MENTION_VIAS)
});
export type ArticleMention = v.InferOutput<typeof ArticleMentionSchema>;

/** A sentence a link was read from, as listed under its article in articles.json. */
const ArticleEvidenceSchema = v.object({
	/** Id of the link (a feature of links.geojson). */
	link: v.string(),
	paragraph: Index,
	/** The evidence sentence, verbatim from the cleaned paragraph. */
	sentence: v.string()
});
export type ArticleEvidence = v.InferOutput<typeof ArticleEvidenceSchema>;

/**
 * An article as written to articles.json: its text plus the reading data that points into it
 * (which places it mentions where, which links it is evidence for). Map data (places.geojson,
 * links.geojson) carries only counts, so the map can draw before this file is loaded.
 */
const ArticleSchema = v.object(
	{
		...ArticleTextSchema.entries,
		/** Every place mention, sorted by paragraph and offset. */
		mentions: v.array(ArticleMentionSchema),
		/** Every sentence a link was read from, sorted by paragraph (then link order in links.geojson). */
		evidence: v.array(ArticleEvidenceSchema)
	},
	objectMessage({
		mentions: `data written before mentions moved to articles.json: ${REINGEST}`,
		evidence: `data written before evidence moved to articles.json: ${REINGEST}`,
		publishedSource: `data written before publication sources were recorded: ${REINGEST}`
	})
);
export type Article = v.InferOutput<typeof ArticleSchema>;

/** A mention as indexed per place (by the app, the evaluator): the article instead of the place. */
export type Mention = Omit<ArticleMention, 'place'> & {
	/** Article id. */
	article: string;
};

/** Evidence as indexed per link (by the app, the evaluator, the pipeline): the article instead of the link. */
export type Evidence = Omit<ArticleEvidence, 'link'> & { article: string };

/** articles.json: the articles (sorted by id) and the generation of the ingest run that wrote them. */
const articlesFileSchema = <S extends v.GenericSchema>(articles: S) =>
	notList(
		v.object(
			{ generation: GenerationSchema, articles },
			objectMessage({ generation: NO_GENERATION }, 'an object with articles and generation')
		),
		// The articles.json of old runs was a bare list: rejected with what to do.
		() =>
			`expected an object with articles and generation, found a bare list (data written before ingest runs had a generation: ${REINGEST})`
	);
const ArticlesFileSchema = articlesFileSchema(v.array(ArticleSchema));
export type ArticlesFile = v.InferOutput<typeof ArticlesFileSchema>;

/* ------------------------------------------------------------------ validators */

export function validateArticles(data: unknown, where = 'articles.json'): Article[] {
	return parseFile(v.array(ArticleSchema), data, where);
}

/** articles.json as written: `{ "articles": [...], "generation": "…" }`, every article checked. */
export function validateArticlesFile(data: unknown, where = 'articles.json'): ArticlesFile {
	return parseFile(ArticlesFileSchema, data, where);
}

/** articles.json as the app checks it: its top level whole, SAMPLE of its articles. */
export function checkArticlesFile(data: unknown, where = 'articles.json'): ArticlesFile {
	const file = parseFile(articlesFileSchema(AnyList), data, where);
	parseSample(ArticleSchema, file.articles, { file: where, list: 'articles' }, SAMPLE);
	return data as ArticlesFile;
}
