/**
 * Reading input files, and running the per-article stages on several cores.
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
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
	processInput,
	type ArticleResult,
	type ArticleSkipped,
	type PipelineContext,
	type PipelineInput,
	type UnreadableInput
} from './pipeline';
import { MAX_ARTICLE_BYTES } from './stages/read';
import type { InputProblem } from './types';

/** Reads one article file and its sidecar; a file that cannot be read becomes a skip. */
export function readInputFile(
	inDir: string,
	file: string,
	sidecar: string | undefined
): PipelineInput | UnreadableInput {
	const full = path.join(inDir, file);
	const fail = (message: string): UnreadableInput => ({
		file,
		failed: { ok: false, problems: [{ file, message, skipped: true }] }
	});
	let bytes: Uint8Array;
	try {
		// Far beyond the read stage's limit: don't load it just to reject it.
		const size = fs.statSync(full).size;
		if (size > 4 * MAX_ARTICLE_BYTES) {
			return fail(`file is too large (${(size / 1048576).toFixed(1)} MB) to be an article`);
		}
		bytes = fs.readFileSync(full);
	} catch (e) {
		return fail(`cannot read the file: ${(e as NodeJS.ErrnoException).code ?? e}`);
	}
	let sidecarText: string | undefined;
	const problems: InputProblem[] = [];
	if (sidecar !== undefined) {
		try {
			sidecarText = fs.readFileSync(path.join(inDir, sidecar), 'utf8');
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code ?? String(e);
			problems.push({
				file,
				message: `cannot read sidecar ${sidecar} (ignored): ${code}`,
				skipped: false
			});
		}
	}
	return { file, bytes, sidecar: sidecarText, problems };
}

/** One unit of work: a file, and its sidecar's name when it has one. */
export interface FileJob {
	file: string;
	sidecar?: string;
}

type Outcome = ArticleResult | ArticleSkipped;

interface WorkerInit {
	parleyIngestWorker: true;
	inDir: string;
	jobs: Array<FileJob & { index: number }>;
	/** Module that builds the context: called as `loadContext(geodataDir)`. */
	geodataDir: string;
}

type WorkerMessage =
	{ kind: 'result'; index: number; outcome: Outcome } | { kind: 'error'; message: string };

/** Processes one file end to end (read, then every per-article stage). */
export function processFile(inDir: string, job: FileJob, ctx: PipelineContext): Outcome {
	const input = readInputFile(inDir, job.file, job.sidecar);
	if ('failed' in input) return input.failed;
	return processInput(input, ctx);
}

/**
 * Runs the per-article stages for `jobs` on `workers` threads; resolves with the outcomes in
 * the order of `jobs`. `onResult` is called as each file finishes (for progress).
 */
export function processInWorkers(
	inDir: string,
	jobs: FileJob[],
	geodataDir: string,
	workers: number,
	onResult?: (done: number) => void
): Promise<Outcome[]> {
	const outcomes: Outcome[] = new Array(jobs.length);
	let done = 0;
	const here = new URL(import.meta.url).href;
	const bootstrap = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(here)}); });`;
	const started: Promise<void>[] = [];
	const all: Worker[] = [];
	for (let w = 0; w < workers; w++) {
		const mine = jobs
			.map((job, index) => ({ ...job, index }))
			.filter((j) => j.index % workers === w);
		if (mine.length === 0) continue;
		const init: WorkerInit = { parleyIngestWorker: true, inDir, jobs: mine, geodataDir };
		started.push(
			new Promise<void>((resolve, reject) => {
				const worker = new Worker(bootstrap, { eval: true, workerData: init });
				all.push(worker);
				let remaining = mine.length;
				worker.on('message', (m: WorkerMessage) => {
					if (m.kind === 'error') {
						reject(new Error(m.message));
						void worker.terminate();
						return;
					}
					outcomes[m.index] = m.outcome;
					onResult?.(++done);
					if (--remaining === 0) {
						void worker.terminate();
						resolve();
					}
				});
				worker.on('error', reject);
				worker.on('exit', (code) => {
					if (remaining > 0) reject(new Error(`a worker stopped (exit code ${code})`));
				});
			})
		);
	}
	return Promise.all(started).then(
		() => outcomes,
		(e: unknown) => {
			// One worker failed: stop the others so the process can exit.
			for (const w of all) void w.terminate();
			throw e;
		}
	);
}

/** The worker side: load the context once, process the assigned files, send each result. */
async function workerMain(init: WorkerInit): Promise<void> {
	const port = parentPort!;
	try {
		// Imported lazily so the main thread never loads the CLI through this module.
		const { loadContext } = await import('./cli');
		const ctx = loadContext(init.geodataDir);
		for (const job of init.jobs) {
			const outcome = processFile(init.inDir, job, ctx);
			port.postMessage({ kind: 'result', index: job.index, outcome } satisfies WorkerMessage);
		}
	} catch (e) {
		port.postMessage({ kind: 'error', message: (e as Error).message } satisfies WorkerMessage);
	}
}

if (!isMainThread && (workerData as WorkerInit | undefined)?.parleyIngestWorker) {
	void workerMain(workerData as WorkerInit);
}
