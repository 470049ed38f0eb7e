/**
 * The corpora and the table of `npm run bench -- --scale 5,1000,10000` (scripts/bench-app.ts runs
 * the browser). A size equal to the bundled corpus's article count is the bundled corpus, in the
 * build as it is; any other size is a synthetic corpus (scripts/synthetic-corpus.ts) generated and
 * ingested into tmp/bench-scale/N/{articles,data} (gitignored), or, with --reuse-data, the data
 * already there (e.g. kept by `npm run bench:ingest -- --n 100000 --keep tmp/bench-scale/100000`).
 *
 * The table has one row per measure and one column per size, with the goal beside each
 * row and ✓/✗ in each cell the goal applies to. The issue sets goals at 5 and at 10,000 articles;
 * a size between or beyond is held to the 10,000 goals, so a column that misses shows where
 * growth starts to hurt.
 */
import {
	createReadStream,
	existsSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { runIngest } from '../ingest/cli';
import { writeSyntheticCorpus } from './synthetic-corpus';

/** What a size's corpus is and what its ingest did. */
export interface ScaleCorpus {
	n: number;
	label: string;
	/** Folder holding places.geojson, links.geojson, articles.json…; null for the bundled build. */
	dataDir: string | null;
	articles: number | null;
	places: number | null;
	links: number | null;
	/** Wall-clock seconds of generating and of ingesting; null when reused or bundled. */
	generateSeconds: number | null;
	ingestSeconds: number | null;
	/** 1-minute load average when the ingest ended (the machine is shared). */
	loadAfterIngest: number | null;
	/** Size on disk of the data files (MB). */
	dataMB: number;
}

/** The bundled corpus's article count (files in geodata/articles that are not sidecars). */
export function bundledCount(): number {
	return readdirSync('geodata/articles').filter((f) => !f.endsWith('.meta.json')).length;
}

/** Counts a GeoJSON file's features without parsing a file that may be hundreds of MB. */
async function countFeatures(file: string): Promise<number> {
	const needle = '{"type":"Feature",';
	let count = 0;
	let carry = '';
	for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
		const text = carry + (chunk as string);
		let at = text.indexOf(needle);
		while (at !== -1) {
			count++;
			at = text.indexOf(needle, at + needle.length);
		}
		carry = text.slice(-needle.length);
	}
	return count;
}

const sizeMB = (dir: string) =>
	readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) / 1048576;

/** Generates and ingests (or reuses) the corpus of each size. */
export async function prepareCorpora(
	sizes: number[],
	options: { seed: number; reuseData: boolean; staticData: string }
): Promise<ScaleCorpus[]> {
	const bundled = bundledCount();
	const out: ScaleCorpus[] = [];
	const gazetteerJson = JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8'));
	const actorsJson = JSON.parse(readFileSync('geodata/actors.json', 'utf8'));
	for (const n of sizes) {
		const label = n.toLocaleString('en-US');
		if (n === bundled) {
			const data = options.staticData;
			out.push({
				n,
				label,
				dataDir: null,
				articles: n,
				places: await countFeatures(join(data, 'places.geojson')),
				links: await countFeatures(join(data, 'links.geojson')),
				generateSeconds: null,
				ingestSeconds: null,
				loadAfterIngest: null,
				dataMB: sizeMB(data)
			});
			continue;
		}
		const dir = resolve('tmp', 'bench-scale', String(n));
		const articlesDir = join(dir, 'articles');
		const dataDir = join(dir, 'data');
		const stamp = join(dir, 'corpus.json');
		if (options.reuseData && existsSync(join(dataDir, 'places.geojson'))) {
			const saved = existsSync(stamp)
				? (JSON.parse(readFileSync(stamp, 'utf8')) as Partial<ScaleCorpus>)
				: {};
			console.error(`scale ${label}: reusing ${dataDir}`);
			out.push({
				n,
				label,
				dataDir,
				articles: saved.articles ?? null,
				places: await countFeatures(join(dataDir, 'places.geojson')),
				links: await countFeatures(join(dataDir, 'links.geojson')),
				generateSeconds: saved.generateSeconds ?? null,
				ingestSeconds: saved.ingestSeconds ?? null,
				loadAfterIngest: saved.loadAfterIngest ?? null,
				dataMB: sizeMB(dataDir)
			});
			continue;
		}
		rmSync(dir, { recursive: true, force: true });
		console.error(
			`scale ${label}: generating ${n} articles (seed ${options.seed}) in ${articlesDir}`
		);
		let t = performance.now();
		writeSyntheticCorpus({ n, dir: articlesDir, gazetteerJson, actorsJson, seed: options.seed });
		const generateSeconds = (performance.now() - t) / 1000;
		t = performance.now();
		const summary = await runIngest({ inDir: articlesDir, outDir: dataDir, geodataDir: 'geodata' });
		const corpus: ScaleCorpus = {
			n,
			label,
			dataDir,
			articles: summary.articles,
			places: summary.places,
			links: summary.links,
			generateSeconds,
			ingestSeconds: (performance.now() - t) / 1000,
			loadAfterIngest: loadavg()[0]!,
			dataMB: sizeMB(dataDir)
		};
		console.error(
			`scale ${label}: ingested in ${corpus.ingestSeconds!.toFixed(1)} s: ${summary.articles} articles, ${summary.places} places, ${summary.links} links, ${summary.skipped} skipped (load ${corpus.loadAfterIngest!.toFixed(1)})`
		);
		writeFileSync(stamp, JSON.stringify({ ...corpus, seed: options.seed }, null, '\t') + '\n');
		out.push(corpus);
	}
	return out;
}

