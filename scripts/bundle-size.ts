/**
 * Bundle size (`npm run bundle:size`): reads a build (the folder `npm run build` writes, or
 * --dir) and prints, for every JS and CSS file under `_app/immutable`, its raw and gzip -9 bytes,
 * how much of it is maplibre-gl's, and whether the first page load fetches it or it is lazy; then
 * the totals: all, maplibre-gl, the app's first load and the app's lazy code. It builds nothing.
 *
 *   npm run bundle:size -- [--dir DIR] [--page index.html] [--compare DIR] [--sources N] [--json FILE]
 *
 * First load: what the page's HTML names (modulepreload and stylesheet links, the entry's
 * import()s), SvelteKit's root error page (its client fetches it as it starts), every file those
 * import statically, and the workers they name (maplibre-gl starts its worker when the map is
 * made). Everything else is lazy: reached only by a dynamic import(), as the app's views are when
 * first opened (some are fetched ahead once the map is idle, still after the first frame).
 *
 * maplibre-gl's share: the bundler puts the library in the page's chunk with the app's own code,
 * and its stylesheet in the page's CSS. A JS chunk is split by its sourcemap (`npx vite build
 * --sourcemap`; the maps and the comments naming them are not counted, so such a build measures as
 * a plain one): the library's share is the gzip of the text its sources wrote, the rest of the
 * chunk's gzip is the app's. Without maps the library's share is taken as the gzip of its own
 * published bundle, as `npm run bench` does, and the figure is marked `~`. A CSS file is split by
 * rule: its keyframes, and rules in whose every selector every class is one of its classes, are the
 * library's.
 *
 * --compare DIR prints the totals of another build (e.g. one of an earlier commit) beside these.
 * --sources N lists the N sources (a package, or a module of src/) writing most of the app's JS,
 * first load and lazy, from the sourcemaps.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { statements } from '../src/lib/map/unused-css';
import { isMaplibreSource, readMap, sourceGroup, textBySource } from './bundle-sources';

interface Options {
	dir: string;
	page: string;
	compare: string | null;
	sources: number;
	json: string | null;
}

function parseArgs(argv: string[]): Options {
	const o: Options = {
		dir: resolve(process.env.PARLEY_BUILD_DIR ?? 'build'),
		page: 'index.html',
		compare: null,
		sources: 0,
		json: null
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const next = () => {
			const v = argv[++i];
			if (v === undefined) throw new Error(`${a} needs a value`);
			return v;
		};
		if (a === '--dir') o.dir = resolve(next());
		else if (a === '--page') o.page = next();
		else if (a === '--compare') o.compare = resolve(next());
		else if (a === '--sources') o.sources = Number.parseInt(next(), 10);
		else if (a === '--json') o.json = resolve(next());
		else if (a === '--help' || a === '-h') {
			console.log(
				'npm run bundle:size -- [--dir DIR] [--page index.html] [--compare DIR] [--sources N] [--json FILE]'
			);
			process.exit(0);
		} else throw new Error(`unknown argument ${a}`);
	}
	if (!Number.isInteger(o.sources) || o.sources < 0) throw new Error('--sources takes a count');
	return o;
}

// ---------------------------------------------------------------- reading a build

const IMMUTABLE = '_app/immutable';

const HAS_GZIP = spawnSync('gzip', ['--version']).status === 0;

/**
 * gzip -9 bytes of a text: GNU gzip's, fed on stdin (no file name in the header), as the figures
 * the project quotes were taken; Node's zlib (about 0.4 % larger at level 9) where gzip is missing.
 */
function gzip(text: string | Buffer): number {
	if (!HAS_GZIP) return gzipSync(text, { level: 9 }).length;
	const out = spawnSync('gzip', ['-9', '-n', '-c'], { input: text, maxBuffer: 64 << 20 });
	if (out.status !== 0) throw new Error(`gzip failed: ${out.stderr.toString()}`);
	return out.stdout.length;
}

