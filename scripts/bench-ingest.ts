/**
 * `npm run bench:ingest [-- --n 10000] [--keep DIR] [--seed 42] [--jobs N] [--profile]`
 *
 * Generates a synthetic corpus (scripts/synthetic-corpus.ts) and runs the real ingest over it
 * in-process, through the same function as the CLI (file listing and reads, every stage, the
 * build and the atomic write), and reports articles per second and peak memory with the machine
 * it ran on. With --keep DIR the corpus goes to DIR/articles and the output to DIR/data, and both
 * are kept (the app benchmark draws that output); otherwise both live in a temporary folder that
 * is removed afterwards. A summary is also written to bench-results/ingest.json. Then one generated
 * 2 MB one-paragraph article (scripts/big-article.ts) is ingested alone, and its time and what
 * the caps kept of it are printed (and written to bench-results/ingest-big-article.json).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ArticleText } from '../src/lib/data/schema';
import { listInputs, loadContext, runIngest, serialiseOutput } from '../ingest/cli';
import { startOneWorker, tsxWorkerEntry, workerEntry, type WorkerEntry } from '../ingest/parallel';
import { articleIdFor, bodyFingerprint } from '../ingest/pipeline';
import { buildOutput } from '../ingest/stages/build';
import { cleanArticle } from '../ingest/stages/clean';
import { geoparse } from '../ingest/stages/geoparse';
import { extractLinks } from '../ingest/stages/links';
import { extractMetadata } from '../ingest/stages/metadata';
import { readArticle } from '../ingest/stages/read';
import type { PlaceMention, RawLink } from '../ingest/types';
import { BIG_ARTICLE_FILE, writeBigArticle } from './big-article';
import { writeSyntheticCorpus } from './synthetic-corpus';

function parseArgs(argv: string[]): {
	n: number;
	keep: string | null;
	seed: number;
	jobs: number | undefined;
	profile: boolean;
} {
	const out = {
		n: 10_000,
		keep: null as string | null,
		seed: 42,
		jobs: undefined as number | undefined,
		profile: false
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const value = argv[i + 1];
		if (arg === '--n' && value) out.n = Number.parseInt(value, 10);
		else if (arg === '--keep' && value) out.keep = value;
		else if (arg === '--seed' && value) out.seed = Number.parseInt(value, 10);
		else if (arg === '--jobs' && value) out.jobs = Number.parseInt(value, 10);
		else if (arg === '--profile') {
			out.profile = true;
			continue;
		} else {
			process.stderr.write(
				`usage: npm run bench:ingest -- [--n 10000] [--keep DIR] [--seed 42] [--jobs N] [--profile]\n`
			);
			process.exit(2);
		}
		i++;
	}
	if (!Number.isInteger(out.n) || out.n < 1) {
		process.stderr.write('bench:ingest: --n must be a positive integer\n');
		process.exit(2);
	}
	return out;
}

const mb = (bytes: number) => (bytes / 1048576).toFixed(0);
const ms = (millis: number) => `${(millis / 1000).toFixed(2)} s`;

/** CPU time of each stage per article, run sequentially on the first `limit` files. */
function profileStages(inDir: string, geodataDir: string, limit: number): Record<string, number> {
	const ctx = loadContext(geodataDir);
	const totals: Record<string, number> = {};
	const timed = <T>(stage: string, f: () => T): T => {
		const start = process.cpuUsage();
		const result = f();
		const d = process.cpuUsage(start);
		totals[stage] = (totals[stage] ?? 0) + (d.user + d.system) / 1000;
		return result;
	};
	const files = listInputs(inDir).articles.slice(0, limit);
	const articles: ArticleText[] = [];
	const mentions: PlaceMention[] = [];
	const links: RawLink[] = [];
	for (const file of files) {
		const bytes = timed('fs', () => fs.readFileSync(path.join(inDir, file)));
		const read = timed('read', () => readArticle(file, bytes));
		if (!read.ok) continue;
		const clean = timed('clean', () => cleanArticle(read.text, read.format));
		const { warnings: _, ...meta } = timed('metadata', () => extractMetadata(clean, { file }));
		timed('fingerprint', () => bodyFingerprint(clean.paragraphs));
		const id = articleIdFor(file);
		const found = timed('geoparse', () => geoparse(id, clean.paragraphs, ctx.gazetteer));
		const article = { id, file, ...meta, paragraphs: clean.paragraphs };
		const raw = timed('links', () =>
			extractLinks({ article, mentions: found, gazetteer: ctx.gazetteer, actors: ctx.actors })
		);
		articles.push(article);
		mentions.push(...found);
		links.push(...raw);
	}
	const output = timed('build', () =>
		buildOutput({ articles, mentions, links, gazetteer: ctx.gazetteer, actors: ctx.actors })
	);
	timed('serialise', () => {
		let chars = 0;
		for (const { body } of serialiseOutput(output)) for (const piece of body) chars += piece.length;
		return chars;
	});
	return Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v / files.length]));
}