/** The measures a column carries (a subset of bench-app's Summary, so this file stands alone). */
export interface ScaleColumn {
	label: string;
	runs: number;
	failures?: string[];
	idleTimeouts: number;
	pageErrors: number | null;
	firstPageError: string | null;
	kb: Record<'maplibre' | 'app' | 'font' | 'basemap' | 'data' | 'other', number | null>;
	dataFiles: Record<string, number | null>;
	firstIdleMs: number | null;
	bareIdleMs: number | null;
	idleOverBare: number | null;
	firstIdleCpuMs: number | null;
	yearChangeMainThreadMs: number | null;
	yearChangeToRenderMs: number | null;
	yearSettledMs: number | null;
	clickColdMs: number | null;
	clickWarmMs: number | null;
	clickColdExcerptsMs: number | null;
	clickPlace: string | null;
	heapUsedMB: number | null;
	heapLiveMB: number | null;
	programs: number | null;
}

/** A goal: its text, and whether a value meets it at a size (null: no goal at that size). */
interface Goal {
	text: string;
	ok: (v: number, n: number, bundled: number) => boolean | null;
}
const atBundled =
	(limit: number, strict: boolean): Goal['ok'] =>
	(v, n, bundled) =>
		n === bundled ? (strict ? v < limit : v <= limit) : null;
const atLarge =
	(limit: number, strict: boolean): Goal['ok'] =>
	(v, n, bundled) =>
		n === bundled ? null : strict ? v < limit : v <= limit;
const always =
	(limit: number, strict: boolean): Goal['ok'] =>
	(v) =>
		strict ? v < limit : v <= limit;

/** The goals ("A map that stays readable and fast from 5 to 10,000 articles"). */
const SCALE_GOALS = {
	dataBeforeIdleKb: { text: '≤ 1024 (10k)', ok: atLarge(1024, false) },
	appKb: { text: '≤ 60 (5)', ok: atBundled(60, false) },
	idleOverBare: { text: '≤ 1.5×', ok: always(1.5, false) },
	yearMainThreadMs: { text: '< 16 (10k)', ok: atLarge(16, true) },
	yearRenderMs: { text: '< 50 (10k)', ok: atLarge(50, true) },
	clickColdMs: {
		text: '< 300 (10k), < 100 (5)',
		ok: (v: number, n: number, bundled: number) => (n === bundled ? v < 100 : v < 300)
	},
	clickWarmMs: { text: '< 100', ok: always(100, true) },
	heapMB: { text: '< 300 (10k)', ok: atLarge(300, true) }
} satisfies Record<string, Goal>;

type Row = [name: string, values: (number | string | null)[], digits: number, goal: Goal | null];

