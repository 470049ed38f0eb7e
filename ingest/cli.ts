/**
 * `npm run ingest -- [--in DIR] [--out DIR] [--geodata DIR] [--corrections FILE] [--jobs N] [--quiet]`
 *
 * The only part of the pipeline that touches the file system: lists and reads the article files
 * and the corrections file (ingest/corrections.ts; `geodata/corrections.json` by default), runs the
 * pipeline (ingest/pipeline.ts), writes articles.json, places.geojson, links.geojson, the
 * corrections document as read (corrections.json) and the names to search (search.json, built by
 * ingest/stages/search.ts) as one generation (every file to a staging folder beside the output
 * first, then renamed into it; each data file carries the run's generation, so a failed run
 * leaves the old output intact or a set the app detects as mixed) and reports. Problems go to
 * stderr as `FILE: problem`, the summary to stdout.
 *
 * Large inputs are processed on worker threads (ingest/parallel.ts); the output is the same.
 *
 * Exit status: 0 nothing skipped; 1 some input was skipped (the rest is written); 2 fatal (bad
 * arguments, unreadable input folder, missing gazetteer, a corrections file named with
 * --corrections that cannot be read; nothing written). Problems with corrections are reported
 * and do not change the status.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { createHash, type Hash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import type { LinksCollection, PlacesCollection } from '../src/lib/data/schema';
import { createActorIndex } from './actors';
import {
	DEFAULT_CORRECTIONS_NAME,
	correctedDates,
	correctionsText,
	noCorrections,
	parseCorrections,
	type CorrectionsRead
} from './corrections';
import { createGazetteer, readCues } from './gazetteer';
import { createOffices } from './offices';
import { createCalendar } from './calendar';
import { inOrder, readJob, streamFromWorkers, type FileJob, type Outcome } from './parallel';
import {
	OutputAssembler,
	runPipeline,
	sidecarName,
	type PipelineContext,
	type PipelineResult
} from './pipeline';
import type { BuildOutput } from './stages/build';
import { buildSearchIndex, searchIndexText } from './stages/search';
import type { InputProblem } from './types';

export const OUTPUT_FILES = [
	'articles.json',
	'places.geojson',
	'links.geojson',
	'corrections.json',
	'search.json'
] as const;

/** Extensions the read stage accepts; anything else is reported without being read. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm']);
const SIDECAR_SUFFIX = '.meta.json';

/** A problem that stops the run before anything is written (exit status 2). */
export class FatalError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'FatalError';
	}
}

export interface IngestOptions {
	inDir: string;
	outDir: string;
	geodataDir: string;
	/** Called after each input file with (done, total). */
	onProgress?: (done: number, total: number) => void;
	/** Worker threads for the per-article stages (default: see defaultJobs). */
	jobs?: number;
	/**
	 * A corrections file that must exist; without it, `corrections.json` in the geodata folder
	 * when there is one.
	 */
	correctionsFile?: string;
}

export interface IngestSummary {
	files: number;
	articles: number;
	places: number;
	links: number;
	skipped: number;
	problems: InputProblem[];
	/** Build-stage warnings (dropped mentions or links), not tied to one file. */
	warnings: string[];
	/**
	 * The corrections file's entries: how many applied; one line per entry that was bad or matched
	 * nothing (or one for a file that could not be used), each starting with the file's name.
	 */
	corrections: { applied: number; problems: string[] };
	/** The run's generation, written into the three data files (see writeOutputAtomic). */
	generation: string;
	elapsedMs: number;
	/** Worker threads used (1: the main thread only). */
	workers: number;
	/**
	 * Wall-clock milliseconds of each phase: loading the geodata and listing the input; reading
	 * and processing every file (with the merge, which runs as results arrive); the build
	 * (sorting, arcs, validation) once the last file is done; serialising and writing.
	 */
	phases: { setupMs: number; processMs: number; buildMs: number; writeMs: number };
}

function readJson(file: string, what: string): unknown {
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (e) {
		throw new FatalError(`cannot read ${what} ${file}: ${(e as NodeJS.ErrnoException).code ?? e}`);
	}
	try {
		return JSON.parse(text);
	} catch (e) {
		throw new FatalError(`${what} ${file} is not valid JSON: ${(e as Error).message}`);
	}
}

