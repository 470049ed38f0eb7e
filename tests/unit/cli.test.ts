import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../ingest/cli';
import {
	outputString,
	removeStaleOutput,
	stagingFolder,
	writeOutputAtomic,
	type DataFile,
	type WriteIo
} from '../../ingest/output';
import { loadMapData, mixedRunsMessage } from '../../src/lib/data/load';
import { loadArticles } from '../../src/lib/data/load-articles';
import { LINKS_FORMAT } from '../../src/lib/data/schema';
import { processInWorkers } from '../../ingest/parallel';

const temps: string[] = [];
afterEach(() => {
	for (const t of temps.splice(0)) fs.rmSync(t, { recursive: true, force: true });
});

function tempDir(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-cli-'));
	// A write killed on purpose leaves its staging folder beside the output, as a real kill would.
	temps.push(dir, stagingFolder(dir));
	return dir;
}

const ARTICLE = [
	'Border talks resume',
	'',
	'By Jane Doe',
	'',
	'Published June 9, 2017',
	'',
	'Pakistan and Afghanistan held talks in Kabul on Tuesday about the reopening of the Torkham crossing, officials in Islamabad said.',
	'',
	'The Afghan foreign minister met his Pakistani counterpart and both sides agreed to set up a joint commission on border management.',
	''
].join('\n');

/** An input folder with one good article plus the given extra files. */
function inputDir(extra: Record<string, string | Uint8Array> = {}): string {
	const dir = tempDir();
	fs.writeFileSync(path.join(dir, 'good.txt'), ARTICLE);
	for (const [name, content] of Object.entries(extra))
		fs.writeFileSync(path.join(dir, name), content);
	return dir;
}

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	let stdout = '';
	let stderr = '';
	const code = await main(argv, {
		stdout: { write: (s: string) => (stdout += s) },
		stderr: { write: (s: string) => (stderr += s), isTTY: false }
	});
	return { code, stdout, stderr };
}

const OUTPUTS = [
	'articles.json',
	'places.geojson',
	'links.geojson',
	'corrections.json',
	'search.json'
];
const DATA = ['articles.json', 'places.geojson', 'links.geojson'];
/** What the writer is given in these tests: the data files and the corrections copy. */
const WRITTEN = [...DATA, 'corrections.json'];