/**
 * CPU (all threads) and wall-clock time to start one worker and get its first result, for the
 * bundle the ingest runs and for the former tsx-loader worker, alternated in one run so that the
 * two are compared under the same load.
 */
async function workerStartCosts(
	inDir: string,
	geodataDir: string,
	rounds: number
): Promise<Record<string, { cpuMs: number; wallMs: number }>> {
	const file = listInputs(inDir).articles[0]!;
	const entries: Array<[string, WorkerEntry]> = [
		['bundle', await workerEntry()],
		['tsx', tsxWorkerEntry()]
	];
	const totals: Record<string, { cpuMs: number; wallMs: number }> = {};
	for (let r = 0; r < rounds; r++) {
		for (const [name, entry] of entries) {
			const cpu = process.cpuUsage();
			const wall = performance.now();
			await startOneWorker(entry, inDir, geodataDir, { file });
			const d = process.cpuUsage(cpu);
			const t = (totals[name] ??= { cpuMs: 0, wallMs: 0 });
			t.cpuMs += (d.user + d.system) / 1000 / rounds;
			t.wallMs += (performance.now() - wall) / rounds;
		}
	}
	return totals;
}

/**
 * One hostile article on its own (scripts/big-article.ts: 2 MB, one paragraph, Dushanbe in nearly
 * every sentence) through the same ingest: what one such page costs, and what the caps keep of it.
 */
