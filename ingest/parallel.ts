/**
 * Running the per-article stages on several cores (each worker reads its files with
 * inputs.ts's readJob).
 *
 * The stages are pure and independent per article, so a large corpus is split over worker
 * threads (round-robin by position); each worker loads its own gazetteer and actors, reads its
 * files and sends back one result per file. The main thread puts the results back in file order
 * and hands them to the same OutputAssembler as the sequential run, so the output does not depend
 * on the number of workers.
 *
 * Workers run this same module: the CLI runs under tsx, and a worker thread does not inherit tsx's
 * loader, so it is started from a two-line bootstrap that registers tsx and imports this file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, threadId, workerData } from 'node:worker_threads';
import { readJob, type FileJob } from './inputs';
import {
	processInput,
	type ArticleResult,
	type ArticleSkipped,
	type PipelineContext
} from './pipeline';

export type Outcome = ArticleResult | ArticleSkipped;

interface WorkerInit {
	parleyIngestWorker: true;
	inDir: string;
	geodataDir: string;
}

/** Main → worker: files to process (with their positions), or the end of the work. */
type ToWorker = { kind: 'jobs'; jobs: Array<FileJob & { index: number }> };

/** Worker → main: the outcomes of one batch, or why the worker cannot work. */
type FromWorker =
	{ kind: 'results'; indexes: number[]; outcomes: Outcome[] } | { kind: 'error'; message: string };

/** Processes one file end to end (read, then every per-article stage). */
function processFile(inDir: string, job: FileJob, ctx: PipelineContext): Outcome {
	const input = readJob(inDir, job);
	if ('failed' in input) return input.failed;
	return processInput(input, ctx);
}

/**
 * Files per message to a worker. Work is handed out in small batches as workers ask for it (not
 * split up front), so a worker slowed down by other processes on the machine gets less, and the
 * results come back nearly in file order (the main thread adds them to the output in order).
 */
const BATCH = 8;
/** Batches a worker has in hand: one it works on, one waiting (so it never idles on a round trip). */
const IN_FLIGHT = 2;

/**
 * Runs the per-article stages for `jobs` on `workers` threads. `onOutcome(index, outcome)` is
 * called for every file as its result arrives, in any order (see `inOrder`); resolves when all
 * are done. Rejects, and stops every worker, when one fails.
 */
export async function streamFromWorkers(
	inDir: string,
	jobs: FileJob[],
	geodataDir: string,
	workers: number,
	onOutcome: (index: number, outcome: Outcome) => void
): Promise<void> {
	const entry = await workerEntry();
	const init: WorkerInit = { parleyIngestWorker: true, inDir, geodataDir };
	const all: Worker[] = [];
	let next = 0;
	let done = 0;
	const batch = (): ToWorker | null => {
		if (next >= jobs.length) return null;
		const slice = jobs.slice(next, next + BATCH).map((job, i) => ({ ...job, index: next + i }));
		next += slice.length;
		return { kind: 'jobs', jobs: slice };
	};
	try {
		await new Promise<void>((resolve, reject) => {
			const count = Math.max(1, Math.min(workers, Math.ceil(jobs.length / BATCH)));
			if (jobs.length === 0) return resolve();
			for (let w = 0; w < count; w++) {
				const worker =
					entry.kind === 'bundle'
						? new Worker(entry.file, { workerData: init })
						: new Worker(entry.code, { eval: true, workerData: init });
				all.push(worker);
				let outstanding = 0;
				const feed = () => {
					while (outstanding < IN_FLIGHT) {
						const b = batch();
						if (!b) return;
						outstanding++;
						worker.postMessage(b);
					}
				};
				feed();
				worker.on('message', (m: FromWorker) => {
					if (m.kind === 'error') return reject(new Error(m.message));
					outstanding--;
					feed();
					for (let i = 0; i < m.indexes.length; i++) onOutcome(m.indexes[i]!, m.outcomes[i]!);
					done += m.indexes.length;
					if (done === jobs.length) resolve();
				});
				worker.on('error', reject);
				worker.on('exit', (code) => {
					if (done < jobs.length) reject(new Error(`a worker stopped (exit code ${code})`));
				});
			}
		});
	} finally {
		for (const w of all) void w.terminate();
	}
}

/**
 * Calls `emit(index, value)` in index order 0, 1, 2… however the values arrive (results from
 * several workers come back slightly out of order); holds only the ones that arrived early.
 */
export function inOrder<T>(
	emit: (index: number, value: T) => void
): (index: number, value: T) => void {
	const early = new Map<number, T>();
	let expected = 0;
	return (index, value) => {
		if (index !== expected) {
			early.set(index, value);
			return;
		}
		emit(expected++, value);
		for (
			let v = early.get(expected);
			v !== undefined || early.has(expected);
			v = early.get(expected)
		) {
			early.delete(expected);
			emit(expected++, v as T);
		}
	};
}

/**
 * Runs the per-article stages for `jobs` on `workers` threads; resolves with the outcomes in
 * the order of `jobs`. `onResult` is called as each file finishes (for progress).
 */
export async function processInWorkers(
	inDir: string,
	jobs: FileJob[],
	geodataDir: string,
	workers: number,
	onResult?: (done: number) => void
): Promise<Outcome[]> {
	const outcomes: Outcome[] = new Array(jobs.length);
	let done = 0;
	await streamFromWorkers(inDir, jobs, geodataDir, workers, (index, outcome) => {
		outcomes[index] = outcome;
		onResult?.(++done);
	});
	return outcomes;
}