/** The file's text without the comment naming its sourcemap (a build with maps measures as one without). */
function builtText(path: string): string {
	return readFileSync(path, 'utf8')
		.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '')
		.replace(/\n?\/\*# sourceMappingURL=\S+ \*\/\s*$/, '');
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]
	);
}

/** Relative specifiers a module imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
function staticImports(code: string): string[] {
	const re =
		/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
	return [...code.matchAll(re)].map((m) => m[1] ?? '');
}

/** Build files (relative to the build folder) the page's HTML names: links and the entry's import()s. */
function pageSeeds(html: string): string[] {
	const re = /(?:href=|src=|import\()\s*["']\.?\/?([^"']*_app\/immutable\/[^"']+)["']/g;
	return [...html.matchAll(re)].map((m) => m[1] ?? '');
}

/** The files the first page load fetches: the page's seeds, closed under static imports, and the workers they name. */
function firstLoad(root: string, page: string, files: string[]): Set<string> {
	const pagePath = join(root, page);
	if (!existsSync(pagePath)) throw new Error(`${pagePath} not found: is --dir a build folder?`);
	const seen = new Set<string>();
	const queue = pageSeeds(readFileSync(pagePath, 'utf8')).map((p) => join(root, p));
	// SvelteKit's client fetches the root error page (node 1) as it starts (client.js: `void
	// default_error_loader()`), so that an error can always be shown.
	queue.push(...files.filter((f) => f.includes(`${IMMUTABLE}/nodes/1.`)));
	while (queue.length) {
		const file = queue.pop() as string;
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		if (file.endsWith('.js'))
			for (const spec of staticImports(builtText(file))) queue.push(join(dirname(file), spec));
	}
	const loadedJs = [...seen].filter((f) => f.endsWith('.js')).map((f) => builtText(f));
	for (const worker of files.filter((f) => /worker/.test(f.slice(f.lastIndexOf('/'))))) {
		const name = worker.slice(worker.lastIndexOf('/') + 1);
		if (loadedJs.some((code) => code.includes(name))) seen.add(worker);
	}
	return seen;
}

// ---------------------------------------------------------------- maplibre's share

/** gzip of maplibre-gl's own published bundle: its share of a chunk without a sourcemap. */
const PUBLISHED_MAPLIBRE_GZIP = (() => {
	const file = resolve('node_modules/maplibre-gl/dist/maplibre-gl.mjs');
	return existsSync(file) ? gzip(readFileSync(file)) : 0;
})();

const LOOKS_LIKE_MAPLIBRE = ['queryRenderedFeatures', 'maplibregl-', 'WebGL2RenderingContext'];

const LIBRARY_CLASS = /^\.(?:maplibregl|mapboxgl)-/;

/**
 * Whether a top-level CSS statement is maplibre-gl's own: its keyframes, or rules in whose every
 * selector every class is one of its classes (`[dir=rtl] .maplibregl-popup-tip` is; the app's
 * rules reach its controls through a class of the app's, `.map-area.svelte-… .maplibregl-ctrl`,
 * `html.parley-presenting .maplibregl-ctrl`, and are not).
 */
function isLibraryCss(statement: string): boolean {
	const keyframes = /^@(?:-webkit-)?keyframes\s+([\w-]+)/.exec(statement);
	if (keyframes) return /^(?:maplibregl|mapboxgl)-/.test(keyframes[1] ?? '');
	const selectors = [...statement.matchAll(/(?:^|[{}])([^{}@;]+)\{/g)].flatMap((m) =>
		(m[1] ?? '').split(',')
	);
	return (
		selectors.length > 0 &&
		selectors.every((selector) => {
			const classes = selector.match(/\.[\w-]+/g) ?? [];
			return classes.length > 0 && classes.every((c) => LIBRARY_CLASS.test(c));
		})
	);
}

interface Share {
	/** gzip bytes of maplibre-gl's part. */
	maplibre: number;
	/** True when estimated (a mixed chunk without a sourcemap). */
	estimated: boolean;
}

function maplibreShare(path: string, text: string, total: number): Share {
	if (/maplibre-gl-worker[^/]*$/.test(path)) return { maplibre: total, estimated: false };
	if (path.endsWith('.css')) {
		const lib = statements(text).filter(isLibraryCss);
		return { maplibre: lib.length ? gzip(lib.join('')) : 0, estimated: false };
	}
	const map = readMap(path);
	if (map) {
		const parts = [...textBySource(text, map)].filter(([source]) => isMaplibreSource(source));
		const lib = parts.map(([, t]) => t).join('');
		return { maplibre: lib ? gzip(lib) : 0, estimated: false };
	}
	const hits = LOOKS_LIKE_MAPLIBRE.filter((s) => text.includes(s)).length;
	if (hits >= 2 && text.length > 200_000)
		return { maplibre: Math.min(total, PUBLISHED_MAPLIBRE_GZIP), estimated: true };
	return { maplibre: 0, estimated: false };
}

// ---------------------------------------------------------------- the measure

interface FileSize {
	/** Path under `_app/immutable`. */
	file: string;
	raw: number;
	gzip: number;
	/** gzip bytes of it that are maplibre-gl's. */
	maplibre: number;
	estimated: boolean;
	load: 'first' | 'lazy';
}

interface Totals {
	all: number;
	maplibre: number;
	appFirstLoad: number;
	appLazy: number;
	raw: number;
}

export interface BundleSize {
	dir: string;
	files: FileSize[];
	totals: Totals;
	/** Raw minified bytes of the app's JS per source group, first load and lazy (from sourcemaps). */
	sources: { group: string; first: number; lazy: number }[];
}

function sourceTable(files: { path: string; text: string; first: boolean }[]) {
	const bytes = new Map<string, { first: number; lazy: number }>();
	for (const { path, text, first } of files) {
		const map = path.endsWith('.js') ? readMap(path) : null;
		if (!map) continue;
		for (const [source, part] of textBySource(text, map)) {
			if (isMaplibreSource(source)) continue;
			const group = sourceGroup(source);
			const row = bytes.get(group) ?? { first: 0, lazy: 0 };
			row[first ? 'first' : 'lazy'] += Buffer.byteLength(part);
			bytes.set(group, row);
		}
	}
	return [...bytes]
		.map(([group, b]) => ({ group, ...b }))
		.sort((a, b) => b.first + b.lazy - (a.first + a.lazy));
}

/**
 * A build's JS and CSS files under `_app/immutable` (absolute paths), and those the first load of
 * `page` fetches. Also read by the browser test of the first load (tests/e2e/first-load.spec.ts).
 */
export function builtFiles(
	dir: string,
	page = 'index.html'
): { all: string[]; first: Set<string> } {
	const root = join(dir, IMMUTABLE);
	if (!existsSync(root)) throw new Error(`${root} not found: build first (npm run build)`);
	const all = walk(root)
		.filter((f) => /\.(m?js|css)$/.test(f))
		.sort();
	return { all, first: firstLoad(dir, page, all) };
}

export function measureBuild(dir: string, page = 'index.html'): BundleSize {
	const root = join(dir, IMMUTABLE);
	const { all: paths, first: loaded } = builtFiles(dir, page);
	const read = paths.map((path) => ({ path, text: builtText(path), first: loaded.has(path) }));
	const files = read.map(({ path, text, first }): FileSize => {
		const size = gzip(text);
		const share = maplibreShare(path, text, size);
		return {
			file: relative(root, path),
			raw: Buffer.byteLength(text),
			gzip: size,
			maplibre: share.maplibre,
			estimated: share.estimated,
			load: first ? 'first' : 'lazy'
		};
	});
	const sum = (pick: (f: FileSize) => number) => files.reduce((n, f) => n + pick(f), 0);
	const totals: Totals = {
		all: sum((f) => f.gzip),
		maplibre: sum((f) => f.maplibre),
		appFirstLoad: sum((f) => (f.load === 'first' ? f.gzip - f.maplibre : 0)),
		appLazy: sum((f) => (f.load === 'lazy' ? f.gzip - f.maplibre : 0)),
		raw: sum((f) => f.raw)
	};
	return { dir, files, totals, sources: sourceTable(read) };
}

// ---------------------------------------------------------------- report

const n = (v: number) => v.toLocaleString('en-US');
const pad = (s: string, w: number) => s.padStart(w);

function printFiles(m: BundleSize): void {
	console.log(`\n${m.dir}/${IMMUTABLE} (gzip -9)`);
	console.log(
		`${'file'.padEnd(52)}${pad('raw', 11)}${pad('gzip', 10)}${pad('maplibre', 10)}  load`
	);
	const order = [...m.files].sort((a, b) =>
		a.load === b.load ? b.gzip - a.gzip : a.load < b.load ? -1 : 1
	);
	for (const f of order) {
		const lib = f.maplibre ? `${f.estimated ? '~' : ''}${n(f.maplibre)}` : '';
		console.log(
			`${f.file.padEnd(52)}${pad(n(f.raw), 11)}${pad(n(f.gzip), 10)}${pad(lib, 10)}  ${f.load}`
		);
	}
}

const TOTAL_ROWS: [keyof Totals, string][] = [
	['all', 'all JS+CSS, gzip -9'],
	['maplibre', 'maplibre-gl'],
	['appFirstLoad', 'app, first load (beyond maplibre-gl)'],
	['appLazy', 'app, lazy'],
	['raw', 'all JS+CSS, raw']
];

function printTotals(m: BundleSize, before: BundleSize | null): void {
	console.log('\ntotals (bytes)');
	const head = before
		? `${pad('before', 11)}${pad('after', 11)}${pad('change', 9)}`
		: pad('bytes', 11);
	console.log(`${''.padEnd(40)}${head}`);
	for (const [key, label] of TOTAL_ROWS) {
		const now = m.totals[key];
		if (!before) console.log(`${label.padEnd(40)}${pad(n(now), 11)}`);
		else {
			const was = before.totals[key];
			const change = `${now >= was ? '+' : ''}${n(now - was)}`;
			console.log(`${label.padEnd(40)}${pad(n(was), 11)}${pad(n(now), 11)}${pad(change, 9)}`);
		}
	}
	if (before) console.log(`before: ${before.dir}\nafter:  ${m.dir}`);
	if (m.files.some((f) => f.estimated))
		console.log(
			[
				"~ estimated: no sourcemap, so maplibre-gl's share is its published bundle's gzip (the bundler",
				"  drops some of the library: for this app that counts about 10 KB of the app's as maplibre's).",
				'  Exact: PARLEY_KIT_DIR=tmp/sm-kit PARLEY_BUILD_DIR=tmp/sm-build npx vite build --sourcemap,',
				'  then --dir tmp/sm-build (a folder of its own: the maps are not for shipping).'
			].join('\n')
		);
}

function printSources(m: BundleSize, count: number): void {
	if (!m.sources.length) {
		console.log('\nno sourcemaps: build with `npx vite build --sourcemap` to list sources');
		return;
	}
	console.log(`\nthe app's JS by source, raw minified bytes (top ${count})`);
	console.log(`${'source'.padEnd(56)}${pad('first load', 12)}${pad('lazy', 9)}`);
	for (const s of m.sources.slice(0, count))
		console.log(`${s.group.padEnd(56)}${pad(n(s.first), 12)}${pad(n(s.lazy), 9)}`);
}

function main(): void {
	const o = parseArgs(process.argv.slice(2));
	const m = measureBuild(o.dir, o.page);
	const before = o.compare ? measureBuild(o.compare, o.page) : null;
	printFiles(m);
	if (o.sources) printSources(m, o.sources);
	printTotals(m, before);
	if (o.json) writeFileSync(o.json, `${JSON.stringify({ after: m, before }, null, '\t')}\n`);
}

// Run from the command line (npm run bundle:size); a test imports builtFiles without running it.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