/** Loads the gazetteer, aliases (and their person cues), actors, offices and the calendar from the geodata folder. */
export function loadContext(geodataDir: string): PipelineContext {
	const gazetteerJson = readJson(path.join(geodataDir, 'gazetteer.json'), 'gazetteer');
	const aliasesJson = readJson(path.join(geodataDir, 'aliases.json'), 'aliases');
	const actorsJson = readJson(path.join(geodataDir, 'actors.json'), 'actors');
	const officesJson = readJson(path.join(geodataDir, 'offices.json'), 'offices');
	// The calendar only sharpens inferred dates: a geodata folder without one still ingests.
	const calendarFile = path.join(geodataDir, 'calendar.json');
	const calendarJson = fs.existsSync(calendarFile) ? readJson(calendarFile, 'calendar') : null;
	try {
		const gazetteer = createGazetteer(gazetteerJson, aliasesJson);
		return {
			gazetteer,
			actors: createActorIndex(actorsJson),
			offices: createOffices(officesJson),
			calendar: calendarJson === null ? null : createCalendar(calendarJson, gazetteer),
			cues: readCues(aliasesJson)
		};
	} catch (e) {
		throw new FatalError(`geodata in ${geodataDir} is unusable: ${(e as Error).message}`);
	}
}

/**
 * Reads and checks the corrections file: `file` when given (it must be readable), else
 * `corrections.json` in the geodata folder (none there: no corrections, silently).
 */
export function loadCorrections(
	file: string | undefined,
	geodataDir: string,
	ctx: PipelineContext
): CorrectionsRead {
	const full = file ?? path.join(geodataDir, DEFAULT_CORRECTIONS_NAME);
	const name = path.basename(full);
	let text: string;
	try {
		text = fs.readFileSync(full, 'utf8');
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code ?? String(e);
		if (file !== undefined) throw new FatalError(`cannot read corrections file ${file}: ${code}`);
		const none = noCorrections(name);
		if (code !== 'ENOENT') none.problems.push(`${name}: cannot be read (${code}); nothing applied`);
		return none;
	}
	return parseCorrections(text, name, ctx);
}

