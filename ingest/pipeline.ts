/**
 * The pipeline, as pure orchestration: bytes of article files in, the output documents and a list
 * of problems out. No file system here (ingest/cli.ts reads and writes), so the whole chain can be
 * run in tests and benchmarks on in-memory inputs.
 *
 * One broken article never stops the others: whatever any stage throws is caught and reported as
 * one problem naming the file and the stage; the article is skipped and the run goes on.
 */
import { createHash } from 'node:crypto';
import type { ArticleText } from '../src/lib/data/schema';
import { extractLinks } from './stages/links';
import { extractMetadata, parseSidecar, type MetadataResult } from './stages/metadata';
import { cleanArticle } from './stages/clean';
import { geoparse } from './stages/geoparse';
import { readArticle } from './stages/read';
import { buildOutput, type BuildOutput } from './stages/build';
import {
	applyCorrections,
	correctedDates,
	type Corrections,
	type CorrectionsReport
} from './corrections';
import type { Offices } from './offices';
import type { Calendar } from './calendar';
import { dateFromCalendar, datedByCalendar } from './calendar-match';
import { FIRST_DAY, KNOWN_UNTIL } from './stages/meta-days';
import type {
	ActorIndex,
	CorrectedDate,
	Gazetteer,
	InputProblem,
	PlaceMention,
	RawLink,
	Sidecar
} from './types';

export interface PipelineContext {
	gazetteer: Gazetteer;
	actors: ActorIndex;
	/** Terms of office and anchor events, to date pages that print no date (null: none known). */
	offices?: Offices | null;
	/** Dated diplomatic events, to date a page's own news when its date is inferred (null: none). */
	calendar?: Calendar | null;
	/** aliases.json `cues` (names and titles that imply a country), for the search index. */
	cues?: ReadonlyMap<string, readonly string[]>;
}

export interface PipelineInput {
	/** File name (no directory), e.g. `000_7c93162b7207209b.txt`. */
	file: string;
	bytes: Uint8Array;
	/** Text of the `NAME.meta.json` sidecar, when there is one. */
	sidecar?: string;
	/** Problems found while reading the input (an unreadable sidecar), reported with the article's. */
	problems?: InputProblem[];
	/** The publication date the corrections file gives the article (wins over the sidecar's). */
	correctedDate?: CorrectedDate;
}

/** An input file that could not be read (the CLI reports it in its place in the order). */
export interface UnreadableInput {
	file: string;
	failed: ArticleSkipped;
}

export interface ArticleResult {
	ok: true;
	article: ArticleText;
	mentions: PlaceMention[];
	links: RawLink[];
	/** Warnings about the article (it is kept): decoding, undated, broken sidecar… */
	problems: InputProblem[];
	/**
	 * Fingerprint of the body for duplicate detection (see `bodyFingerprint`), computed with the
	 * rest of the article's work (on a worker thread in parallel runs, not on the main thread).
	 */
	fingerprint?: string;
}

export interface ArticleSkipped {
	ok: false;
	problems: InputProblem[];
}

export interface PipelineResult {
	output: BuildOutput;
	/** In input order; `skipped` problems mean the article is not in the output. */
	problems: InputProblem[];
	/** Number of input files seen and of articles skipped. */
	files: number;
	skipped: number;
	/** What the corrections file's entries did (nothing applied and nothing reported without one). */
	corrections: CorrectionsReport;
}

export interface RunOptions {
	/** Called after each input file with the number done so far. */
	onProgress?: (done: number) => void;
	/**
	 * A person's corrections (ingest/corrections.ts): the dates are given to the inputs that do not
	 * carry one yet, the link entries applied before the build.
	 */
	corrections?: Corrections;
}

/**
 * Mentions kept per article, in reading order (the most in any real page is about 100). One page
 * naming a place tens of thousands of times would otherwise grow articles.json, the links stage
 * and the panel without bound.
 */
export const MAX_MENTIONS_PER_ARTICLE = 2000;

/** Sidecar file name for an article file: `NAME.txt` → `NAME.meta.json`. */
export function sidecarName(file: string): string {
	return `${baseName(file)}.meta.json`;
}