/** The growth table: rows = measures, columns = sizes, the goal and ✓/✗ beside each. */
export function scaleTable(corpora: ScaleCorpus[], columns: ScaleColumn[]): string {
	const bundled = bundledCount();
	const files = [...new Set(columns.flatMap((c) => Object.keys(c.dataFiles)))].sort();
	const dataTotal = (c: ScaleColumn) => (c.kb.data ?? 0) + (c.kb.basemap ?? 0);
	const rows: (Row | string)[] = [
		['articles ingested', corpora.map((c) => c.articles), 0, null],
		['places / links', corpora.map((c) => `${c.places ?? '?'} / ${c.links ?? '?'}`), 0, null],
		['ingest wall time (s)', corpora.map((c) => c.ingestSeconds), 1, null],
		['data files on disk (MB)', corpora.map((c) => c.dataMB), 1, null],
		'loaded before the first idle (KB gzip)',
		...files.map((f): Row => [`  data: ${f}`, columns.map((c) => c.dataFiles[f] ?? 0), 1, null]),
		['  basemap (/geo/)', columns.map((c) => c.kb.basemap), 1, null],
		['  data + basemap', columns.map(dataTotal), 1, SCALE_GOALS.dataBeforeIdleKb],
		['  fonts', columns.map((c) => c.kb.font), 1, null],
		['  app JS+CSS+HTML', columns.map((c) => c.kb.app), 1, SCALE_GOALS.appKb],
		['  maplibre-gl', columns.map((c) => c.kb.maplibre), 1, null],
		'first render',
		['  first idle (ms)', columns.map((c) => c.firstIdleMs), 0, null],
		['  bare map first idle (ms)', columns.map((c) => c.bareIdleMs), 0, null],
		['  first idle ÷ bare map', columns.map((c) => c.idleOverBare), 2, SCALE_GOALS.idleOverBare],
		['  main thread CPU to idle (ms)', columns.map((c) => c.firstIdleCpuMs), 0, null],
		['  WebGL programs before idle', columns.map((c) => c.programs), 0, null],
		'year change (one key press)',
		[
			'  main thread (ms)',
			columns.map((c) => c.yearChangeMainThreadMs),
			1,
			SCALE_GOALS.yearMainThreadMs
		],
		[
			'  key → map rendered (ms)',
			columns.map((c) => c.yearChangeToRenderMs),
			1,
			SCALE_GOALS.yearRenderMs
		],
		['  + labels, 1 s rest (ms)', columns.map((c) => c.yearSettledMs), 1, null],
		'click on a place (Dushanbe; else the busiest city)',
		['  place clicked', columns.map((c) => c.clickPlace), 0, null],
		['  click → panel cold (ms)', columns.map((c) => c.clickColdMs), 1, SCALE_GOALS.clickColdMs],
		['  click → panel warm (ms)', columns.map((c) => c.clickWarmMs), 1, SCALE_GOALS.clickWarmMs],
		['  click → excerpts cold (ms)', columns.map((c) => c.clickColdExcerptsMs), 1, null],
		'memory (main thread; workers not counted)',
		['  JS heap after load (MB)', columns.map((c) => c.heapUsedMB), 0, SCALE_GOALS.heapMB],
		['  JS heap live after GC (MB)', columns.map((c) => c.heapLiveMB), 0, null],
		[
			'loads measured / failed',
			columns.map((c) => `${c.runs} / ${c.failures?.length ?? 0}`),
			0,
			null
		],
		['  of them never idle (timeout)', columns.map((c) => c.idleTimeouts), 0, null],
		['  page errors per load', columns.map((c) => c.pageErrors), 0, null]
	];
	const name = 34;
	const goal = 24;
	const cell = 14;
	const lines = [
		`${'measure'.padEnd(name)}${'goal'.padEnd(goal)}${corpora.map((c) => c.label.padStart(cell)).join('')}`
	];
	for (const row of rows) {
		if (typeof row === 'string') {
			lines.push(row);
			continue;
		}
		const [label, values, digits, g] = row;
		const cells = values.map((v, j) => {
			if (v === null || v === undefined) return 'n/a'.padStart(cell);
			if (typeof v === 'string') return v.padStart(cell);
			const mark = g ? g.ok(v, corpora[j]!.n, bundled) : null;
			const text = `${v.toFixed(digits)}${mark === null ? '  ' : mark ? ' ✓' : ' ✗'}`;
			return text.padStart(cell);
		});
		lines.push(`${label.padEnd(name)}${(g?.text ?? '').padEnd(goal)}${cells.join('')}`);
	}
	return lines.join('\n');
}