function extensionOf(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

export interface InputListing {
	/** Article files, sorted by name. */
	articles: string[];
	/** Sidecar names present in the folder. */
	sidecars: Set<string>;
	/** Unsupported files and orphan sidecars. */
	problems: InputProblem[];
}

/** Lists the input folder: article files, sidecars, and what cannot be used. Dotfiles are ignored. */
export function listInputs(inDir: string): InputListing {
	let entries: fs.Dirent[];
	try {
		entries = fs.readdirSync(inDir, { withFileTypes: true });
	} catch (e) {
		throw new FatalError(
			`cannot read input folder ${inDir}: ${(e as NodeJS.ErrnoException).code ?? e}`
		);
	}
	const problems: InputProblem[] = [];
	const root = realFolder(inDir);
	const names: string[] = [];
	for (const e of entries) {
		if (e.name.startsWith('.')) continue;
		const refused = refusal(e, inDir, root);
		if (refused) problems.push({ file: e.name, message: refused, skipped: true });
		else names.push(e.name);
	}
	names.sort();
	const sidecars = new Set(names.filter((n) => n.toLowerCase().endsWith(SIDECAR_SUFFIX)));
	const articles: string[] = [];
	for (const name of names) {
		if (sidecars.has(name)) continue;
		const ext = extensionOf(name);
		if (ARTICLE_EXTENSIONS.has(ext)) articles.push(name);
		else {
			const what = ext ? `file type ${ext}` : 'file without an extension';
			problems.push({
				file: name,
				message: `skipped: unsupported ${what} (expected .txt, .md or .html)`,
				skipped: true
			});
		}
	}
	const wanted = new Set(articles.map(sidecarName));
	for (const s of sidecars) {
		if (!wanted.has(s)) {
			problems.push({
				file: s,
				message: 'sidecar without an article next to it (ignored)',
				skipped: false
			});
		}
	}
	return { articles, sidecars, problems };
}

/** The folder's real path (links resolved), or the folder as given when it cannot be resolved. */
function realFolder(dir: string): string {
	try {
		return fs.realpathSync(dir);
	} catch {
		return path.resolve(dir);
	}
}

/** What a folder entry is when it is not a regular file, in words for the report. */
function kindOf(s: fs.Stats | fs.Dirent): string {
	if (s.isDirectory()) return 'a folder';
	if (s.isFIFO()) return 'a named pipe';
	if (s.isSocket()) return 'a socket';
	if (s.isBlockDevice() || s.isCharacterDevice()) return 'a device';
	return 'not a regular file';
}

/**
 * Why an entry of the input folder is not read, or null when it is a regular file inside the
 * folder. A link is followed only to a regular file whose real path is inside the folder: a link
 * out of it (to a system file, say) is refused, so nothing outside the folder can reach the output.
 */
function refusal(e: fs.Dirent, inDir: string, root: string): string | null {
	if (e.isFile()) return null;
	if (!e.isSymbolicLink()) return `skipped: ${kindOf(e)}, not an article file`;
	let target: string;
	try {
		target = fs.realpathSync(path.join(inDir, e.name));
	} catch (err) {
		const code = (err as NodeJS.ErrnoException).code;
		return code === 'ELOOP'
			? 'skipped: a link that loops back on itself'
			: 'skipped: a link to nothing (its target does not exist)';
	}
	const inside = path.relative(root, target);
	if (inside.startsWith('..') || path.isAbsolute(inside))
		return 'refused: a link to a file outside the input folder (it is not read)';
	let stats: fs.Stats;
	try {
		stats = fs.statSync(target);
	} catch {
		return 'skipped: a link to nothing (its target does not exist)';
	}
	return stats.isFile() ? null : `skipped: a link to ${kindOf(stats)}, not an article file`;
}

/**
 * Output text in pieces (one article or feature per piece), made as they are written: no piece
 * outlives its write, so serialising 100 MB of output neither holds it in memory nor makes the
 * garbage collector copy it. An iterable of pieces can be written once.
 */
export type OutputText = string | Iterable<string>;

/**
 * One of the three data files: its body in pieces, then the text that closes it, which carries
 * the run's generation (known only once every body has been written: it is their hash).
 */
export interface DataFile {
	name: string;
	body: Iterable<string>;
	close(generation: string): string;
}

/** The closing text of every data file: the generation as a last member of the top object. */
const closeWith = (generation: string) => `,"generation":${JSON.stringify(generation)}}\n`;

function* collectionPieces(fc: PlacesCollection | LinksCollection): Generator<string> {
	const features = fc.features as unknown[];
	const parties = 'parties' in fc && fc.parties ? `"parties":${JSON.stringify(fc.parties)},` : '';
	yield `{"type":"FeatureCollection",${parties}"features":[`;
	for (let i = 0; i < features.length; i++) yield (i ? ',\n' : '\n') + JSON.stringify(features[i]);
	yield features.length ? '\n]' : ']';
}

function* articlePieces(list: BuildOutput['articles']): Generator<string> {
	yield '{"articles":[';
	for (let i = 0; i < list.length; i++) yield (i ? ',\n' : '\n') + JSON.stringify(list[i]);
	yield list.length ? '\n]' : ']';
}

/**
 * The three data files, as pieces made while they are written. One article or feature per line:
 * diffs of the generated data stay readable and the files stay compact. Each ends with the run's
 * `generation`, a top-level member (a GeoJSON foreign member in the two collections).
 */
export function serialiseOutput(output: BuildOutput): DataFile[] {
	return [
		{ name: 'articles.json', body: articlePieces(output.articles), close: closeWith },
		{ name: 'places.geojson', body: collectionPieces(output.places), close: closeWith },
		{ name: 'links.geojson', body: collectionPieces(output.links), close: closeWith }
	];
}

/** The whole text (tests, and callers that want it in one string). */
export function outputString(text: OutputText): string {
	return typeof text === 'string' ? text : [...text].join('');
}

/** The file operations `writeOutputAtomic` needs (injectable so tests can make one fail). */
export interface WriteIo {
	writeFileSync(file: string, text: OutputText): void;
	appendFileSync(file: string, text: string): void;
	renameSync(from: string, to: string): void;
	rmSync(file: string, options: { force: boolean; recursive?: boolean }): void;
	mkdirSync(dir: string): void;
}

/** Writes text given in pieces through one file descriptor, about 1 MB per system call. */
function writePieces(file: string, text: OutputText): void {
	if (typeof text === 'string') return fs.writeFileSync(file, text);
	const fd = fs.openSync(file, 'w');
	try {
		let chunk: string[] = [];
		let size = 0;
		for (const piece of text) {
			chunk.push(piece);
			size += piece.length;
			if (size >= 1 << 20) {
				fs.writeSync(fd, chunk.join(''));
				chunk = [];
				size = 0;
			}
		}
		if (chunk.length > 0) fs.writeSync(fd, chunk.join(''));
	} finally {
		fs.closeSync(fd);
	}
}

const nodeIo: WriteIo = {
	writeFileSync: writePieces,
	appendFileSync: (file, text) => fs.appendFileSync(file, text),
	renameSync: (from, to) => fs.renameSync(from, to),
	rmSync: (file, options) => fs.rmSync(file, options),
	mkdirSync: (dir) => fs.mkdirSync(dir, { recursive: true })
};

/**
 * The folder a run writes its files into before they go into `outDir`: beside the output folder
 * (the same file system, so each move is a rename, never a copy), and never inside a folder the
 * app's build copies whole. When the output is inside the app's static folder (a folder named
 * `static`, or the one PARLEY_STATIC_DIR names), the staging folder is beside that folder, so a
 * killed run's leftovers are never built into the app or cached for offline use.
 */
export function stagingFolder(outDir: string): string {
	const out = path.resolve(outDir);
	const named = process.env.PARLEY_STATIC_DIR ? path.resolve(process.env.PARLEY_STATIC_DIR) : null;
	let base = out;
	for (let dir = out; ; dir = path.dirname(dir)) {
		if (path.basename(dir) === 'static' || dir === named) {
			base = dir;
			break;
		}
		if (path.dirname(dir) === dir) break;
	}
	const parent = path.dirname(base);
	const slug = path.relative(parent, out).split(path.sep).join('-');
	return path.join(parent, `.parley-staging-${slug}`);
}

/**
 * What a killed run left behind: its staging folder, and the temporary files older versions
 * wrote inside the output folder (`.links.geojson.tmp-PID`, up to tens of MB each). Removed at the
 * start of every run and of every write, so none survives the next run.
 */
export function removeStaleOutput(outDir: string, io: WriteIo = nodeIo): void {
	try {
		io.rmSync(stagingFolder(outDir), { force: true, recursive: true });
	} catch {
		// best effort: tried again on the next run; a write into it fails with a clear error
	}
	let entries: string[];
	try {
		entries = fs.readdirSync(outDir);
	} catch {
		return; // the folder is created by the writes, or they fail with a clear error
	}
	const temp = new RegExp(
		`^\\.(?:${[...OUTPUT_FILES].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\.tmp-\\d+$`
	);
	for (const e of entries) {
		if (!temp.test(e)) continue;
		try {
			io.rmSync(path.join(outDir, e), { force: true });
		} catch {
			// best effort: it is tried again on the next run
		}
	}
}

/** Text given as pieces, passed through unchanged while each piece is added to the hash. */
function* hashed(text: Iterable<string>, hash: Hash): Generator<string> {
	for (const piece of text) {
		hash.update(piece);
		yield piece;
	}
}

/**
 * Writes one generation of output: the data files and the other files (the corrections as read)
 * into the staging folder, then moves each into `outDir`, and returns the generation.
 *
 * The generation is the first 16 hex digits of the SHA-256 of the data files' bodies, so the same
 * input gives the same generation (committed output stays reproducible) and another output another
 * one. Every data file carries it, so a set of files from two runs is known for what it is: the
 * moves are one rename per file, and a run killed between two of them leaves such a set, which
 * the app detects and reports (src/lib/data/load.ts). A failure before the moves leaves the old
 * output as it was and removes the staging folder.
 */
export function writeOutputAtomic(
	outDir: string,
	data: DataFile[],
	others: Array<[string, OutputText]> = [],
	io: WriteIo = nodeIo
): string {
	removeStaleOutput(outDir, io);
	const staging = stagingFolder(outDir);
	let generation: string;
	try {
		io.mkdirSync(staging);
		const hash = createHash('sha256');
		for (const file of data) {
			hash.update(`${file.name}\n`);
			io.writeFileSync(path.join(staging, file.name), hashed(file.body, hash));
		}
		generation = hash.digest('hex').slice(0, 16);
		for (const file of data)
			io.appendFileSync(path.join(staging, file.name), file.close(generation));
		for (const [name, text] of others) io.writeFileSync(path.join(staging, name), text);
	} catch (e) {
		try {
			io.rmSync(staging, { force: true, recursive: true });
		} catch {
			// best effort: a leftover is removed at the start of the next run
		}
		throw e;
	}
	io.mkdirSync(outDir);
	// The files no other file depends on first; the data files last, one rename each.
	const names = [...others.map(([n]) => n), ...data.map((f) => f.name)];
	names.forEach((name, moved) => {
		try {
			io.renameSync(path.join(staging, name), path.join(outDir, name));
		} catch (e) {
			if (moved === 0) throw e;
			throw new Error(
				`${(e as Error).message}; ${moved} of ${names.length} files were replaced, so the ` +
					'folder holds files of two runs (the app says so): run the ingest again',
				{ cause: e }
			);
		}
	});
	try {
		io.rmSync(staging, { force: true, recursive: true });
	} catch {
		// empty by now; removed at the start of the next run if it is still there
	}
	return generation;
}

/**
 * Below this many files the stages run on the main thread: starting a worker (loader, modules,
 * gazetteer) costs about as much CPU as a few hundred articles.
 */
const PARALLEL_FROM_FILES = 1000;

/** Worker threads to use by default: one per core, at most 4; 1 (none) for small inputs. */
export function defaultJobs(files: number): number {
	return files < PARALLEL_FROM_FILES ? 1 : Math.max(1, Math.min(4, os.availableParallelism()));
}

/**
 * Reads, processes and writes; throws FatalError when nothing could be written. With
 * `jobs` > 1 the per-article stages run on that many worker threads; the output is the same.
 */
export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
	const started = performance.now();
	removeStaleOutput(options.outDir);
	const ctx = loadContext(options.geodataDir);
	const read = loadCorrections(options.correctionsFile, options.geodataDir, ctx);
	const dates = correctedDates(read.corrections);
	const listing = listInputs(options.inDir);
	const total = listing.articles.length;
	const jobs: FileJob[] = listing.articles.map((file) => {
		const job: FileJob = { file };
		const sidecar = sidecarName(file);
		if (listing.sidecars.has(sidecar)) job.sidecar = sidecar;
		const correctedDate = dates.get(file);
		if (correctedDate) job.correctedDate = correctedDate;
		return job;
	});
	const workers = Math.min(options.jobs ?? defaultJobs(total), total);
	const progress = options.onProgress
		? (done: number) => options.onProgress!(done, total)
		: undefined;

	const setupDone = performance.now();
	let processDone: number;
	let result: PipelineResult;
	if (workers > 1) {
		// Results are added to the output as they arrive (in file order), so the merge overlaps
		// the processing and only the final build and write remain once the last file is done.
		const assembler = new OutputAssembler(ctx, read.corrections);
		let done = 0;
		const add = inOrder<Outcome>((index, outcome) => {
			assembler.add(jobs[index]!.file, outcome);
			progress?.(++done);
		});
		try {
			await streamFromWorkers(options.inDir, jobs, options.geodataDir, workers, add);
		} catch (e) {
			throw new FatalError(`processing failed: ${(e as Error).message}`);
		}
		processDone = performance.now();
		result = assembler.finish();
	} else {
		const inputs = (function* () {
			for (const job of jobs) yield readJob(options.inDir, job);
		})();
		processDone = NaN;
		result = runPipeline(inputs, ctx, {
			corrections: read.corrections,
			onProgress: (done) => {
				if (done === total) processDone = performance.now();
				progress?.(done);
			}
		});
		if (Number.isNaN(processDone)) processDone = setupDone;
	}
	const buildDone = performance.now();
	let generation: string;
	try {
		generation = writeOutputAtomic(options.outDir, serialiseOutput(result.output), [
			['corrections.json', correctionsText(read.document)],
			['search.json', searchIndexText(buildSearchIndex(result.output, ctx))]
		]);
	} catch (e) {
		throw new FatalError(`cannot write the output to ${options.outDir}: ${(e as Error).message}`);
	}
	const writeDone = performance.now();
	const problems = [...listing.problems, ...result.problems].sort((a, b) =>
		a.file < b.file ? -1 : a.file > b.file ? 1 : 0
	);
	return {
		files: listing.articles.length + listing.problems.filter((p) => p.skipped).length,
		articles: result.output.articles.length,
		places: result.output.places.features.length,
		links: result.output.links.features.length,
		skipped: problems.filter((p) => p.skipped).length,
		problems,
		warnings: result.output.warnings,
		corrections: {
			applied: result.corrections.applied,
			problems: [...read.problems, ...result.corrections.problems]
		},
		generation,
		elapsedMs: performance.now() - started,
		workers,
		phases: {
			setupMs: setupDone - started,
			processMs: processDone - setupDone,
			buildMs: buildDone - processDone,
			writeMs: writeDone - buildDone
		}
	};
}

