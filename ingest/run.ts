/**
 * One ingest run, as the CLI makes it: loads the geodata and the corrections, lists the input
 * folder, runs the per-article stages (on worker threads for big corpora, same output), builds,
 * writes one generation of output and sums up what happened. The command line itself is
 * ingest/cli.ts.
 */
import * as os from 'node:os';
import {
	correctedDates,
	correctionsText,
	type Corrections,
	type CorrectionsRead
} from './corrections';
import { loadContext, loadCorrections } from './context';
import { FatalError } from './fatal';
import { listInputs, readJob, type FileJob, type InputListing } from './inputs';
import { serialiseOutput, writeOutputAtomic, removeStaleOutput } from './output';
import { inOrder, streamFromWorkers, type Outcome } from './parallel';
import {
	OutputAssembler,
	runPipeline,
	sidecarName,
	type PipelineContext,
	type PipelineResult
} from './pipeline';
import { buildSearchIndex, searchIndexText } from './stages/search';
import type { CorrectedDate, InputProblem } from './types';

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

/**
 * Below this many files the stages run on the main thread: starting a worker (loader, modules,
 * gazetteer) costs about as much CPU as a few hundred articles.
 */
const PARALLEL_FROM_FILES = 1000;

/** Worker threads to use by default: one per core, at most 4; 1 (none) for small inputs. */
function defaultJobs(files: number): number {
	return files < PARALLEL_FROM_FILES ? 1 : Math.max(1, Math.min(4, os.availableParallelism()));
}

/** One job per article file: its sidecar when the folder has one, its corrected date when given. */
function jobsFor(listing: InputListing, dates: ReadonlyMap<string, CorrectedDate>): FileJob[] {
	return listing.articles.map((file) => {
		const job: FileJob = { file };
		const sidecar = sidecarName(file);
		if (listing.sidecars.has(sidecar)) job.sidecar = sidecar;
		const correctedDate = dates.get(file);
		if (correctedDate) job.correctedDate = correctedDate;
		return job;
	});
}

/** What the per-article stages are given, besides the jobs. */
interface ProcessSetup {
	inDir: string;
	geodataDir: string;
	ctx: PipelineContext;
	corrections: Corrections;
	/** Called with the number of files done so far. */
	progress?: (done: number) => void;
}

/** The output of the per-article stages and the build, and when the last file was done. */
interface Processed {
	result: PipelineResult;
	processDone: number;
}

/**
 * The per-article stages on worker threads. Results are added to the output as they arrive (in
 * file order), so the merge overlaps the processing and only the final build and write remain
 * once the last file is done.
 */
async function processOnWorkers(
	setup: ProcessSetup,
	jobs: FileJob[],
	workers: number
): Promise<Processed> {
	const assembler = new OutputAssembler(setup.ctx, setup.corrections);
	let done = 0;
	const add = inOrder<Outcome>((index, outcome) => {
		assembler.add(jobs[index]!.file, outcome);
		setup.progress?.(++done);
	});
	try {
		await streamFromWorkers(setup.inDir, jobs, setup.geodataDir, workers, add);
	} catch (e) {
		throw new FatalError(`processing failed: ${(e as Error).message}`);
	}
	const processDone = performance.now();
	return { result: assembler.finish(), processDone };
}

/**
 * The per-article stages on the main thread, each file read as its turn comes. The last file is
 * done when progress reaches the total (`setupDone` when there were no files).
 */
function processOnMainThread(setup: ProcessSetup, jobs: FileJob[], setupDone: number): Processed {
	const inputs = (function* () {
		for (const job of jobs) yield readJob(setup.inDir, job);
	})();
	let processDone = NaN;
	const result = runPipeline(inputs, setup.ctx, {
		corrections: setup.corrections,
		onProgress: (done) => {
			if (done === jobs.length) processDone = performance.now();
			setup.progress?.(done);
		}
	});
	return { result, processDone: Number.isNaN(processDone) ? setupDone : processDone };
}

/** Writes the run's files as one generation and returns it; a failure is fatal. */
function writeRun(
	outDir: string,
	result: PipelineResult,
	read: CorrectionsRead,
	ctx: PipelineContext
): string {
	try {
		return writeOutputAtomic(outDir, serialiseOutput(result.output), [
			['corrections.json', correctionsText(read.document)],
			['search.json', searchIndexText(buildSearchIndex(result.output, ctx))]
		]);
	} catch (e) {
		throw new FatalError(`cannot write the output to ${outDir}: ${(e as Error).message}`);
	}
}

/** Moments of a run (performance.now()), from which the summary's phases are measured. */
interface Times {
	started: number;
	setupDone: number;
	processDone: number;
	buildDone: number;
	writeDone: number;
}

/** The run summed up: counts, every problem sorted by file, the corrections' report, phases. */
function summarise(
	listing: InputListing,
	read: CorrectionsRead,
	result: PipelineResult,
	run: { generation: string; workers: number; times: Times }
): IngestSummary {
	const t = run.times;
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
		generation: run.generation,
		elapsedMs: performance.now() - t.started,
		workers: run.workers,
		phases: {
			setupMs: t.setupDone - t.started,
			processMs: t.processDone - t.setupDone,
			buildMs: t.buildDone - t.processDone,
			writeMs: t.writeDone - t.buildDone
		}
	};
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
	const listing = listInputs(options.inDir);
	const jobs = jobsFor(listing, correctedDates(read.corrections));
	const total = jobs.length;
	const workers = Math.min(options.jobs ?? defaultJobs(total), total);
	const setup: ProcessSetup = {
		inDir: options.inDir,
		geodataDir: options.geodataDir,
		ctx,
		corrections: read.corrections,
		progress: options.onProgress ? (done) => options.onProgress!(done, total) : undefined
	};
	const setupDone = performance.now();
	const { result, processDone } =
		workers > 1
			? await processOnWorkers(setup, jobs, workers)
			: processOnMainThread(setup, jobs, setupDone);
	const buildDone = performance.now();
	const generation = writeRun(options.outDir, result, read, ctx);
	const times = { started, setupDone, processDone, buildDone, writeDone: performance.now() };
	return summarise(listing, read, result, { generation, workers, times });
}
