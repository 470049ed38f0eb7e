/**
 * Listing the input folder: which entries are article files (by extension, the read stage's
 * list), which are sidecars, and which cannot be used and why (unsupported types, orphan
 * sidecars, folders, devices, links that lead outside the folder or nowhere).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FatalError } from './fatal';
import { sidecarName } from './pipeline';
import { extensionOf } from './stages/read';
import type { InputProblem } from './types';

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