export interface CliArgs {
	inDir: string;
	outDir: string;
	geodataDir: string;
	quiet: boolean;
	/** Worker threads; undefined: chosen from the number of files. */
	jobs?: number;
	/** `--corrections FILE`; undefined: corrections.json in the geodata folder, if any. */
	correctionsFile?: string;
}

const USAGE =
	'usage: npm run ingest -- [--in DIR] [--out DIR] [--geodata DIR] [--corrections FILE] [--jobs N] [--quiet]';

export function parseArgs(argv: string[]): CliArgs {
	const args: CliArgs = {
		inDir: 'geodata/articles',
		outDir: 'static/data',
		geodataDir: 'geodata',
		quiet: false
	};
	const folders: Record<string, 'inDir' | 'outDir' | 'geodataDir' | 'correctionsFile'> = {
		'--in': 'inDir',
		'--out': 'outDir',
		'--geodata': 'geodataDir',
		'--corrections': 'correctionsFile'
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
		if (flag === '--quiet') {
			args.quiet = true;
			continue;
		}
		if (flag !== '--jobs' && !folders[flag!])
			throw new FatalError(`unknown argument ${arg}\n${USAGE}`);
		const value = inline ?? argv[++i];
		if (!value || value.startsWith('--')) throw new FatalError(`${flag} needs a value\n${USAGE}`);
		if (flag === '--jobs') {
			const jobs = Number(value);
			if (!Number.isInteger(jobs) || jobs < 1) {
				throw new FatalError(`--jobs needs a positive whole number, got ${value}\n${USAGE}`);
			}
			args.jobs = jobs;
		} else args[folders[flag!]!] = value;
	}
	return args;
}