describe('ingest CLI', () => {
	it('writes the output files and exits 0 when nothing was skipped', async () => {
		const out = tempDir();
		const r = await run(['--in', inputDir(), '--out', out]);
		expect(r.code).toBe(0);
		expect(fs.readdirSync(out).sort()).toEqual([...OUTPUTS].sort());
		expect(r.stdout).toMatch(/^ingest: 1 articles, \d+ places, \d+ links; 0 skipped; [\d.]+ s/);
		expect(r.stderr).toBe('');
	});

	it('exits 1 when an article was skipped, still writing the rest, one line per problem', async () => {
		const out = tempDir();
		const r = await run(['--in', inputDir({ 'empty.txt': '' }), '--out', out]);
		expect(r.code).toBe(1);
		expect(r.stderr).toBe('empty.txt: file is empty\n');
		const { articles } = JSON.parse(fs.readFileSync(path.join(out, 'articles.json'), 'utf8'));
		expect(articles.map((a: { file: string }) => a.file)).toEqual(['good.txt']);
	});

	it('reports a file of another type as unsupported without reading it', async () => {
		const r = await run(['--in', inputDir({ 'notes.pdf': '%PDF-1.4' }), '--out', tempDir()]);
		expect(r.code).toBe(1);
		expect(r.stderr).toBe(
			'notes.pdf: skipped: unsupported file type .pdf (expected .txt, .md or .html)\n'
		);
	});

	it('ignores dotfiles and does not read sidecars as articles', async () => {
		const r = await run([
			'--in',
			inputDir({ '.DS_Store': 'x', 'good.meta.json': '{"title": "From the sidecar"}' }),
			'--out',
			tempDir()
		]);
		expect(r.code).toBe(0);
		expect(r.stderr).toBe('');
	});

	it('reports a sidecar without an article next to it', async () => {
		const r = await run(['--in', inputDir({ 'lost.meta.json': '{}' }), '--out', tempDir()]);
		expect(r.code).toBe(0);
		expect(r.stderr).toBe('lost.meta.json: sidecar without an article next to it (ignored)\n');
	});

	it('exits 2 on an unknown argument and writes nothing', async () => {
		const out = path.join(tempDir(), 'out');
		const r = await run(['--in', inputDir(), '--out', out, '--frobnicate']);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/unknown argument --frobnicate/);
		expect(fs.existsSync(out)).toBe(false);
	});

	it('exits 2 when the input folder cannot be read', async () => {
		const out = path.join(tempDir(), 'out');
		const r = await run(['--in', path.join(tempDir(), 'missing'), '--out', out]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/cannot read input folder .*missing: ENOENT/);
		expect(fs.existsSync(out)).toBe(false);
	});

	it('exits 2 when the gazetteer is missing and leaves the old output alone', async () => {
		const out = tempDir();
		fs.writeFileSync(path.join(out, 'articles.json'), 'old');
		const r = await run(['--in', inputDir(), '--out', out, '--geodata', tempDir()]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/cannot read gazetteer .*gazetteer\.json: ENOENT/);
		expect(fs.readdirSync(out)).toEqual(['articles.json']);
		expect(fs.readFileSync(path.join(out, 'articles.json'), 'utf8')).toBe('old');
	});

	it('writes byte-identical output on two runs over the seed corpus', async () => {
		const one = tempDir();
		const two = tempDir();
		expect((await run(['--out', one])).code).toBe(0);
		expect((await run(['--out', two])).code).toBe(0);
		for (const f of OUTPUTS) {
			expect(fs.readFileSync(path.join(two, f)).equals(fs.readFileSync(path.join(one, f)))).toBe(
				true
			);
		}
	});

	it('writes the same output with worker threads as without', async () => {
		const one = tempDir();
		const two = tempDir();
		expect((await run(['--out', one, '--jobs', '1'])).code).toBe(0);
		expect((await run(['--out', two, '--jobs', '2'])).code).toBe(0);
		for (const f of OUTPUTS) {
			expect(fs.readFileSync(path.join(two, f)).equals(fs.readFileSync(path.join(one, f)))).toBe(
				true
			);
		}
	}, 60_000);

	it('rejects, instead of hanging, when a worker cannot start its work', async () => {
		const jobs = [{ file: 'good.txt' }, { file: 'other.txt' }];
		await expect(
			processInWorkers(inputDir(), jobs, path.join(tempDir(), 'nogeo'), 2)
		).rejects.toThrow(/cannot read gazetteer/);
	}, 60_000);

	it('sets the process exit status when run as a command', async () => {
		const r = spawnSync(
			process.execPath,
			[
				'--import',
				'tsx',
				'ingest/cli.ts',
				'--in',
				inputDir({ 'empty.txt': '' }),
				'--out',
				tempDir()
			],
			{ encoding: 'utf8' }
		);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('empty.txt: file is empty');
	}, 30_000);
});

