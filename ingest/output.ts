/**
 * Writing one generation of output: the data files serialised in pieces (one article or feature
 * per line), hashed into the run's generation as they are written to a staging folder beside the
 * output folder, then moved into it with one rename each; and the clean-up of what a killed run
 * left behind.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash, type Hash } from 'node:crypto';
import { linkAsWritten, type LinksCollection, type PlacesCollection } from '../src/lib/data/schema';
import type { BuildOutput } from './stages/build';

const OUTPUT_FILES = [
	'articles.json',
	'places.geojson',
	'links.geojson',
	'corrections.json',
	'search.json'
] as const;

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

function* collectionPieces(
	fc: PlacesCollection | LinksCollection,
	asWritten: (feature: never) => unknown = (f) => f
): Generator<string> {
	const features = (fc.features as never[]).map(asWritten);
	// The layout's version first, so a reader of another version can stop at the first bytes.
	const format = 'format' in fc && fc.format !== undefined ? `"format":${fc.format},` : '';
	const parties = 'parties' in fc && fc.parties ? `"parties":${JSON.stringify(fc.parties)},` : '';
	yield `{"type":"FeatureCollection",${format}${parties}"features":[`;
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
		{
			name: 'links.geojson',
			body: collectionPieces(output.links, linkAsWritten),
			close: closeWith
		}
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
