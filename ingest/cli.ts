/**
 * `npm run ingest -- [--in DIR] [--out DIR] [--geodata DIR] [--corrections FILE] [--jobs N] [--quiet]`
 *
 * The command: reads the arguments, runs one ingest (ingest/run.ts), reports, and exits with a
 * status. The run is the only part of the pipeline that touches the file system: it loads the
 * geodata and the corrections file (ingest/context.ts; `geodata/corrections.json` by default),
 * lists the input folder (ingest/inputs.ts), runs the pipeline (ingest/pipeline.ts; worker
 * threads for large inputs, ingest/parallel.ts, same output) and writes articles.json,
 * places.geojson, links.geojson, the corrections document as read (corrections.json) and the
 * names to search (search.json) as one generation (ingest/output.ts). Problems go to stderr as
 * `FILE: problem`, the summary to stdout.
 *
 * Exit status: 0 nothing skipped; 1 some input was skipped (the rest is written); 2 fatal (bad
 * arguments, unreadable input folder, missing gazetteer, a corrections file named with
 * --corrections that cannot be read; nothing written). Problems with corrections are reported
 * and do not change the status.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { FatalError } from './fatal';
import { runIngest } from './run';

// The benchmarks and scripts/compare-nlp.ts reach a run's parts through the command's module.
export { loadContext } from './context';
export { listInputs } from './inputs';
export { serialiseOutput } from './output';
export { runIngest };

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