describe('ingest CLI keeps to its input folder', () => {
	it('refuses a link to a file outside the folder and names it; its text is nowhere in the output', async () => {
		const outside = tempDir();
		const secret = path.join(outside, 'secret.txt');
		fs.writeFileSync(secret, `Confidential\n\nKabul secret-token-4711 was named here.\n`);
		const dir = inputDir();
		fs.symlinkSync(secret, path.join(dir, 'leak.txt'));
		const out = tempDir();
		const r = await run(['--in', dir, '--out', out]);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('leak.txt: refused: a link to a file outside the input folder');
		for (const f of OUTPUTS)
			expect(fs.readFileSync(path.join(out, f), 'utf8')).not.toContain('secret-token-4711');
		expect(r.stdout).toMatch(/1 articles, .* 1 skipped/);
	});

	it('follows a link that stays inside the folder', async () => {
		const dir = inputDir();
		fs.mkdirSync(path.join(dir, '.store'));
		fs.writeFileSync(
			path.join(dir, '.store', 'kept.txt'),
			ARTICLE.replace('Border talks', 'Other talks').replace('Torkham', 'Chaman')
		);
		fs.symlinkSync(path.join(dir, '.store', 'kept.txt'), path.join(dir, 'kept.txt'));
		const r = await run(['--in', dir, '--out', tempDir()]);
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/^ingest: 2 articles/);
	});

	it('gives a folder, a named pipe, a dangling link and a looping link one line each, as skips', async () => {
		const dir = inputDir();
		fs.mkdirSync(path.join(dir, 'folder.txt'));
		fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
		fs.symlinkSync(path.join(dir, 'loop-b.txt'), path.join(dir, 'loop-a.txt'));
		fs.symlinkSync(path.join(dir, 'loop-a.txt'), path.join(dir, 'loop-b.txt'));
		const fifo = spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]);
		const r = await run(['--in', dir, '--out', tempDir()]);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('folder.txt: skipped: a folder, not an article file');
		expect(r.stderr).toContain('dangling.txt: skipped: a link to nothing');
		expect(r.stderr).toContain('loop-a.txt: skipped: a link that loops back on itself');
		expect(r.stderr).toContain('loop-b.txt: skipped: a link that loops back on itself');
		if (fifo.status === 0) expect(r.stderr).toContain('pipe.txt: skipped: a named pipe');
		expect(r.stdout).toMatch(/^ingest: 1 articles/);
	});

	it('reads a UTF-16 article with a byte-order mark, and finds its places', async () => {
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
		const dir = tempDir();
		fs.writeFileSync(path.join(dir, 'unicode.txt'), utf16);
		const out = tempDir();
		const r = await run(['--in', dir, '--out', out]);
		expect(r.code).toBe(0);
		const places = JSON.parse(fs.readFileSync(path.join(out, 'places.geojson'), 'utf8'));
		const ids = places.features.map((f: { properties: { id: string } }) => f.properties.id);
		expect(ids).toEqual(expect.arrayContaining(['city-kabul', 'country-pk']));
	});

	it('drops a sidecar address that is not http(s), with a line', async () => {
		const dir = inputDir({ 'good.meta.json': JSON.stringify({ url: 'javascript:alert(1)' }) });
		const out = tempDir();
		const r = await run(['--in', dir, '--out', out]);
		expect(r.stderr).toContain('is not an http(s) address (dropped)');
		const {
			articles: [article]
		} = JSON.parse(fs.readFileSync(path.join(out, 'articles.json'), 'utf8'));
		expect(article.url).toBeNull();
	});
});

