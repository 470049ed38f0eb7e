/**
 * `npm run eval [-- --split dev|test|all] [--pages DIR] [--gold FILE|DIR] [--data DIR]
 *  [--geodata DIR] [--details] [--rows] [--json]`
 *
 * Two measurements, printed one after the other:
 * 1. The bundled corpus: written output (static/data) against its answer key
 *    (tests/fixtures/gold), per article with micro totals.
 * 2. Real news pages (tests/fixtures/real): the pipeline is run over the pages in memory, one
 *    split at a time (a corpus of its own), each page with its address as a first `SOURCE:` line
 *    (as external pages are stored), and scored against their keys, the dev, check and test
 *    splits apart (pages are split by outlet),
 *    with the publication date, link years, and the status, direction and type of the links
 *    found; then once more as text alone, summed up in one line per split. Write rules from dev only (`--split dev`), see whether they hold on check (`--split check`,
 *    never studied page by page); the test split is read at the end of a piece
 *    of work. Check and test are printed as totals; `--rows` prints them page by page too.
 *
 * The scoring rules live in ingest/eval-score.ts, ingest/eval-events.ts and docs/data.md.
 * Exits 0 whatever the scores; 2 on bad input (a missing or malformed file).
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	generationOf,
	validateLinks,
	validatePlaces,
	type Article,
	type LinksCollection,
	type PlacesCollection
} from '../src/lib/data/schema';
import { validateArticlesFile } from '../src/lib/data/articles-schema';
import {
	BadInput,
	createEvalResolver,
	goldArticles,
	pageKeys,
	predictionsByFile,
	SPLITS,
	type Split,
	readJson,
	runPages,
	type PageKey
} from './eval-data';
import {
	NO_EVENT_COUNTS,
	addEventCounts,
	publicationDateRight,
	scoreEvents,
	type EventCounts
} from './eval-events';
import {
	addCounts,
	scoreArticle,
	scores,
	type ArticleScore,
	type Counts,
	type EvalResolver,
	type GoldArticle
} from './eval-score';
import {
	formatPagesReport,
	formatReport,
	formatTextOnly,
	type EvalResult,
	type PageDate,
	type SplitResult
} from './eval-report';
import { loadContext } from './context';
import type { PipelineContext } from './pipeline';

export { createEvalResolver, predictionsByFile } from './eval-data';

function wrap<T>(f: () => T): T {
	try {
		return f();
	} catch (e) {
		throw new BadInput((e as Error).message);
	}
}

function geodata(dir: string): { ctx: PipelineContext; resolver: EvalResolver } {
	const aliasesJson = readJson(path.join(dir, 'aliases.json'));
	return wrap(() => {
		// The run's own loading (ingest/context.ts): the evaluation reads what an ingest reads.
		const ctx = loadContext(dir);
		return { ctx, resolver: createEvalResolver(ctx.gazetteer, ctx.actors, aliasesJson) };
	});
}

const ZERO: Counts = { tp: 0, fp: 0, found: 0, gold: 0 };

/** Scores articles of one output against their keys. */
function scoreOutput(
	gold: GoldArticle[],
	output: { articles: Article[]; places: PlacesCollection; links: LinksCollection },
	resolver: EvalResolver
): EvalResult & { events: EventCounts } {
	const predictions = predictionsByFile(output.articles, output.places, output.links);
	let placeTotal = ZERO;
	let linkTotal = ZERO;
	let events = NO_EVENT_COUNTS;
	const scored: ArticleScore[] = [];
	const missing: string[] = [];
	for (const g of gold) {
		const pred = predictions.get(g.file);
		if (!pred) missing.push(g.file);
		const s = scoreArticle(g, pred?.places ?? [], pred?.links ?? [], resolver);
		scored.push(s);
		placeTotal = addCounts(placeTotal, s.places);
		linkTotal = addCounts(linkTotal, s.links);
		events = addEventCounts(events, scoreEvents(g, pred?.links ?? [], resolver));
	}
	return {
		articles: scored,
		missing,
		places: scores(placeTotal),
		links: scores(linkTotal),
		events
	};
}

/** The bundled corpus: written output against its answer key. */
export function evaluate(options: { gold: string; data: string; geodata: string }): EvalResult {
	const gold = goldArticles(options.gold);
	const read = (name: string) => readJson(path.join(options.data, name));
	const articlesFile = wrap(() => validateArticlesFile(read('articles.json')));
	const output = {
		articles: articlesFile.articles,
		places: wrap(() => validatePlaces(read('places.geojson'))),
		links: wrap(() => validateLinks(read('links.geojson')))
	};
	// Files of two ingest runs would be scored as if they were one output.
	for (const [name, data] of [
		['places.geojson', output.places],
		['links.geojson', output.links]
	] as const)
		if (wrap(() => generationOf(data, name)) !== articlesFile.generation)
			throw new BadInput(
				`${options.data}: ${name} and articles.json come from different ingest runs: run \`npm run ingest\``
			);
	const { events: _events, ...result } = scoreOutput(
		gold,
		output,
		geodata(options.geodata).resolver
	);
	return result;
}