export interface CliStreams {
	stdout: { write(s: string): unknown };
	stderr: { write(s: string): unknown; isTTY?: boolean };
}

/** Runs the CLI; resolves with the exit status. */
export async function main(argv: string[], streams: CliStreams = process): Promise<number> {
	try {
		const args = parseArgs(argv);
		const showProgress = (total: number) =>
			!args.quiet && (streams.stderr.isTTY === true || total > 2000);
		const summary = await runIngest({
			...args,
			onProgress: (done, total) => {
				if (done % 1000 === 0 && done < total && showProgress(total)) {
					streams.stderr.write(`ingest: ${done}/${total} files\n`);
				}
			}
		});
		for (const p of summary.problems) streams.stderr.write(`${p.file}: ${p.message}\n`);
		for (const line of summary.corrections.problems) streams.stderr.write(`${line}\n`);
		for (const w of summary.warnings) streams.stderr.write(`build: ${w}\n`);
		const seconds = (summary.elapsedMs / 1000).toFixed(2);
		const { applied, problems } = summary.corrections;
		const corrections =
			applied + problems.length > 0
				? `${applied} corrections applied, ${problems.length} reported; `
				: '';
		streams.stdout.write(
			`ingest: ${summary.articles} articles, ${summary.places} places, ${summary.links} links; ` +
				`${summary.skipped} skipped; ${corrections}${seconds} s → ${args.outDir}\n`
		);
		return summary.skipped > 0 ? 1 : 0;
	} catch (e) {
		if (e instanceof FatalError) {
			streams.stderr.write(`ingest: ${e.message}\n`);
			return 2;
		}
		streams.stderr.write(`ingest: unexpected error: ${(e as Error).stack ?? e}\n`);
		return 2;
	}
}

// Run as a command (not when imported, and not inside an ingest worker thread).
if (
	isMainThread &&
	process.argv[1] &&
	import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href
) {
	main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