describe('ingest CLI with a corrections file', () => {
	const OTHER = [
		'Ministers meet in Dushanbe',
		'',
		'The foreign ministers of Tajikistan and Afghanistan met in Dushanbe on Tuesday to discuss border security.',
		''
	].join('\n');
	const DOCUMENT = {
		$comment: 'for the test',
		links: [
			{ article: 'good.txt', evidence: 'agreed to set up a joint commission', action: 'reject' },
			{
				article: 'good.txt',
				evidence: 'held  talks in Kabul',
				set: { from: 'AF', to: 'PK', type: 'talks' },
				note: 'the Afghan side came to Kabul… as hosts'
			},
			{ article: 'good.txt', evidence: 'no such sentence', action: 'reject' }
		],
		articles: [{ article: 'other.txt', published: '2021-09-24' }]
	};

	function correctionsFile(content: string): string {
		const file = path.join(tempDir(), 'fixes.json');
		fs.writeFileSync(file, content);
		return file;
	}

	type Props = { type: string; from: string; to: string; date: string | null; corrected: boolean };
	function links(out: string): string[] {
		const fc = JSON.parse(fs.readFileSync(path.join(out, 'links.geojson'), 'utf8'));
		return fc.features.map(
			({ properties: p }: { properties: Props }) =>
				`${p.type} ${p.from}→${p.to} ${p.date}${p.corrected ? ' corrected' : ''}`
		);
	}

	it('applies --corrections FILE, reports what matched nothing and copies the file to the output', async () => {
		const out = tempDir();
		const file = correctionsFile(JSON.stringify(DOCUMENT));
		const r = await run([
			'--in',
			inputDir({ 'other.txt': OTHER }),
			'--out',
			out,
			'--corrections',
			file
		]);
		expect(r.code).toBe(0);
		expect(r.stderr).toBe(
			'fixes.json: links[2].evidence: no link read in good.txt has "no such sentence" in its evidence; entry not applied\n'
		);
		expect(r.stdout).toMatch(/; 0 skipped; 3 corrections applied, 1 reported; [\d.]+ s/);
		expect(links(out)).toEqual(['talks AF→PK 2017-06-06 corrected', 'meeting AF→TJ 2021-09-21']);
		const { articles } = JSON.parse(fs.readFileSync(path.join(out, 'articles.json'), 'utf8'));
		expect(articles[1]).toMatchObject({ file: 'other.txt', publishedSource: 'correction' });
		expect(fs.readdirSync(out).sort()).toEqual([...OUTPUTS].sort());
		expect(fs.readFileSync(path.join(out, 'corrections.json'), 'utf8')).toBe(
			JSON.stringify(DOCUMENT, null, '\t') + '\n'
		);
	});

	it('gives the same output with worker threads as without', async () => {
		const inDir = inputDir({ 'other.txt': OTHER });
		const file = correctionsFile(JSON.stringify(DOCUMENT));
		const one = tempDir();
		const two = tempDir();
		const a = await run(['--in', inDir, '--out', one, '--corrections', file, '--jobs', '1']);
		const b = await run(['--in', inDir, '--out', two, '--corrections', file, '--jobs', '2']);
		expect([a.code, b.code]).toEqual([0, 0]);
		expect(b.stderr).toBe(a.stderr);
		for (const f of OUTPUTS) {
			expect(fs.readFileSync(path.join(two, f)).equals(fs.readFileSync(path.join(one, f)))).toBe(
				true
			);
		}
		expect(links(two)).toContain('meeting AF→TJ 2021-09-21');
	}, 60_000);

	it('reports a broken file in one line, applies nothing and writes the empty document', async () => {
		const out = tempDir();
		const file = correctionsFile('{"links": [');
		const r = await run(['--in', inputDir(), '--out', out, '--corrections', file]);
		expect(r.code).toBe(0);
		expect(r.stderr).toMatch(/^fixes\.json: is not valid JSON \(.+\); nothing applied\n$/);
		expect(r.stdout).toMatch(/; 0 skipped; 0 corrections applied, 1 reported; /);
		expect(JSON.parse(fs.readFileSync(path.join(out, 'corrections.json'), 'utf8'))).toEqual({
			links: [],
			articles: []
		});
	});

	it('exits 2 and writes nothing when the file given with --corrections is missing', async () => {
		const out = path.join(tempDir(), 'out');
		const missing = path.join(tempDir(), 'nope.json');
		const r = await run(['--in', inputDir(), '--out', out, '--corrections', missing]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/cannot read corrections file .*nope\.json: ENOENT/);
		expect(fs.existsSync(out)).toBe(false);
	});

	it('reads corrections.json of the geodata folder by default, and none when it is absent', async () => {
		const bundled = JSON.parse(fs.readFileSync('geodata/corrections.json', 'utf8'));
		const out = tempDir();
		const r = await run(['--in', inputDir(), '--out', out]);
		expect(r.stdout).not.toMatch(/corrections/);
		expect(JSON.parse(fs.readFileSync(path.join(out, 'corrections.json'), 'utf8'))).toEqual(
			bundled
		);

		const geodata = tempDir();
		for (const f of ['gazetteer.json', 'aliases.json', 'actors.json', 'offices.json'])
			fs.copyFileSync(path.join('geodata', f), path.join(geodata, f));
		const bare = tempDir();
		const s = await run(['--in', inputDir(), '--out', bare, '--geodata', geodata]);
		expect([s.code, s.stderr]).toEqual([0, '']);
		expect(fs.readFileSync(path.join(bare, 'corrections.json'), 'utf8')).toBe(
			'{\n\t"links": [],\n\t"articles": []\n}\n'
		);
	});
});

