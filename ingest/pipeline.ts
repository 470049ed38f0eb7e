/**
 * The pipeline, as pure orchestration: bytes of article files in, the output documents and a list
 * of problems out. No file system here (ingest/cli.ts reads and writes), so the whole chain can be
 * run in tests and benchmarks on in-memory inputs.
 *
 * One broken article never stops the others: whatever any stage throws is caught and reported as
 * one problem naming the file and the stage; the article is skipped and the run goes on.
 */
import type { Article } from '../src/lib/data/schema';
import { extractLinks } from './stages/links';
import { extractMetadata, parseSidecar } from './stages/metadata';
import { cleanArticle } from './stages/clean';
import { geoparse } from './stages/geoparse';
import { readArticle } from './stages/read';
import { buildOutput, type BuildOutput } from './stages/build';
import type { ActorIndex, Gazetteer, InputProblem, PlaceMention, RawLink, Sidecar } from './types';

export interface PipelineContext {
	gazetteer: Gazetteer;
	actors: ActorIndex;
}

export interface PipelineInput {
	/** File name (no directory), e.g. `000_7c93162b7207209b.txt`. */
	file: string;
	bytes: Uint8Array;
	/** Text of the `NAME.meta.json` sidecar, when there is one. */
	sidecar?: string;
}

export interface ArticleResult {
	ok: true;
	article: Article;
	mentions: PlaceMention[];
	links: RawLink[];
	/** Warnings about the article (it is kept): decoding, undated, broken sidecar… */
	problems: InputProblem[];
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
}

export interface RunOptions {
	/** Called after each input file with the number done so far. */
	onProgress?: (done: number) => void;
}

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

/**
 * Runs read → clean → metadata → geoparse → links on one file. Never throws: a failure in any
 * stage becomes a skip problem naming the stage.
 */
export function processArticle(
	file: string,
	bytes: Uint8Array,
	sidecarText: string | undefined,
	ctx: PipelineContext,
	id: string = articleIdFor(file)
): ArticleResult | ArticleSkipped {
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
		let sidecar: Sidecar | undefined;
		if (sidecarText !== undefined) {
			try {
				sidecar = parseSidecar(sidecarText);
			} catch (e) {
				warn(`sidecar ${sidecarName(file)} is broken and was ignored: ${errorMessage(e)}`);
			}
		}

		stage = 'metadata';
		const { warnings, ...meta } = extractMetadata(clean, { file, sidecar });
		warnings.forEach(warn);
		if (meta.published === null && !warnings.some((w) => /undated/i.test(w))) {
			warn('undated: no publication date found; kept, but left out of the year filter');
		}
		const article: Article = {
			id,
			file,
			title: meta.title,
			author: meta.author,
			outlet: meta.outlet,
			url: meta.url,
			published: meta.published,
			publishedInferred: meta.publishedInferred,
			paragraphs: clean.paragraphs
		};

		stage = 'geoparse';
		const mentions = geoparse(id, article.paragraphs, ctx.gazetteer);

		stage = 'links';
		const links = extractLinks({
			article: { id, published: article.published, paragraphs: article.paragraphs },
			mentions,
			gazetteer: ctx.gazetteer,
			actors: ctx.actors
		});
		return { ok: true, article, mentions, links, problems };
	} catch (e) {
		return skip(`failed in the ${stage} stage: ${errorMessage(e)}`);
	}
}

/** Body text normalised for duplicate detection: case, punctuation and whitespace folded. */
function bodyFingerprint(paragraphs: string[]): string {
	return paragraphs
		.join(' ')
		.toLowerCase()
		.normalize('NFKC')
		.replace(/[\p{P}\p{S}\s]+/gu, ' ')
		.trim();
}

function titleKey(article: Article): string | null {
	const title = article.title
		.toLowerCase()
		.replace(/[\p{P}\p{S}\s]+/gu, ' ')
		.trim();
	return title && article.published ? `${title}|${article.published}` : null;
}

/**
 * Runs every input through the stages and builds the output. Inputs are handled in the order
 * given (the CLI sorts them by file name): of two copies of one article (same normalised body, or
 * same title and publication date) the later one is skipped.
 */
export function runPipeline(
	inputs: Iterable<PipelineInput>,
	ctx: PipelineContext,
	options: RunOptions = {}
): PipelineResult {
	const problems: InputProblem[] = [];
	const articles: Article[] = [];
	const mentions: PlaceMention[] = [];
	const links: RawLink[] = [];
	const byBody = new Map<string, string>();
	const byTitle = new Map<string, string>();
	const usedIds = new Set<string>();
	let files = 0;
	let skipped = 0;

	for (const input of inputs) {
		files++;
		const base = articleIdFor(input.file);
		let id = base;
		for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;

		const result = processArticle(input.file, input.bytes, input.sidecar, ctx, id);
		if (!result.ok) {
			problems.push(...result.problems);
			skipped++;
		} else {
			const body = bodyFingerprint(result.article.paragraphs);
			const title = titleKey(result.article);
			const original = byBody.get(body) ?? (title ? byTitle.get(title) : undefined);
			if (original !== undefined) {
				problems.push({ file: input.file, message: `duplicate of ${original}`, skipped: true });
				skipped++;
			} else {
				byBody.set(body, input.file);
				if (title) byTitle.set(title, input.file);
				usedIds.add(id);
				problems.push(...result.problems);
				articles.push(result.article);
				for (const m of result.mentions) mentions.push(m);
				for (const l of result.links) links.push(l);
			}
		}
		options.onProgress?.(files);
	}

	const output = buildOutput({
		articles,
		mentions,
		links,
		gazetteer: ctx.gazetteer,
		actors: ctx.actors
	});
	return { output, problems, files, skipped };
}