/** The real pages: the pipeline over each split's pages alone, each split scored apart. */
export function evaluatePages(options: {
	pages: string;
	geodata: string;
	splits: Split[];
	/** Give each page its address as a first `SOURCE:` line (as external pages are stored). */
	withAddress?: boolean;
}): SplitResult[] {
	const keys = pageKeys(options.pages);
	const { ctx, resolver } = geodata(options.geodata);
	const addresses = options.withAddress
		? new Map(keys.map((k) => [k.file, k.url] as [string, string]))
		: undefined;
	const present = options.splits.filter((s) => keys.some((k) => k.split === s));
	return present.map((split) => {
		const gold = keys.filter((k) => k.split === split);
		// Each split is ingested alone, as a corpus of its own: what the pipeline learns across a
		// corpus's pages (a line repeated on several of them is furniture) never crosses splits.
		const output = runPages(options.pages, ctx, addresses, new Set(gold.map((k) => k.file)));
		const byFile = new Map(output.articles.map((a) => [a.file, a]));
		// Pages keyed for their date only count for the publication date, not for places and links.
		const full = gold.filter((k) => k.scope !== 'publication-date');
		const result = scoreOutput(full, output, resolver);
		const dates = gold.map((k: PageKey): PageDate => {
			const a = byFile.get(k.file);
			const predicted = { published: a?.published ?? null, publishedRange: rangeOf(a) };
			return {
				file: k.file,
				predicted: predicted.published,
				range: predicted.publishedRange,
				source: (a as { publishedSource?: string } | undefined)?.publishedSource ?? null,
				right: publicationDateRight(k.metadata ?? {}, predicted),
				dateOnly: k.scope === 'publication-date'
			};
		});
		return { ...result, split, outlets: new Set(full.map((k) => k.outlet)).size, dates };
	});
}

function rangeOf(a: Article | undefined): [string, string] | null {
	const r = (a as { publishedRange?: unknown } | undefined)?.publishedRange;
	return Array.isArray(r) && r.length === 2 ? (r as [string, string]) : null;
}

const USAGE =
	'usage: npm run eval -- [--split dev|check|test|all] [--pages DIR] [--gold FILE|DIR] [--data DIR] [--geodata DIR] [--details] [--rows] [--json]';

export function main(argv: string[]): number {
	const opts = {
		gold: 'tests/fixtures/gold',
		data: 'static/data',
		geodata: 'geodata',
		pages: 'tests/fixtures/real'
	};
	let details = false;
	let rows = false;
	let json = false;
	let splits: Split[] = [...SPLITS];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--details') details = true;
		else if (arg === '--rows') rows = true;
		else if (arg === '--json') json = true;
		else if (['--gold', '--data', '--geodata', '--pages', '--split'].includes(arg)) {
			const value = argv[++i];
			if (!value) {
				process.stderr.write(`eval: ${arg} needs a value\n`);
				return 2;
			}
			if (arg === '--split') {
				if (value !== 'all' && !SPLITS.includes(value as Split)) {
					process.stderr.write(`eval: --split is ${SPLITS.join(', ')} or all\n${USAGE}\n`);
					return 2;
				}
				splits = value === 'all' ? [...SPLITS] : [value as Split];
			} else opts[arg.slice(2) as 'gold' | 'data' | 'geodata' | 'pages'] = value;
		} else {
			process.stderr.write(`eval: unknown argument ${arg}\n${USAGE}\n`);
			return 2;
		}
	}
	try {
		const bundled = evaluate(opts);
		const base = { pages: opts.pages, geodata: opts.geodata, splits };
		const pages = evaluatePages({ ...base, withAddress: true });
		const textOnly = evaluatePages({ ...base, withAddress: false });
		process.stdout.write(
			json
				? JSON.stringify({ bundled, pages, textOnly }, null, '\t') + '\n'
				: 'bundled corpus\n' +
						formatReport(bundled, details) +
						formatPagesReport(pages, details, rows) +
						formatTextOnly(textOnly)
		);
		return 0;
	} catch (e) {
		process.stderr.write(`eval: ${(e as Error).message}\n`);
		return 2;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	process.exitCode = main(process.argv.slice(2));
}