describe('writeOutputAtomic: one generation of output', () => {
	/** Data files as the ingest gives them: a body in pieces, closed by the generation. */
	const dataFiles = (tag: string): DataFile[] =>
		DATA.map((name) => ({
			name,
			// Empty but valid files, told apart by a member of their own.
			body: [
				`{"tag":"${tag}",`,
				name === 'articles.json'
					? '"articles":[]'
					: `"type":"FeatureCollection",${name === 'links.geojson' ? `"format":${LINKS_FORMAT},` : ''}"features":[]`
			],
			close: (g: string) => `,"generation":"${g}"}\n`
		}));
	const others = (tag: string): Array<[string, string]> => [['corrections.json', `${tag}\n`]];
	const generationIn = (out: string, name: string) =>
		JSON.parse(fs.readFileSync(path.join(out, name), 'utf8')).generation as string;

	/** The node file operations, with the rename failing (as a killed process stops) after `renames`. */
	function crashingIo(renames: number): WriteIo {
		let done = 0;
		return {
			writeFileSync: (file, text) => fs.writeFileSync(file, outputString(text)),
			appendFileSync: (file, text) => fs.appendFileSync(file, text),
			renameSync(from, to) {
				if (done++ === renames) throw new Error('killed');
				fs.renameSync(from, to);
			},
			rmSync: (f, o) => fs.rmSync(f, o),
			mkdirSync: (d) => fs.mkdirSync(d, { recursive: true })
		};
	}

	/** What the app makes of the folder, through its own loaders (a fetch reading the files). */
	async function appReads(out: string) {
		const fetchFn = (async (url: string) =>
			new Response(fs.readFileSync(path.join(out, path.basename(url))))) as typeof fetch;
		const map = await loadMapData(fetchFn);
		const reading = await loadArticles(fetchFn);
		return {
			map,
			mixed:
				map.mixed ??
				mixedRunsMessage(
					{ name: 'places.geojson', generation: map.generation },
					{ name: 'articles.json', generation: reading.generation }
				)
		};
	}

	it('writes every file, each data file carrying the same generation', () => {
		const out = tempDir();
		const generation = writeOutputAtomic(out, dataFiles('a'), others('a'));
		expect(generation).toMatch(/^[0-9a-f]{16}$/);
		for (const name of DATA) expect(generationIn(out, name)).toBe(generation);
		expect(fs.readFileSync(path.join(out, 'corrections.json'), 'utf8')).toBe('a\n');
		expect(fs.readdirSync(out).sort()).toEqual([...WRITTEN].sort());
	});

	it('gives the same generation for the same output, and another for other output', () => {
		const one = writeOutputAtomic(tempDir(), dataFiles('a'), others('a'));
		expect(writeOutputAtomic(tempDir(), dataFiles('a'), others('other corrections'))).toBe(one);
		expect(writeOutputAtomic(tempDir(), dataFiles('b'), others('a'))).not.toBe(one);
	});

	it('gives the same generation on two ingest runs over the same input', async () => {
		const one = tempDir();
		const two = tempDir();
		await run(['--in', inputDir(), '--out', one]);
		await run(['--in', inputDir(), '--out', two]);
		expect(generationIn(two, 'links.geojson')).toBe(generationIn(one, 'links.geojson'));
		const other = tempDir();
		await run([
			'--in',
			inputDir({
				'more.txt': ARTICLE.replace('Border talks resume', 'Talks go on').replace(
					'Kabul',
					'Dushanbe'
				)
			}),
			'--out',
			other
		]);
		expect(generationIn(other, 'links.geojson')).not.toBe(generationIn(one, 'links.geojson'));
	});

	it('leaves the old output as it was, and nothing staged, when a write fails midway', () => {
		const out = tempDir();
		const old = writeOutputAtomic(out, dataFiles('old'), others('old'));
		let writes = 0;
		const io: WriteIo = {
			...crashingIo(Infinity),
			writeFileSync(file, text) {
				if (++writes === 2) {
					fs.writeFileSync(file, outputString(text).slice(0, 5)); // half-written, then the disk fills up
					throw new Error('ENOSPC: no space left on device');
				}
				fs.writeFileSync(file, outputString(text));
			}
		};
		expect(() => writeOutputAtomic(out, dataFiles('new'), others('new'), io)).toThrow(/ENOSPC/);
		for (const name of DATA) expect(generationIn(out, name)).toBe(old);
		expect(fs.existsSync(stagingFolder(out))).toBe(false);
	});

	it('killed between any two renames, leaves all old, all new, or a set the app reports as mixed', async () => {
		let mixedSeen = 0;
		for (let renames = 0; renames <= WRITTEN.length; renames++) {
			const out = tempDir();
			const old = writeOutputAtomic(out, dataFiles('old'), others('old'));
			let fresh: string | null = null;
			try {
				fresh = writeOutputAtomic(out, dataFiles('new'), others('new'), crashingIo(renames));
			} catch (e) {
				if (renames > 0) expect((e as Error).message).toMatch(/files of two runs/);
			}
			const generations = DATA.map((name) => generationIn(out, name));
			const { map, mixed } = await appReads(out);
			// The map is still there to draw, whatever happened.
			expect(map.places.features).toEqual([]);
			if (generations.every((g) => g === old) || generations.every((g) => g === fresh))
				expect(mixed).toBeNull();
			else {
				expect(mixed).toMatch(/come from different ingest runs: run `npm run ingest` again/);
				mixedSeen++;
			}
		}
		expect(mixedSeen).toBe(2); // killed after the first or the second data file
	});

	it('removes what a killed run left behind, and nothing else', () => {
		const out = tempDir();
		fs.writeFileSync(path.join(out, '.articles.json.tmp-99999'), 'half-written');
		fs.writeFileSync(path.join(out, '.keep'), 'mine');
		const staging = stagingFolder(out);
		fs.mkdirSync(staging, { recursive: true });
		fs.writeFileSync(path.join(staging, 'links.geojson'), 'half-written');
		removeStaleOutput(out);
		expect(fs.existsSync(staging)).toBe(false);
		expect(fs.readdirSync(out)).toEqual(['.keep']);
	});

	it('stages beside the static folder, never inside what the build copies', () => {
		const root = tempDir();
		const out = path.join(root, 'static', 'data');
		const written: string[] = [];
		const io: WriteIo = {
			...crashingIo(Infinity),
			writeFileSync(file, text) {
				written.push(file);
				fs.writeFileSync(file, outputString(text));
			}
		};
		writeOutputAtomic(out, dataFiles('a'), others('a'), io);
		expect(written.length).toBe(WRITTEN.length);
		for (const file of written) expect(file.startsWith(path.join(root, 'static'))).toBe(false);
		expect(fs.readdirSync(path.join(root, 'static'))).toEqual(['data']);
		expect(fs.readdirSync(root)).toEqual(['static']);
	});

	it('writes text given in pieces as their concatenation, across write chunks', () => {
		const out = tempDir();
		const pieces = Array.from({ length: 3000 }, (_, i) => `${i}:${'é'.repeat(500)}\n`);
		writeOutputAtomic(out, [], [['corrections.json', pieces]]);
		expect(fs.readFileSync(path.join(out, 'corrections.json'), 'utf8')).toBe(pieces.join(''));
	});
});
