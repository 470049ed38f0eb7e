/**
 * Listing the input folder: which entries are article files (by extension, the read stage's
 * list), which are sidecars, and which cannot be used and why (unsupported types, orphan
 * sidecars, folders, devices, links that lead outside the folder or nowhere); and reading one
 * article file with its sidecar, on the main thread or a worker's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FatalError } from './fatal';
import { sidecarName, type PipelineInput, type UnreadableInput } from './pipeline';
import { extensionOf, MAX_ARTICLE_BYTES } from './stages/read';
import type { CorrectedDate, InputProblem } from './types';

/** Extensions the read stage accepts; anything else is reported without being read. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm']);
const SIDECAR_SUFFIX = '.meta.json';

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

/** Reads one article file and its sidecar; a file that cannot be read becomes a skip. */
function readInputFile(
	inDir: string,
	file: string,
	sidecar: string | undefined
): PipelineInput | UnreadableInput {
	const full = path.join(inDir, file);
	const unreadable = (message: string): UnreadableInput => ({
		file,
		failed: { ok: false, problems: [{ file, message, skipped: true }] }
	});
	let bytes: Uint8Array;
	let fd: number | undefined;
	try {
		// One open, one fstat, reads into a buffer of the file's size (no second path lookup).
		fd = fs.openSync(full, 'r');
		const size = fs.fstatSync(fd).size;
		// Far beyond the read stage's limit: don't load it just to reject it.
		if (size > 4 * MAX_ARTICLE_BYTES) {
			return unreadable(`file is too large (${(size / 1048576).toFixed(1)} MB) to be an article`);
		}
		const buffer = Buffer.allocUnsafeSlow(size);
		let got = 0;
		for (let n = 1; got < size && n > 0; got += n)
			n = fs.readSync(fd, buffer, got, size - got, got);
		bytes = got === size ? buffer : buffer.subarray(0, got);
	} catch (e) {
		return unreadable(`cannot read the file: ${(e as NodeJS.ErrnoException).code ?? e}`);
	} finally {
		if (fd !== undefined) fs.closeSync(fd);
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

/**
 * One unit of work: a file, its sidecar's name when it has one, and the publication date the
 * corrections file gives it (sent to the worker with the file, so both runs read the same date).
 */
export interface FileJob {
	file: string;
	sidecar?: string;
	correctedDate?: CorrectedDate;
}

/** Reads a job's file and sidecar; the input carries the job's corrected date. */
export function readJob(inDir: string, job: FileJob): PipelineInput | UnreadableInput {
	const input = readInputFile(inDir, job.file, job.sidecar);
	if (!('failed' in input) && job.correctedDate) input.correctedDate = job.correctedDate;
	return input;
}