async function bigArticleIngest(geodataDir: string): Promise<{
	line: string;
	figures: Record<string, number>;
}> {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-big-'));
	try {
		const inDir = path.join(root, 'articles');
		const outDir = path.join(root, 'data');
		const bytes = fs.statSync(writeBigArticle(inDir)).size;
		const cpu = process.cpuUsage();
		const summary = await runIngest({ inDir, outDir, geodataDir, jobs: 1 });
		const used = process.cpuUsage(cpu);
		const data = JSON.parse(fs.readFileSync(path.join(outDir, 'articles.json'), 'utf8')) as {
			articles: Array<{ paragraphs: string[]; mentions: unknown[] }>;
		};
		const article = data.articles[0]!;
		const found = /^(\d+) place mentions/.exec(
			summary.problems.find((p) => p.file === BIG_ARTICLE_FILE)?.message ?? ''
		)?.[1];
		const figures = {
			bytes,
			seconds: summary.elapsedMs / 1000,
			cpuSeconds: (used.user + used.system) / 1e6,
			setupSeconds: summary.phases.setupMs / 1000,
			processSeconds: summary.phases.processMs / 1000,
			buildSeconds: summary.phases.buildMs / 1000,
			writeSeconds: summary.phases.writeMs / 1000,
			paragraphs: article.paragraphs.length,
			longestParagraph: Math.max(...article.paragraphs.map((p) => p.length)),
			mentionsKept: article.mentions.length,
			mentionsFound: found ? Number(found) : article.mentions.length
		};
		const line =
			`one ${(bytes / 1e6).toFixed(1)} MB one-paragraph article alone: ${ms(summary.elapsedMs)} wall, ` +
			`${figures.cpuSeconds.toFixed(2)} CPU-s (setup ${ms(summary.phases.setupMs)}, read+process ${ms(summary.phases.processMs)}, ` +
			`build ${ms(summary.phases.buildMs)}, write ${ms(summary.phases.writeMs)}); ` +
			`${figures.paragraphs} paragraphs of at most ${figures.longestParagraph} characters, ` +
			`${figures.mentionsKept} of ${figures.mentionsFound} mentions kept`;
		return { line, figures };
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
}

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	const root = args.keep
		? path.resolve(args.keep)
		: fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-'));
	const inDir = path.join(root, 'articles');
	const outDir = path.join(root, 'data');
	const geodataDir = 'geodata';
	if (args.keep) {
		fs.rmSync(inDir, { recursive: true, force: true });
		fs.rmSync(outDir, { recursive: true, force: true });
	}

	const cpus = os.cpus();
	const machine = `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${mb(os.totalmem())} MB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}`;
	process.stdout.write(`machine: ${machine}\n`);

	const genStart = performance.now();
	const gazetteerJson = JSON.parse(
		fs.readFileSync(path.join(geodataDir, 'gazetteer.json'), 'utf8')
	);
	const actorsJson = JSON.parse(fs.readFileSync(path.join(geodataDir, 'actors.json'), 'utf8'));
	const files = writeSyntheticCorpus({
		n: args.n,
		dir: inDir,
		gazetteerJson,
		actorsJson,
		seed: args.seed
	});
	const genSeconds = (performance.now() - genStart) / 1000;
	process.stdout.write(
		`corpus: ${args.n} articles (${files.length - args.n} sidecars) in ${inDir}, generated in ${genSeconds.toFixed(1)} s\n`
	);

	let peakRss = process.memoryUsage().rss;
	let peakHeap = process.memoryUsage().heapUsed;
	const sample = () => {
		const m = process.memoryUsage();
		peakRss = Math.max(peakRss, m.rss);
		peakHeap = Math.max(peakHeap, m.heapUsed);
	};
	const progressEvery = Math.max(100, Math.round(args.n / 10 / 100) * 100);
	const started = performance.now();
	const cpuStart = process.cpuUsage();
	const summary = await runIngest({
		jobs: args.jobs,
		inDir,
		outDir,
		geodataDir,
		onProgress: (done, total) => {
			if (done % 50 === 0) sample();
			if (done % progressEvery === 0 || done === total) {
				const s = (performance.now() - started) / 1000;
				process.stderr.write(`bench:ingest: ${done}/${total} files, ${s.toFixed(1)} s\n`);
			}
		}
	});
	const seconds = (performance.now() - started) / 1000;
	const cpu = process.cpuUsage(cpuStart);
	const cpuSeconds = (cpu.user + cpu.system) / 1e6;
	const load = os.loadavg()[0]!;
	sample();
	const maxRss = process.resourceUsage().maxRSS * 1024;
	const perSecond = summary.files / seconds;
	const outBytes = ['articles.json', 'places.geojson', 'links.geojson'].map(
		(f) => [f, fs.statSync(path.join(outDir, f)).size] as const
	);

	const lines = [
		`ingest: ${summary.articles} articles, ${summary.places} places, ${summary.links} links, ${summary.skipped} skipped, ${summary.problems.length} problem lines`,
		`time: ${seconds.toFixed(2)} s for ${summary.files} files → ${perSecond.toFixed(0)} articles/s (goal ≥ 500), ${summary.workers} worker thread(s)`,
		`cpu: ${cpuSeconds.toFixed(2)} CPU-s in all threads → ${(summary.files / cpuSeconds).toFixed(0)} articles per CPU-second; load average ${load.toFixed(1)} on ${cpus.length} cores during the run${load > cpus.length ? ' (the machine was busy: wall-clock figures are pessimistic)' : ''}`,
		`phases (wall): setup ${ms(summary.phases.setupMs)}, read+process+merge ${ms(summary.phases.processMs)}, build after the last file ${ms(summary.phases.buildMs)}, serialise+write ${ms(summary.phases.writeMs)}`,
		`memory: peak RSS ${mb(Math.max(peakRss, maxRss))} MB, peak heap used ${mb(peakHeap)} MB (sampled every 50 files)`,
		`output: ${outBytes.map(([f, s]) => `${f} ${(s / 1048576).toFixed(1)} MB`).join(', ')} in ${outDir}`
	];
	for (const p of summary.problems.slice(0, 5)) lines.push(`  ${p.file}: ${p.message}`);
	if (summary.problems.length > 5) lines.push(`  … and ${summary.problems.length - 5} more`);
	process.stdout.write(lines.join('\n') + '\n');

	fs.mkdirSync('bench-results', { recursive: true });
	fs.writeFileSync(
		path.join('bench-results', 'ingest.json'),
		JSON.stringify(
			{
				machine,
				n: args.n,
				seed: args.seed,
				seconds,
				articlesPerSecond: perSecond,
				cpuSeconds,
				articlesPerCpuSecond: summary.files / cpuSeconds,
				loadAverage: load,
				peakRssMB: Math.max(peakRss, maxRss) / 1048576,
				peakHeapMB: peakHeap / 1048576,
				articles: summary.articles,
				places: summary.places,
				links: summary.links,
				skipped: summary.skipped,
				workers: summary.workers,
				output: outDir
			},
			null,
			'\t'
		) + '\n'
	);
	const big = await bigArticleIngest(geodataDir);
	process.stdout.write(`${big.line}\n`);
	fs.writeFileSync(
		path.join('bench-results', 'ingest-big-article.json'),
		JSON.stringify(big.figures, null, '\t') + '\n'
	);
	if (args.profile) {
		const perStage = profileStages(inDir, geodataDir, Math.min(args.n, 1000));
		process.stdout.write(
			`stages (CPU ms per article, sequential, first ${Math.min(args.n, 1000)} files): ` +
				Object.entries(perStage)
					.map(([k, v]) => `${k} ${v.toFixed(2)}`)
					.join(', ') +
				'\n'
		);
	}
	if (args.profile) {
		const starts = await workerStartCosts(inDir, geodataDir, 2);
		process.stdout.write(
			'worker start to first result (mean of 2, alternated): ' +
				Object.entries(starts)
					.map(([k, v]) => `${k} ${v.cpuMs.toFixed(0)} CPU-ms / ${v.wallMs.toFixed(0)} ms wall`)
					.join(', ') +
				'\n'
		);
	}
	if (args.keep) process.stdout.write(`kept: corpus ${inDir}, output ${outDir}\n`);
	else fs.rmSync(root, { recursive: true, force: true });
}

void main();