// ---------------------------------------------------------------------------------------------
// The worker's code.
//
// A worker thread does not inherit tsx's loader. Registering tsx in each worker costs seconds of
// CPU (a loader thread per worker, every module transformed again, names kept with a property
// definition per function), so the worker runs a plain-JavaScript bundle of this module and what
// it imports, built with esbuild (the transformer tsx itself uses) and cached under
// node_modules/.cache; the bundle is rebuilt when any of its source files changes (size or
// modification time). Without esbuild, the worker falls back to registering tsx.

export type WorkerEntry = { kind: 'bundle'; file: string } | { kind: 'eval'; code: string };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'parley-ingest');
const BUNDLE = path.join(CACHE_DIR, 'worker.cjs');
const STAMPS = path.join(CACHE_DIR, 'worker.inputs.json');
/** Changes to the way the bundle is built invalidate cached bundles. */
const BUNDLE_FORMAT = 1;

type Stamps = { format: number; inputs: Array<[string, number, number]> };

function stampOf(file: string): [string, number, number] | null {
	try {
		const s = fs.statSync(path.join(ROOT, file));
		return [file, s.size, s.mtimeMs];
	} catch {
		return null;
	}
}

function cachedBundleIsFresh(): boolean {
	try {
		const stamps = JSON.parse(fs.readFileSync(STAMPS, 'utf8')) as Stamps;
		if (stamps.format !== BUNDLE_FORMAT || !fs.existsSync(BUNDLE)) return false;
		return stamps.inputs.every(([file, size, mtime]) => {
			const now = stampOf(file);
			return now !== null && now[1] === size && now[2] === mtime;
		});
	} catch {
		return false;
	}
}

let entryPromise: Promise<WorkerEntry> | undefined;

/** The fallback (and former) worker code: this TypeScript module through tsx's loader. */
export function tsxWorkerEntry(): WorkerEntry {
	const here = new URL(import.meta.url).href;
	return {
		kind: 'eval',
		code: `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(here)}); });`
	};
}

/** The code workers run: the cached bundle, built when missing or stale; tsx without esbuild. */
export function workerEntry(): Promise<WorkerEntry> {
	entryPromise ??= buildWorkerEntry().catch(tsxWorkerEntry);
	return entryPromise;
}

/**
 * Starts one worker from `entry`, gives it `job` and resolves when its result is back, then stops
 * it: what starting a worker costs (the benchmark compares the bundle with tsx).
 */
export function startOneWorker(
	entry: WorkerEntry,
	inDir: string,
	geodataDir: string,
	job: FileJob
): Promise<void> {
	const init: WorkerInit = { parleyIngestWorker: true, inDir, geodataDir };
	const worker =
		entry.kind === 'bundle'
			? new Worker(entry.file, { workerData: init })
			: new Worker(entry.code, { eval: true, workerData: init });
	return new Promise<void>((resolve, reject) => {
		worker.on('message', (m: FromWorker) => {
			void worker.terminate();
			if (m.kind === 'error') reject(new Error(m.message));
			else resolve();
		});
		worker.on('error', reject);
		worker.postMessage({ kind: 'jobs', jobs: [{ ...job, index: 0 }] } satisfies ToWorker);
	});
}

async function buildWorkerEntry(): Promise<WorkerEntry> {
	if (cachedBundleIsFresh()) return { kind: 'bundle', file: BUNDLE };
	const esbuild = await import('esbuild');
	const started = Date.now();
	const result = await esbuild.build({
		absWorkingDir: ROOT,
		entryPoints: [fileURLToPath(import.meta.url)],
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		write: false,
		metafile: true,
		logLevel: 'silent',
		// import.meta.url is only read on the main thread; give the bundle a correct one anyway.
		define: { 'import.meta.url': '__parleyWorkerUrl' },
		banner: { js: "var __parleyWorkerUrl = require('node:url').pathToFileURL(__filename).href;" }
	});
	const code = result.outputFiles[0]!.text;
	const inputs = Object.keys(result.metafile.inputs).map(stampOf);
	// Cache it only when no source changed while it was being built (someone editing right now);
	// otherwise use it this once.
	if (!inputs.every((s) => s !== null && s[2] < started - 2000)) return { kind: 'eval', code };
	fs.mkdirSync(CACHE_DIR, { recursive: true });
	const suffix = `${process.pid}.${threadId}.tmp`;
	fs.writeFileSync(`${BUNDLE}.${suffix}`, code);
	fs.renameSync(`${BUNDLE}.${suffix}`, BUNDLE);
	const stamps: Stamps = { format: BUNDLE_FORMAT, inputs: inputs as Stamps['inputs'] };
	fs.writeFileSync(`${STAMPS}.${suffix}`, JSON.stringify(stamps));
	fs.renameSync(`${STAMPS}.${suffix}`, STAMPS);
	return { kind: 'bundle', file: BUNDLE };
}

/** The worker side: load the context once, then process each batch it is sent. */
async function workerMain(init: WorkerInit): Promise<void> {
	const port = parentPort!;
	let ctx: PipelineContext;
	const pending: ToWorker[] = [];
	let ready = false;
	const run = (m: ToWorker) => {
		const outcomes = m.jobs.map((job) => processFile(init.inDir, job, ctx));
		port.postMessage({
			kind: 'results',
			indexes: m.jobs.map((j) => j.index),
			outcomes
		} satisfies FromWorker);
	};
	port.on('message', (m: ToWorker) => {
		if (ready) run(m);
		else pending.push(m);
	});
	try {
		// Imported lazily so the main thread never loads the CLI through this module.
		const { loadContext } = await import('./context');
		ctx = loadContext(init.geodataDir);
	} catch (e) {
		port.postMessage({ kind: 'error', message: (e as Error).message } satisfies FromWorker);
		return;
	}
	ready = true;
	for (const m of pending.splice(0)) run(m);
}

if (!isMainThread && (workerData as WorkerInit | undefined)?.parleyIngestWorker) {
	void workerMain(workerData as WorkerInit);
}