function baseName(file: string): string {
	const dot = file.lastIndexOf('.');
	return dot > 0 ? file.slice(0, dot) : file;
}

/** Article id from a file name: the name without its extension, made safe for URLs and ids. */
export function articleIdFor(file: string): string {
	const slug = baseName(file)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9_-]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug || 'article';
}

function errorMessage(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

/** What else `processArticle` may be told about a file. */
export interface ArticleOptions {
	/** The article's id (default: derived from the file name). */
	id?: string;
	/** A publication date from the corrections file, set before the links are read. */
	correctedDate?: CorrectedDate;
}

/** The sidecar's fields, or undefined (a broken sidecar is ignored with a warning). */
function readSidecar(
	file: string,
	text: string | undefined,
	warn: (message: string) => void
): Sidecar | undefined {
	if (text === undefined) return undefined;
	try {
		return parseSidecar(text);
	} catch (e) {
		warn(`sidecar ${sidecarName(file)} is broken and was ignored: ${errorMessage(e)}`);
		return undefined;
	}
}

/** The article as written out: its metadata and its paragraphs. */
function articleText(
	id: string,
	file: string,
	meta: Omit<MetadataResult, 'warnings'>,
	paragraphs: string[]
): ArticleText {
	return {
		id,
		file,
		title: meta.title,
		author: meta.author,
		outlet: meta.outlet,
		url: meta.url,
		published: meta.published,
		publishedInferred: meta.publishedInferred,
		publishedSource: meta.publishedSource,
		publishedRange: meta.publishedRange,
		publishedConfidence: meta.publishedConfidence,
		publishedEvidence: meta.publishedEvidence,
		paragraphs
	};
}

/** Keeps the first MAX_MENTIONS_PER_ARTICLE mentions, with a warning when there were more. */
function capMentions(mentions: PlaceMention[], warn: (message: string) => void): void {
	if (mentions.length <= MAX_MENTIONS_PER_ARTICLE) return;
	warn(
		`${mentions.length} place mentions: only the first ${MAX_MENTIONS_PER_ARTICLE} are kept ` +
			'(the rest are not listed, counted or used to read links)'
	);
	mentions.length = MAX_MENTIONS_PER_ARTICLE;
}

/** How sure a date is that only the calendar event a page reports gives (no cue of its own). */
const UNDATED_CALENDAR_CONFIDENCE = 0.2;

/**
 * The links stage on an article read so far. When the date was inferred (or nothing dated the
 * page at all) and the page's own news is an event of the calendar, the article is dated at it
 * and its links read again against it.
 */
function articleLinks(article: ArticleText, mentions: PlaceMention[], ctx: PipelineContext) {
	// A date a person gave (sidecar, correction) is not doubted as the rules' inference is,
	// even when that person inferred it from the text.
	let inferred =
		article.publishedInferred &&
		article.publishedSource !== 'sidecar' &&
		article.publishedSource !== 'correction';
	const read = () =>
		extractLinks({
			article: {
				id: article.id,
				published: article.published,
				publishedInferred: inferred,
				publishedRange: article.publishedRange,
				paragraphs: article.paragraphs
			},
			mentions,
			gazetteer: ctx.gazetteer,
			actors: ctx.actors,
			offices: ctx.offices ?? null
		});
	const links = read();
	const undated = article.published === null;
	if (!ctx.calendar || (!undated && (!inferred || !article.publishedRange))) return links;
	const named = new Set(mentions.map((m) => m.place));
	const match = dateFromCalendar(
		links,
		article.publishedRange ?? [FIRST_DAY, KNOWN_UNTIL],
		ctx.calendar,
		named,
		ctx.offices ?? null,
		undated
	);
	if (!match) return links;
	datedByCalendar(article, match);
	if (undated) {
		// Nothing else dated the page: the event it reports is all there is, and a weak cue.
		inferred = article.publishedInferred = true;
		article.publishedSource = 'body';
		article.publishedConfidence = UNDATED_CALENDAR_CONFIDENCE;
	}
	return read();
}

/**
 * An undated page the calendar dated (articleLinks): its "undated" warnings give way to one that
 * says which event dated it, and how weakly.
 */
function redateUndated(problems: InputProblem[], file: string, article: ArticleText): void {
	const kept = problems.filter((p) => !/undated/i.test(p.message));
	problems.length = 0;
	problems.push(...kept, {
		file,
		message: `no publication date printed and no cue in the text; dated ${article.published} (${article.publishedRange?.join(' … ')}) as the page ${article.publishedEvidence}`,
		skipped: false
	});
}

/**
 * Runs read → clean → metadata → geoparse → links on one file. Never throws: a failure in any
 * stage becomes a skip problem naming the stage.
 */
export function processArticle(
	file: string,
	bytes: Uint8Array,
	sidecarText: string | undefined,
	ctx: PipelineContext,
	options: ArticleOptions = {}
): ArticleResult | ArticleSkipped {
	const id = options.id ?? articleIdFor(file);
	const problems: InputProblem[] = [];
	const warn = (message: string) => problems.push({ file, message, skipped: false });
	const skip = (message: string): ArticleSkipped => ({
		ok: false,
		problems: [...problems, { file, message, skipped: true }]
	});

	let stage = 'read';
	try {
		const read = readArticle(file, bytes);
		if (!read.ok) return skip(read.problem);
		read.warnings.forEach(warn);

		stage = 'clean';
		const clean = cleanArticle(read.text, read.format);
		if (clean.paragraphs.length === 0) {
			return skip('no article text found (everything looked like page furniture)');
		}

		stage = 'sidecar';
		const sidecar = readSidecar(file, sidecarText, warn);

		stage = 'metadata';
		const { warnings, ...meta } = extractMetadata(clean, {
			file,
			sidecar,
			offices: ctx.offices ?? null,
			correctedDate: options.correctedDate
		});
		warnings.forEach(warn);
		if (meta.published === null && !warnings.some((w) => /undated/i.test(w))) {
			warn('undated: no publication date found; kept, but left out of the year filter');
		}
		const article = articleText(id, file, meta, clean.paragraphs);

		stage = 'geoparse';
		const mentions = geoparse(id, article.paragraphs, ctx.gazetteer);
		capMentions(mentions, warn);

		stage = 'links';
		const links = articleLinks(article, mentions, ctx);
		if (meta.published === null && article.published !== null)
			redateUndated(problems, file, article);
		stage = 'fingerprint';
		const fingerprint = bodyFingerprint(article.paragraphs);
		return { ok: true, article, mentions, links, problems, fingerprint };
	} catch (e) {
		return skip(`failed in the ${stage} stage: ${errorMessage(e)}`);
	}
}

/** processArticle on a read input, with the problems found while reading it put first. */
export function processInput(
	input: PipelineInput,
	ctx: PipelineContext
): ArticleResult | ArticleSkipped {
	const outcome = processArticle(input.file, input.bytes, input.sidecar, ctx, {
		correctedDate: input.correctedDate
	});
	if (input.problems?.length) outcome.problems.unshift(...input.problems);
	return outcome;
}

/** Fingerprint of the body for duplicate detection: case, punctuation and whitespace folded. */
export function bodyFingerprint(paragraphs: string[]): string {
	const folded = paragraphs
		.join(' ')
		.toLowerCase()
		.normalize('NFKC')
		.replace(/[\p{P}\p{S}\s]+/gu, ' ')
		.trim();
	return createHash('sha1').update(folded).digest('base64');
}

/**
 * The key by which two files are one article told twice: its title and the day it was printed. A
 * date guessed from the body is no such day: two pages of different outlets under one wire headline
 * ("Bangladesh stops issuing visas to Pakistanis"), both dated "2020" from the prime minister they
 * name, are two pages.
 */
function titleKey(article: ArticleText): string | null {
	const title = article.title
		.toLowerCase()
		.replace(/[\p{P}\p{S}\s]+/gu, ' ')
		.trim();
	const day = article.publishedInferred ? null : article.published;
	return title && day ? `${title}|${day}` : null;
}

/** Renames an article (and what points at it) when its file-derived id is already taken. */
function renameArticle(result: ArticleResult, id: string): void {
	const old = result.article.id;
	result.article.id = id;
	for (const m of result.mentions) if (m.article === old) m.article = id;
	for (const l of result.links) for (const e of l.evidence) if (e.article === old) e.article = id;
}

/**
 * Collects per-file results in input order: skips the later copy of an article (same normalised
 * body, or same title and publication date), gives each kept article a unique id, gathers the
 * problems, and builds the output. Used by the sequential run below and by the parallel run
 * (ingest/parallel.ts), so both give the same output.
 */
export class OutputAssembler {
	private readonly problems: InputProblem[] = [];
	private readonly articles: ArticleText[] = [];
	private readonly mentions: PlaceMention[] = [];
	private readonly links: RawLink[] = [];
	private readonly byBody = new Map<string, string>();
	private readonly byTitle = new Map<string, string>();
	private readonly usedIds = new Set<string>();
	private readonly skippedFiles = new Set<string>();
	private files = 0;
	private skipped = 0;

	/**
	 * `corrections`: a person's corrections, whose link entries are applied to the links of each
	 * article before they are merged (the dates must already be on the inputs: see RunOptions).
	 */
	constructor(
		private readonly ctx: PipelineContext,
		private readonly corrections?: Corrections
	) {}

	/** Adds the outcome for the next input file. */
	add(file: string, result: ArticleResult | ArticleSkipped): void {
		this.files++;
		if (!result.ok) {
			this.problems.push(...result.problems);
			this.skippedFiles.add(file);
			this.skipped++;
			return;
		}
		const body = result.fingerprint ?? bodyFingerprint(result.article.paragraphs);
		const title = titleKey(result.article);
		const original = this.byBody.get(body) ?? (title ? this.byTitle.get(title) : undefined);
		if (original !== undefined) {
			this.problems.push({ file, message: `duplicate of ${original}`, skipped: true });
			this.skippedFiles.add(file);
			this.skipped++;
			return;
		}
		this.byBody.set(body, file);
		if (title) this.byTitle.set(title, file);
		const base = result.article.id;
		let id = base;
		for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
		if (id !== base) renameArticle(result, id);
		this.usedIds.add(id);
		this.problems.push(...result.problems);
		this.articles.push(result.article);
		for (const m of result.mentions) this.mentions.push(m);
		for (const l of result.links) this.links.push(l);
	}

	finish(): PipelineResult {
		let links = this.links;
		let corrections: CorrectionsReport = { applied: 0, problems: [] };
		const entries = this.corrections
			? this.corrections.links.length + this.corrections.articles.length
			: 0;
		if (this.corrections && entries > 0) {
			const corrected = applyCorrections(
				this.links,
				this.articles,
				this.corrections,
				this.skippedFiles
			);
			links = corrected.links;
			corrections = { applied: corrected.applied, problems: corrected.problems };
		}
		const output = buildOutput({
			articles: this.articles,
			mentions: this.mentions,
			links,
			gazetteer: this.ctx.gazetteer,
			actors: this.ctx.actors
		});
		return {
			output,
			problems: this.problems,
			files: this.files,
			skipped: this.skipped,
			corrections
		};
	}
}

/**
 * Runs every input through the stages and builds the output. Inputs are handled in the order
 * given (the CLI sorts them by file name): of two copies of one article the later one is skipped.
 * With `options.corrections`, a person's corrections are applied (dates before the links are
 * read, link entries before the build).
 */
export function runPipeline(
	inputs: Iterable<PipelineInput | UnreadableInput>,
	ctx: PipelineContext,
	options: RunOptions = {}
): PipelineResult {
	const assembler = new OutputAssembler(ctx, options.corrections);
	const dates = options.corrections ? correctedDates(options.corrections) : undefined;
	let done = 0;
	for (const input of inputs) {
		if ('failed' in input) assembler.add(input.file, input.failed);
		else {
			const correctedDate = input.correctedDate ?? dates?.get(input.file);
			assembler.add(input.file, processInput({ ...input, correctedDate }, ctx));
		}
		options.onProgress?.(++done);
	}
	return assembler.finish();
}
