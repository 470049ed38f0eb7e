/**
 * App benchmark (`npm run bench`): builds the app, serves the static build on 127.0.0.1 and measures,
 * in headless Chromium (SwiftShader WebGL, like the browser tests), medians over several fresh loads:
 *   - gzip size of what is loaded before the map's first `idle`, split into maplibre-gl, the app's
 *     own JS/CSS/HTML, fonts, basemap (/geo/) and corpus data (/data/). Each response body is
 *     gzipped here (zlib, level 6), so the figure does not depend on how the server compresses;
 *   - time from navigation to the map's first `idle`;
 *   - a year change: main-thread busy time (Chrome's own TaskDuration, thread time) from the key
 *     press on the year slider until the map is idle again, plus long tasks seen meanwhile (each
 *     change after a second of rest, so the deferred label work of the one before is not counted);
 *     and one change followed by a second of rest, which includes the place labels' filter;
 *   - click on a place → panel showing (cold: first click, may fetch the article text; warm: again),
 *     the pointer resting on the place (hover drawn) before the button is pressed;
 *   - the WebGL programs linked before the first idle (each costs tens of ms on SwiftShader);
 *   - a bare map in the same browser, alternating with the app's loads: maplibre-gl from
 *     node_modules, a background and the app's countries.geojson as one fill layer, nothing else.
 *     Its first idle is the floor on this machine; the app's is printed as a ratio of it.
 *
 *   - the page's JS heap (main thread, CDP Performance.getMetrics) just after the first idle, and
 *     after a forced garbage collection.
 *
 *   npm run bench -- [--runs 5] [--data DIR] [--big-article] [--compare DIR] [--scale 5,1000,10000]
 *                    [--reuse-data] [--seed 42] [--no-warmup] [--no-build] [--port 4174] [--json FILE]
 *                    [--idle-timeout 60]
 *
 * --scale 5,1000,10000 benches corpora of those sizes side by side (scripts/bench-scale.ts): the
 * size of the bundled corpus is the build as it is; each other size is a synthetic corpus
 * (scripts/synthetic-corpus.ts, --seed) generated and ingested into tmp/bench-scale/N/, or with
 * --reuse-data the data already there (e.g. from `npm run bench:ingest -- --n 100000 --keep
 * tmp/bench-scale/100000`). Each is put in a copy of the build; all are served in turn on --port
 * and their loads alternate with the bare map's in one browser. It prints one growth table (rows =
 * measures, columns = sizes, the issue's goal and ✓/✗ beside each) with the machine's load average,
 * and --json FILE writes it all. The idle timeout defaults to 300 s with --scale; a load that fails
 * (a timeout) is counted and named, and the others go on. --no-warmup skips the uncounted first load
 * of each site (worth it for a corpus that takes minutes to load).
 *
 * --compare DIR benches another build folder (e.g. a copy of `build/` made at an earlier commit) in
 * the same browser, its loads alternating with this build's, and prints both columns: before/after
 * figures taken under the same machine load. It is served on the next port. With --scale, each
 * corpus is benched in both builds and a second table gives the other build's figures.
 *
 * --data DIR also runs against another data folder (places.geojson, links.geojson, articles.json, e.g.
 * the synthetic corpus kept by `npm run bench:ingest -- --n 10000 --keep DIR`) copied over the data
 * of a copy of the build, and prints both columns with the growth factor.
 *
 * --big-article also ingests the bundled corpus plus one generated 2 MB article whose body is one
 * paragraph naming Dushanbe in nearly every sentence (scripts/big-article.ts), puts that data in a
 * copy of the build, and benches it the same way: the click is on Dushanbe, and besides the time
 * until its excerpts show, the longest main-thread task from the click until then is printed
 * (with the ingest's own time for that corpus).
 *
 * Why a static server of its own and not `vite preview`: SvelteKit's preview serves
 * .svelte-kit/output, not a folder of our choosing, so it cannot serve the build with other data
 * without touching the real build. The build is adapter-static output; any static host serves it
 * the same way. The server lives in this process and is closed at the end (also on Ctrl-C).
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { runIngest } from '../ingest/cli';
import { themeTokens } from '../src/lib/config/tokens';
import { UNUSED_MAPLIBRE_PARTS, withoutParts } from '../src/lib/map/unused-css';
import { BIG_ARTICLE_FILE, writeBigArticle } from './big-article';
import { prepareCorpora, scaleTable, type ScaleCorpus } from './bench-scale';

// ---------------------------------------------------------------- options

interface Options {
	runs: number;
	data: string | null;
	compare: string | null;
	build: boolean;
	port: number;
	json: string | null;
	/** How long a load may take to reach the first idle (a big corpus takes minutes here). */
	idleTimeoutS: number;
	/** Also bench the bundled corpus plus one generated 2 MB one-paragraph article. */
	bigArticle: boolean;
	/** Corpus sizes to bench side by side (--scale 5,1000,10000); null when not asked. */
	scale: number[] | null;
	/** With --scale: bench the data already in tmp/bench-scale/N/data instead of generating it. */
	reuseData: boolean;
	/** Seed of the synthetic corpora. */
	seed: number;
	/** One uncounted load of each site before the measured rounds. */
	warmup: boolean;
}

/** Set from --idle-timeout before any load. */
let idleTimeoutMs = 60_000;

function parseArgs(argv: string[]): Options {
	const o: Options = {
		runs: 5,
		data: null,
		compare: null,
		build: true,
		port: 4174,
		json: null,
		idleTimeoutS: 0,
		bigArticle: false,
		scale: null,
		reuseData: false,
		seed: 42,
		warmup: true
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const next = () => {
			const v = argv[++i];
			if (v === undefined) throw new Error(`${a} needs a value`);
			return v;
		};
		if (a === '--runs') o.runs = Math.max(1, Number.parseInt(next(), 10));
		else if (a === '--data') o.data = resolve(next());
		else if (a === '--compare') o.compare = resolve(next());
		else if (a === '--no-build') o.build = false;
		else if (a === '--port') o.port = Number.parseInt(next(), 10);
		else if (a === '--json') o.json = resolve(next());
		else if (a === '--idle-timeout') o.idleTimeoutS = Number.parseInt(next(), 10);
		else if (a === '--big-article') o.bigArticle = true;
		else if (a === '--scale')
			o.scale = next()
				.split(',')
				.map((v) => Number.parseInt(v.replace(/[_\s]/g, ''), 10));
		else if (a === '--reuse-data') o.reuseData = true;
		else if (a === '--seed') o.seed = Number.parseInt(next(), 10);
		else if (a === '--no-warmup') o.warmup = false;
		else if (a === '--help' || a === '-h') {
			console.log(
				'npm run bench -- [--runs 5] [--data DIR] [--big-article] [--compare DIR] [--scale 5,1000,10000 [--reuse-data] [--seed 42]] [--no-warmup] [--no-build] [--port 4174] [--json FILE] [--idle-timeout 60]'
			);
			process.exit(0);
		} else throw new Error(`unknown argument ${a}`);
	}
	if (!Number.isFinite(o.runs)) throw new Error('--runs must be a number');
	if (o.scale && !o.scale.every((n) => Number.isInteger(n) && n > 0))
		throw new Error('--scale takes sizes such as 5,1000,10000');
	// A corpus of 10,000 articles takes minutes to reach the first idle on this kind of machine.
	if (o.idleTimeoutS === 0) o.idleTimeoutS = o.scale ? 300 : 60;
	if (!(o.idleTimeoutS > 0)) throw new Error('--idle-timeout must be a positive number of seconds');
	return o;
}

// ---------------------------------------------------------------- goals (issue 3, "Measured")

const GOALS = {
	appKb: 60, // the app's own JS+CSS beyond maplibre-gl, gzip
	dataKb: 150, // data before the first frame, gzip (bundled corpus)
	firstIdleMs: 1500,
	yearChangeMs: 16, // main-thread work
	clickToPanelMs: 100
};

/** Rest after the last year change, long enough for the place labels' deferred filter and re-placement. */
const YEAR_REST_MS = 1000;

// ---------------------------------------------------------------- static server

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

function resolveFile(root: string, urlPath: string): string | null {
	let path: string;
	try {
		path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
	} catch {
		return null;
	}
	const full = normalize(join(root, path));
	if (!full.startsWith(root)) return null;
	const candidates = [full, join(full, 'index.html'), `${full}.html`];
	return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

// ---------------------------------------------------------------- the bare map

/** Where every bench server serves the bare map page and maplibre-gl's own files. */
const BARE_PREFIX = '/__bare-map/';

/**
 * The floor for the first idle: maplibre-gl's published ES module (its worker found beside it),
 * a background and the app's countries.geojson as one fill, the app's camera, nothing else.
 * It sets `window.__parleyMap` like the app, so the same init script times it.
 */
function bareMapPage(): string {
	const m = themeTokens('light').map;
	const style = {
		version: 8,
		sources: { countries: { type: 'geojson', data: '/geo/countries.geojson', maxzoom: 6 } },
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': m.sea } },
			{
				id: 'land',
				type: 'fill',
				source: 'countries',
				filter: [
					'any',
					['==', ['geometry-type'], 'Polygon'],
					['==', ['geometry-type'], 'MultiPolygon']
				],
				paint: { 'fill-color': m.land, 'fill-outline-color': m.border }
			}
		]
	};
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>bare map</title>
<link rel="stylesheet" href="${BARE_PREFIX}maplibre-gl.css" />
<style>html, body, #map { margin: 0; width: 100%; height: 100%; }</style>
</head>
<body>
<div id="map"></div>
<script type="module">
import { Map } from '${BARE_PREFIX}maplibre-gl.mjs';
const style = ${JSON.stringify(style)};
style.sources.countries.data = new URL(style.sources.countries.data, location.href).href;
window.__parleyMap = new Map({
	container: 'map',
	style,
	center: [72, 38],
	zoom: 2.8,
	attributionControl: false
});
</script>
</body>
</html>
`;
}

/** The bare map page, or one of maplibre-gl's dist files, for a path under BARE_PREFIX. */
function bareMapFile(urlPath: string): { body: Buffer; type: string } | null {
	const path = (urlPath.split('?')[0] ?? '').slice(BARE_PREFIX.length);
	if (path === '' || path === 'index.html')
		return { body: Buffer.from(bareMapPage()), type: MIME['.html']! };
	const allowed = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'];
	if (!allowed.includes(path)) return null;
	return {
		body: readFileSync(resolve('node_modules/maplibre-gl/dist', path)),
		type: MIME[extname(path)]!
	};
}

/** Each served site's folder by origin: the size of a response too big for the browser to hand back is read from disk. */
const siteRoots = new Map<string, () => string>();

/** The body a site served for a URL, from its folder (null for anything else). */
function servedFile(url: string): Buffer | null {
	const u = new URL(url);
	const root = siteRoots.get(u.origin)?.();
	const file = root ? resolveFile(root, u.pathname) : null;
	return file ? readFileSync(file) : null;
}

/**
 * Serves a folder on a port. `root` may be a function: with --scale every size is served in turn on
 * the same port (the brief gives a bench one or two ports), the folder switched between loads; each
 * load runs in a fresh browser context, so nothing of one folder is cached for the next.
 */
function serve(root: string | (() => string), port: number): Promise<Server> {
	const rootNow = typeof root === 'function' ? root : () => root;
	siteRoots.set(`http://127.0.0.1:${port}`, rootNow);
	const server = createServer((req, res) => {
		if ((req.url ?? '').startsWith(BARE_PREFIX)) {
			const bare = bareMapFile(req.url ?? '');
			if (!bare) res.writeHead(404).end('not found');
			else
				res
					.writeHead(200, { 'content-type': bare.type, 'cache-control': 'no-cache' })
					.end(bare.body);
			return;
		}
		const file = resolveFile(rootNow(), req.url ?? '/');
		if (!file) {
			res.writeHead(404).end('not found');
			return;
		}
		res.writeHead(200, {
			'content-type': MIME[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		});
		res.end(readFileSync(file));
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => ok(server));
	});
}

function closeServer(server: Server): Promise<void> {
	server.closeAllConnections();
	return new Promise((ok) => server.close(() => ok()));
}

// ---------------------------------------------------------------- measuring one load

type Kind = 'maplibre' | 'app' | 'font' | 'basemap' | 'data' | 'other';

interface Loaded {
	url: string;
	kind: Kind;
	bytes: number;
	gzip: number;
	/** gzip bytes per kind: a stylesheet that bundles maplibre-gl.css is split between maplibre and app. */
	parts: Partial<Record<Kind, number>>;
	/** ms after navigation start (the page's timeOrigin) that the request started. */
	start: number;
}

interface RunResult {
	/** null: the map did not reach idle within --idle-timeout. */
	firstIdleMs: number | null;
	/** Uncaught errors on the page during the run (MapLibre's included). */
	pageErrors: string[];
	loadMs: number | null;
	beforeIdle: Record<Kind, number>; // gzip bytes
	beforeIdleFiles: Loaded[];
	afterIdleUrls: string[];
	yearChange: { mainThreadMs: number; toMapRenderMs: number; longTasks: number }[];
	/** Main-thread ms of one year change followed by YEAR_REST_MS of rest (labels re-placed). */
	yearSettledMs: number | null;
	clickCold: ClickTiming | null;
	clickWarm: ClickTiming | null;
	clickPlace: string | null;
	/** WebGL programs linked before the first idle. */
	programs: ProgramCount | null;
	/** Main-thread CPU ms from navigation to the first idle (read just after it). */
	firstIdleCpuMs: number;
	/** The page's JS heap (main thread) just after the first idle, and after a forced GC, in MB. */
	heap: HeapFigures | null;
}

interface HeapFigures {
	/** JSHeapUsedSize at the first idle, garbage included: what the tab holds then. */
	usedMB: number;
	/** JSHeapTotalSize at the first idle (what V8 has reserved). */
	totalMB: number;
	/** JSHeapUsedSize after HeapProfiler.collectGarbage: the live data. */
	liveMB: number;
}

/**
 * The page's main-thread JS heap now (CDP Performance.getMetrics), then after a forced garbage
 * collection. The map's worker threads have heaps of their own that this does not count
 * (performance.measureUserAgentSpecificMemory would, but it needs a cross-origin isolated page).
 */
async function heapFigures(cdp: import('@playwright/test').CDPSession): Promise<HeapFigures> {
	const read = async () => {
		const { metrics } = await cdp.send('Performance.getMetrics');
		const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) / 1048576;
		return { used: get('JSHeapUsedSize'), total: get('JSHeapTotalSize') };
	};
	const before = await read();
	await cdp.send('HeapProfiler.collectGarbage');
	const after = await read();
	return { usedMB: before.used, totalMB: before.total, liveMB: after.used };
}

interface ProgramCount {
	count: number;
	/** Main-thread ms inside linkProgram and the status query after it. */
	ms: number;
}

/**
 * What a response is. maplibre-gl is recognised by content, not by name, so a renamed chunk is
 * still counted right: the library's main chunk carries its public class names, its worker its own.
 */
function classify(url: string, body: Buffer, contentType: string): Kind {
	const path = new URL(url).pathname;
	if (path.startsWith('/data/')) return 'data';
	if (path.startsWith('/geo/')) return 'basemap';
	if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
	const isJs = /\.m?js$/.test(path) || contentType.includes('javascript');
	if (isJs) {
		const text = body.toString('latin1');
		if (/maplibre-gl-worker/.test(path)) return 'maplibre';
		const signals = [
			'queryRenderedFeatures',
			'WebGL2RenderingContext',
			'getSourceTiles',
			'maplibregl'
		];
		const hits = signals.filter((s) => text.includes(s)).length;
		if (hits >= 2 && body.length > 200_000) return 'maplibre';
		return 'app';
	}
	if (
		/\.css$/.test(path) ||
		/\.html?$/.test(path) ||
		path === '/' ||
		contentType.includes('text/html')
	)
		return 'app';
	return 'other';
}

/**
 * gzip size of maplibre-gl's own stylesheet as the build bundles it (without the rules of the parts
 * the map never shows, src/lib/map/unused-css.ts): the maplibre share of a CSS file that bundles it.
 */
const MAPLIBRE_CSS_GZIP = (() => {
	const file = resolve('node_modules/maplibre-gl/dist/maplibre-gl.css');
	if (!existsSync(file)) return 0;
	const css = withoutParts(readFileSync(file, 'utf8'), UNUSED_MAPLIBRE_PARTS);
	return gzipSync(css, { level: 6 }).length;
})();

/**
 * gzip size of maplibre-gl's own main bundle. The bundler puts the library and the page's own code
 * in one chunk; everything in that chunk beyond the library's size is counted as the app's.
 */
const MAPLIBRE_JS_GZIP = (() => {
	const file = resolve('node_modules/maplibre-gl/dist/maplibre-gl.mjs');
	return existsSync(file) ? gzipSync(readFileSync(file), { level: 6 }).length : 0;
})();

function partsOf(
	kind: Kind,
	url: string,
	body: Buffer,
	gzip: number
): Partial<Record<Kind, number>> {
	if (kind === 'app' && /\.css$/.test(new URL(url).pathname) && body.includes('.maplibregl-map')) {
		const lib = Math.min(gzip, MAPLIBRE_CSS_GZIP);
		return { maplibre: lib, app: gzip - lib };
	}
	if (kind === 'maplibre' && !/maplibre-gl-worker/.test(new URL(url).pathname)) {
		const lib = Math.min(gzip, MAPLIBRE_JS_GZIP);
		return { maplibre: lib, app: gzip - lib };
	}
	return { [kind]: gzip };
}

const INIT_SCRIPT = `(() => {
	const marks = { created: null, load: null, idle: null, idleAttr: null };
	window.__benchMarks = marks;
	// WebGL programs linked, and the main-thread ms spent linking them (SwiftShader compiles on
	// the CPU; the cost lands in linkProgram or in the first getProgramParameter after it).
	const programs = { count: 0, ms: 0, beforeIdle: null };
	window.__benchPrograms = programs;
	const gl2 = window.WebGL2RenderingContext && WebGL2RenderingContext.prototype;
	if (gl2) {
		const link = gl2.linkProgram;
		const param = gl2.getProgramParameter;
		const pending = new WeakSet();
		gl2.linkProgram = function (p) {
			programs.count++;
			pending.add(p);
			const t = performance.now();
			try { return link.call(this, p); } finally { programs.ms += performance.now() - t; }
		};
		gl2.getProgramParameter = function (p, name) {
			if (!pending.has(p)) return param.call(this, p, name);
			pending.delete(p);
			const t = performance.now();
			try { return param.call(this, p, name); } finally { programs.ms += performance.now() - t; }
		};
	}
	let map;
	Object.defineProperty(window, '__parleyMap', {
		configurable: true,
		get() { return map; },
		set(v) {
			map = v;
			marks.created = performance.now();
			if (v && typeof v.once === 'function') {
				if (v.loaded && v.loaded()) marks.load = performance.now();
				else v.once('load', () => { marks.load = performance.now(); });
				v.once('idle', () => {
					marks.idle = performance.now();
					programs.beforeIdle = { count: programs.count, ms: programs.ms };
				});
			}
		}
	});
	// A second source for the first idle: the container's data-map-state attribute.
	new MutationObserver((records, obs) => {
		for (const r of records) {
			const el = r.target;
			if (el.getAttribute && el.getAttribute('data-map-state') === 'idle') {
				marks.idleAttr = performance.now();
				obs.disconnect();
				return;
			}
		}
	}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-map-state'] });
	window.__benchLongTasks = [];
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {}
})();`;

/**
 * Main-thread CPU time of the page so far, in ms (Chrome's TaskDuration in thread time: what the
 * page's own work cost, whatever else the machine was doing meanwhile).
 */
async function mainThreadMs(cdp: import('@playwright/test').CDPSession): Promise<number> {
	const { metrics } = await cdp.send('Performance.getMetrics');
	return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * Waits for the page's first map idle since navigation (the init script's marks: the map's event,
 * or the app's data-map-state attribute), up to --idle-timeout.
 */
async function firstIdle(page: Page): Promise<void> {
	await page.waitForFunction(
		() => {
			const m = (
				window as unknown as { __benchMarks: { idle: number | null; idleAttr: number | null } }
			).__benchMarks;
			return m.idle !== null || m.idleAttr !== null;
		},
		undefined,
		{ timeout: idleTimeoutMs }
	);
}

/** Waits until the map is idle (event), with a time limit; resolves false on timeout. */
async function untilIdle(
	page: Page,
	timeoutMs: number,
	act: () => Promise<void>
): Promise<boolean> {
	await page.evaluate((t) => {
		const w = window as unknown as {
			__benchIdle: Promise<boolean>;
			__parleyMap: import('maplibre-gl').Map;
		};
		w.__benchIdle = new Promise((ok) => {
			const timer = setTimeout(() => ok(false), t);
			w.__parleyMap.once('idle', () => {
				clearTimeout(timer);
				ok(true);
			});
		});
	}, timeoutMs);
	await act();
	return page.evaluate(() => (window as unknown as { __benchIdle: Promise<boolean> }).__benchIdle);
}

/** The excerpt panel (tests/e2e/ui.ts finds it the same way). */
const PANEL_SELECTOR = '[data-testid="excerpt-panel"]';

interface ClickTiming {
	/** Click → the panel is on screen with the place's name (its first frame). */
	panel: number | null;
	/** Click → the first excerpt (a marked mention) is on screen: includes fetching article text. */
	excerpts: number | null;
	/** The longest main-thread task (Long Tasks API, ≥ 50 ms) from the click until then; 0 when none. */
	longestTask: number | null;
}

async function measureClick(
	page: Page,
	lngLat: [number, number],
	name: string
): Promise<ClickTiming> {
	const point = await page.evaluate((ll) => {
		const map = (window as unknown as { __parleyMap: import('maplibre-gl').Map }).__parleyMap;
		const p = map.project(ll);
		const r = map.getCanvasContainer().getBoundingClientRect();
		return { x: r.left + p.x, y: r.top + p.y };
	}, lngLat);
	// The pointer arrives first, as a hand on a mouse does: the hover highlight is drawn before the
	// click (Playwright's click alone would move and press in the same instant).
	await untilIdle(page, 3000, async () => {
		await page.mouse.move(point.x, point.y);
		await page.evaluate(() =>
			(window as unknown as { __parleyMap: import('maplibre-gl').Map }).__parleyMap.triggerRepaint()
		);
	});
	await page.evaluate(
		({ selector, name }) => {
			type T = { panel: number | null; excerpts: number | null; longestTask: number | null };
			const w = window as unknown as {
				__benchClick: Promise<T>;
				__benchLongTasks: { start: number; duration: number }[];
			};
			w.__benchClick = new Promise((ok) => {
				let clickAt: number | null = null;
				const out: T = { panel: null, excerpts: null, longestTask: null };
				const panel = () =>
					[...document.querySelectorAll<HTMLElement>(selector)].find(
						(el) => el.offsetParent !== null && (el.textContent ?? '').includes(name)
					);
				// A milestone is reached once the DOM has it and the next frame has been produced.
				const afterFrame = (key: keyof T) =>
					requestAnimationFrame(() => {
						const ch = new MessageChannel();
						ch.port1.onmessage = () => {
							if (clickAt !== null && out[key] === null) out[key] = performance.now() - clickAt;
							if (out.panel !== null && out.excerpts !== null) finish();
						};
						ch.port2.postMessage(0);
					});
				let panelSeen = false;
				let excerptsSeen = false;
				const check = () => {
					const el = panel();
					if (!el) return;
					if (!panelSeen) {
						panelSeen = true;
						afterFrame('panel');
					}
					if (!excerptsSeen && el.querySelector('mark')) {
						excerptsSeen = true;
						afterFrame('excerpts');
					}
				};
				const obs = new MutationObserver(() => {
					if (clickAt !== null) check();
				});
				const timer = setTimeout(() => finish(), 10_000);
				function finish() {
					obs.disconnect();
					clearTimeout(timer);
					// Long tasks are reported once they end: the one that ends the wait is in by now.
					if (clickAt !== null) {
						const until = clickAt + Math.max(out.panel ?? 0, out.excerpts ?? 0);
						const during = w.__benchLongTasks.filter(
							(t) => t.start + t.duration >= clickAt! && t.start <= until
						);
						out.longestTask = Math.max(0, ...during.map((t) => t.duration));
					}
					ok(out);
				}
				window.addEventListener(
					'click',
					(e) => {
						clickAt = e.timeStamp;
						obs.observe(document.body, {
							childList: true,
							subtree: true,
							characterData: true,
							attributes: true
						});
						check();
					},
					{ capture: true, once: true }
				);
			});
		},
		{ selector: PANEL_SELECTOR, name }
	);
	await page.mouse.click(point.x, point.y);
	return page.evaluate(
		() => (window as unknown as { __benchClick: Promise<ClickTiming> }).__benchClick
	);
}

/**
 * A browser context for one fresh load, the app's or the bare map's: the viewport of a desk screen,
 * offline like the app, the bench's marks installed.
 */
async function freshContext(browser: Browser): Promise<BrowserContext> {
	// The service worker precaches the whole build after the first visit; blocked here so that what
	// is measured is what a first visit needs before its first frame (and every load is a first visit).
	const context = await browser.newContext({
		viewport: { width: 1366, height: 768 },
		serviceWorkers: 'block'
	});
	// Offline like the app: anything not on this machine is aborted.
	await context.route('**/*', (route) => {
		const host = new URL(route.request().url()).hostname;
		return host === '127.0.0.1' || host === 'localhost' ? route.fallback() : route.abort();
	});
	// tsx (esbuild, keepNames) wraps named functions in `__name(...)`; functions handed to
	// page.evaluate carry that call into the page, so the page needs a no-op `__name`.
	await context.addInitScript('globalThis.__name = (f) => f;');
	await context.addInitScript(INIT_SCRIPT);
	return context;
}

async function oneRun(
	browser: Browser,
	base: string,
	clickTarget: { name: string; lngLat: [number, number] } | null
): Promise<RunResult> {
	const context = await freshContext(browser);
	try {
		return await runIn(context, base, clickTarget);
	} finally {
		await context.close().catch(() => undefined);
	}
}

/** One fresh load of a site in `context` and every measure on it. */
async function runIn(
	context: BrowserContext,
	base: string,
	clickTarget: { name: string; lngLat: [number, number] } | null
): Promise<RunResult> {
	const page = await context.newPage();
	// A big corpus takes minutes to load here: navigation and waits get the idle timeout too.
	page.setDefaultTimeout(idleTimeoutMs);
	const pending: Promise<void>[] = [];
	const loaded: (Omit<Loaded, 'start'> & { startEpoch: number })[] = [];
	page.on('requestfinished', (req) => {
		pending.push(
			(async () => {
				const res = await req.response();
				if (!res) return;
				// The browser does not hand back bodies of tens of MB (a big corpus): read those from disk.
				const body =
					(await res.body().catch(() => null)) ??
					(res.ok() ? servedFile(req.url()) : null) ??
					Buffer.alloc(0);
				const ct = res.headers()['content-type'] ?? '';
				const kind = classify(req.url(), body, ct);
				const gzip = body.length ? gzipSync(body, { level: 6 }).length : 0;
				loaded.push({
					url: req.url(),
					kind,
					bytes: body.length,
					gzip,
					parts: partsOf(kind, req.url(), body, gzip),
					startEpoch: req.timing().startTime
				});
			})()
		);
	});
	const pageErrors: string[] = [];
	page.on('pageerror', (e) => {
		pageErrors.push(e.message);
		console.error(`  page error: ${e.message}`);
	});
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });

	await page.goto(base + '/');
	// A load that never reaches idle within --idle-timeout still gives what was loaded by then and
	// the heap; the year change and the click need an idle map and are skipped.
	const idleReached = await firstIdle(page).then(
		() => true,
		(err: unknown) => {
			if (err instanceof Error && err.name === 'TimeoutError') return false;
			throw err;
		}
	);
	const marks = await page.evaluate(
		() =>
			(
				window as unknown as {
					__benchMarks: { load: number | null; idle: number | null; idleAttr: number | null };
				}
			).__benchMarks
	);
	const firstIdleCpuMs = await mainThreadMs(cdp);
	const heap = await heapFigures(cdp).catch(() => null);
	const programs = await page.evaluate(
		() =>
			(window as unknown as { __benchPrograms: { beforeIdle: ProgramCount | null } })
				.__benchPrograms.beforeIdle
	);
	const timeOrigin = await page.evaluate(() => performance.timeOrigin);
	const firstIdleMs = idleReached
		? Math.min(...[marks.idle, marks.idleAttr].filter((v): v is number => v !== null))
		: null;
	const idleOrNow = firstIdleMs ?? Number.POSITIVE_INFINITY;
	await page.waitForTimeout(300); // let responses in flight be recorded
	await Promise.all(pending);

	const beforeIdle: Record<Kind, number> = {
		maplibre: 0,
		app: 0,
		font: 0,
		basemap: 0,
		data: 0,
		other: 0
	};
	const files: Loaded[] = loaded.map(({ startEpoch, ...f }) => ({
		...f,
		start: startEpoch - timeOrigin
	}));
	const beforeIdleFiles = files.filter((f) => f.start <= idleOrNow);
	for (const f of beforeIdleFiles)
		for (const [k, v] of Object.entries(f.parts)) beforeIdle[k as Kind] += v ?? 0;
	const afterIdleUrls = files
		.filter((f) => f.start > idleOrNow)
		.map((f) => new URL(f.url).pathname);

	// --- year change: key presses on the year slider, each until the map is idle again
	const taskSeconds = async () => (await mainThreadMs(cdp)) / 1000;
	const yearChange: RunResult['yearChange'] = [];
	let yearSettledMs: number | null = null;
	const slider = page.getByRole('slider').first();
	if (idleReached && (await slider.count()) > 0) {
		await slider.focus();
		await untilIdle(page, 15_000, () => slider.press('Home'));
		for (let i = 0; i < 4; i++) {
			await page.evaluate(() => {
				const w = window as unknown as {
					__benchRender: Promise<number>;
					__parleyMap: import('maplibre-gl').Map;
				};
				const t0 = performance.now();
				w.__benchRender = new Promise((ok) => {
					document.addEventListener(
						'keydown',
						(e) => {
							const at = e.timeStamp || t0;
							w.__parleyMap.once('render', () => ok(performance.now() - at));
						},
						{ capture: true, once: true }
					);
				});
			});
			const longBefore = await page.evaluate(
				() => (window as unknown as { __benchLongTasks: unknown[] }).__benchLongTasks.length
			);
			const t0 = await taskSeconds();
			const idled = await untilIdle(page, 15_000, () => page.keyboard.press('ArrowRight'));
			const t1 = await taskSeconds();
			if (!idled) break; // nothing changed on the map: the slider did not reach it
			const toMapRenderMs = await page.evaluate(
				() => (window as unknown as { __benchRender: Promise<number> }).__benchRender
			);
			const longAfter = await page.evaluate(
				() => (window as unknown as { __benchLongTasks: unknown[] }).__benchLongTasks.length
			);
			yearChange.push({
				mainThreadMs: (t1 - t0) * 1000,
				toMapRenderMs,
				longTasks: longAfter - longBefore
			});
			// Let the deferred label work of this change finish outside the next change's window.
			await page.waitForTimeout(YEAR_REST_MS);
		}
		// One more change, then rest: the place labels' filter follows once the range has rested
		// (LABEL_SETTLE_MS in controller.ts) and re-places the labels over a few frames; this
		// measures the change with that deferred work.
		if (yearChange.length > 0) {
			const t0 = await taskSeconds();
			if (await untilIdle(page, 15_000, () => page.keyboard.press('ArrowLeft'))) {
				await page.waitForTimeout(YEAR_REST_MS);
				yearSettledMs = ((await taskSeconds()) - t0) * 1000;
			}
		}
		// Back to all years for the click (the place must be on the map).
		await page.goto(base + '/');
		await firstIdle(page);
	}

	// --- click → panel
	let clickCold: ClickTiming | null = null;
	let clickWarm: ClickTiming | null = null;
	if (clickTarget && idleReached) {
		await untilIdle(page, 5000, () =>
			page.evaluate((c) => {
				const map = (window as unknown as { __parleyMap: import('maplibre-gl').Map }).__parleyMap;
				map.jumpTo({ center: c, zoom: 6 });
				map.triggerRepaint();
			}, clickTarget.lngLat)
		);
		clickCold = await measureClick(page, clickTarget.lngLat, clickTarget.name);
		await page.keyboard.press('Escape');
		await page.waitForTimeout(200);
		await untilIdle(page, 3000, async () => {
			await page.evaluate(() =>
				(
					window as unknown as { __parleyMap: import('maplibre-gl').Map }
				).__parleyMap.triggerRepaint()
			);
		});
		clickWarm = await measureClick(page, clickTarget.lngLat, clickTarget.name);
	}

	return {
		firstIdleMs,
		loadMs: marks.load,
		beforeIdle,
		beforeIdleFiles,
		afterIdleUrls,
		yearChange,
		yearSettledMs,
		clickCold,
		clickWarm,
		clickPlace: clickTarget?.name ?? null,
		programs,
		firstIdleCpuMs,
		heap,
		pageErrors
	};
}

interface BareRun {
	firstIdleMs: number;
	firstIdleCpuMs: number;
	programs: ProgramCount | null;
}

/** One fresh load of the bare map page (see bareMapPage), in a context like the app's. */
async function bareRun(browser: Browser, base: string): Promise<BareRun> {
	const context = await freshContext(browser);
	const page = await context.newPage();
	page.on('pageerror', (e) => console.error(`  bare map page error: ${e.message}`));
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
	await page.goto(base + BARE_PREFIX);
	await firstIdle(page);
	const firstIdleCpuMs = await mainThreadMs(cdp);
	const out = await page.evaluate(() => {
		const w = window as unknown as {
			__benchMarks: { idle: number };
			__benchPrograms: { beforeIdle: ProgramCount | null };
		};
		return { firstIdleMs: w.__benchMarks.idle, programs: w.__benchPrograms.beforeIdle };
	});
	await context.close();
	return { ...out, firstIdleCpuMs };
}

// ---------------------------------------------------------------- summary

function median(values: (number | null | undefined)[]): number | null {
	const v = values
		.filter((x): x is number => typeof x === 'number' && Number.isFinite(x))
		.sort((a, b) => a - b);
	if (!v.length) return null;
	const mid = Math.floor(v.length / 2);
	return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

export interface Summary {
	label: string;
	runs: number;
	kb: Record<Kind, number | null>;
	appKb: number | null;
	dataKb: number | null;
	firstIdleMs: number | null;
	loadMs: number | null;
	yearChangeMainThreadMs: number | null;
	yearChangeToRenderMs: number | null;
	yearChangeLongTasks: number | null;
	yearChangesMeasured: number;
	yearSettledMs: number | null;
	clickColdMs: number | null;
	clickWarmMs: number | null;
	clickColdExcerptsMs: number | null;
	clickWarmExcerptsMs: number | null;
	/** Longest main-thread task from the click until the excerpts show (medians). */
	clickColdLongestTaskMs: number | null;
	clickWarmLongestTaskMs: number | null;
	clickPlace: string | null;
	articlesBeforeIdle: boolean;
	files: { path: string; kind: Kind; kb: number; gzipKb: number }[];
	lazy: string[];
	/** WebGL programs linked before the first idle, and the ms spent linking them (medians). */
	programs: number | null;
	programsMs: number | null;
	/** Main-thread CPU ms before the first idle: steadier than wall time on a busy machine. */
	firstIdleCpuMs: number | null;
	/** The bare map (see bareMapPage), loaded alternately with this site in the same browser. */
	bareIdleMs: number | null;
	bareIdleCpuMs: number | null;
	barePrograms: number | null;
	/** first idle ÷ the bare map's first idle (ratio of the medians). */
	idleOverBare: number | null;
	/** Main-thread JS heap after the first idle (medians, MB): see HeapFigures. */
	heapUsedMB: number | null;
	heapTotalMB: number | null;
	heapLiveMB: number | null;
	/** gzip KB of each corpus data file (/data/…) loaded before the first idle (medians). */
	dataFiles: Record<string, number | null>;
	/** Loads that failed (a timeout, usually), first line of each error. */
	failures?: string[];
	/** Loads that did not reach the first idle within --idle-timeout (measured up to then). */
	idleTimeouts: number;
	/** Uncaught page errors per load (median), and the first one seen. */
	pageErrors: number | null;
	firstPageError: string | null;
}

function summarise(label: string, runs: RunResult[], bare: BareRun[]): Summary {
	const kinds: Kind[] = ['maplibre', 'app', 'font', 'basemap', 'data', 'other'];
	const kb = Object.fromEntries(
		kinds.map((k) => [k, median(runs.map((r) => r.beforeIdle[k] / 1024))])
	) as Record<Kind, number | null>;
	const yc = runs.map((r) => r.yearChange);
	const last = runs[runs.length - 1];
	const firstIdleMs = median(runs.map((r) => r.firstIdleMs));
	const bareIdleMs = median(bare.map((b) => b.firstIdleMs));
	return {
		label,
		runs: runs.length,
		kb,
		appKb: kb.app,
		dataKb: (kb.data ?? 0) + (kb.basemap ?? 0),
		firstIdleMs,
		loadMs: median(runs.map((r) => r.loadMs)),
		yearChangeMainThreadMs: median(yc.map((c) => median(c.map((x) => x.mainThreadMs)))),
		yearChangeToRenderMs: median(yc.map((c) => median(c.map((x) => x.toMapRenderMs)))),
		yearChangeLongTasks: median(yc.map((c) => c.reduce((s, x) => s + x.longTasks, 0))),
		yearChangesMeasured: yc.reduce((s, c) => s + c.length, 0),
		yearSettledMs: median(runs.map((r) => r.yearSettledMs)),
		clickColdMs: median(runs.map((r) => r.clickCold?.panel)),
		clickWarmMs: median(runs.map((r) => r.clickWarm?.panel)),
		clickColdExcerptsMs: median(runs.map((r) => r.clickCold?.excerpts)),
		clickWarmExcerptsMs: median(runs.map((r) => r.clickWarm?.excerpts)),
		clickColdLongestTaskMs: median(runs.map((r) => r.clickCold?.longestTask)),
		clickWarmLongestTaskMs: median(runs.map((r) => r.clickWarm?.longestTask)),
		clickPlace: last?.clickPlace ?? null,
		articlesBeforeIdle: (last?.beforeIdleFiles ?? []).some((f) => f.url.includes('/data/articles')),
		files: (last?.beforeIdleFiles ?? [])
			.map((f) => ({
				path: new URL(f.url).pathname,
				kind: f.kind,
				kb: f.bytes / 1024,
				gzipKb: f.gzip / 1024
			}))
			.sort((a, b) => b.gzipKb - a.gzipKb),
		lazy: last?.afterIdleUrls ?? [],
		programs: median(runs.map((r) => r.programs?.count)),
		programsMs: median(runs.map((r) => r.programs?.ms)),
		firstIdleCpuMs: median(runs.map((r) => r.firstIdleCpuMs)),
		bareIdleMs,
		bareIdleCpuMs: median(bare.map((b) => b.firstIdleCpuMs)),
		barePrograms: median(bare.map((b) => b.programs?.count)),
		idleOverBare: firstIdleMs !== null && bareIdleMs ? firstIdleMs / bareIdleMs : null,
		idleTimeouts: runs.filter((r) => r.firstIdleMs === null).length,
		pageErrors: median(runs.map((r) => r.pageErrors.length)),
		firstPageError: runs.flatMap((r) => r.pageErrors)[0] ?? null,
		heapUsedMB: median(runs.map((r) => r.heap?.usedMB)),
		heapTotalMB: median(runs.map((r) => r.heap?.totalMB)),
		heapLiveMB: median(runs.map((r) => r.heap?.liveMB)),
		dataFiles: dataFilesOf(runs)
	};
}

/** Median gzip KB per corpus data file before the first idle (0 in a run that did not load it). */
function dataFilesOf(runs: RunResult[]): Record<string, number | null> {
	const names = new Set<string>();
	for (const r of runs)
		for (const f of r.beforeIdleFiles)
			if (f.kind === 'data') names.add(basename(new URL(f.url).pathname));
	return Object.fromEntries(
		[...names]
			.sort()
			.map((name) => [
				name,
				median(
					runs.map(
						(r) =>
							r.beforeIdleFiles
								.filter((f) => f.kind === 'data' && basename(new URL(f.url).pathname) === name)
								.reduce((sum, f) => sum + f.gzip, 0) / 1024
					)
				)
			])
	);
}

const fmt = (v: number | null, digits = 1) => (v === null ? 'n/a' : v.toFixed(digits));
const verdict = (v: number | null, goal: number) =>
	v === null ? '   ?' : v <= goal ? '  ok' : 'OVER';

function printSummary(s: Summary) {
	console.log(`\n== ${s.label}: medians over ${s.runs} fresh loads (1366×768) ==`);
	console.log('gzip KB loaded before the first idle:');
	for (const k of ['maplibre', 'app', 'font', 'basemap', 'data', 'other'] as Kind[])
		console.log(`  ${k.padEnd(9)} ${fmt(s.kb[k]).padStart(8)}`);
	console.log('files before the first idle (last run, gzip KB):');
	for (const f of s.files)
		console.log(
			`  ${f.kind.padEnd(9)} ${fmt(f.gzipKb).padStart(8)}  ${f.path}  (raw ${fmt(f.kb)} KB)`
		);
	console.log(
		`loaded after the first idle (lazy): ${s.lazy.length ? s.lazy.join(', ') : 'nothing'}`
	);
	console.log('');
	console.log(
		`  app's own JS+CSS+HTML  ${fmt(s.appKb).padStart(8)} KB   goal ≤ ${GOALS.appKb}   ${verdict(s.appKb, GOALS.appKb)}`
	);
	console.log(
		`  data + basemap         ${fmt(s.dataKb).padStart(8)} KB   goal ≤ ${GOALS.dataKb}  ${verdict(s.dataKb, GOALS.dataKb)}${s.articlesBeforeIdle ? '   (articles.json was loaded before idle: not lazy)' : ''}`
	);
	console.log(
		`  first idle             ${fmt(s.firstIdleMs, 0).padStart(8)} ms   goal ≤ ${GOALS.firstIdleMs} ${verdict(s.firstIdleMs, GOALS.firstIdleMs)}   (map load event ${fmt(s.loadMs, 0)} ms)`
	);
	console.log(
		`  bare map first idle    ${fmt(s.bareIdleMs, 0).padStart(8)} ms   ratio ${fmt(s.idleOverBare, 2)}×   (same browser, loads alternating; WebGL programs before idle: ${fmt(s.programs, 0)} here, ${fmt(s.programsMs, 0)} ms linking; ${fmt(s.barePrograms, 0)} bare)`
	);
	console.log(
		`  main thread to idle    ${fmt(s.firstIdleCpuMs, 0).padStart(8)} ms   CPU time; bare map ${fmt(s.bareIdleCpuMs, 0)} ms`
	);
	console.log(
		`  year change main thread${fmt(s.yearChangeMainThreadMs).padStart(8)} ms   goal < ${GOALS.yearChangeMs}   ${verdict(s.yearChangeMainThreadMs, GOALS.yearChangeMs - 1e-9)}   (key → map rendered ${fmt(s.yearChangeToRenderMs)} ms, long tasks/run ${fmt(s.yearChangeLongTasks, 0)}, ${s.yearChangesMeasured} changes measured)`
	);
	console.log(
		`  year change + labels   ${fmt(s.yearSettledMs).padStart(8)} ms   main thread of one change and ${YEAR_REST_MS} ms of rest (the place labels' filter follows once the range rests)`
	);
	console.log(
		`  click → panel (cold)   ${fmt(s.clickColdMs).padStart(8)} ms   goal < ${GOALS.clickToPanelMs}  ${verdict(s.clickColdMs, GOALS.clickToPanelMs)}   (place: ${s.clickPlace ?? 'none'})`
	);
	console.log(
		`  click → panel (warm)   ${fmt(s.clickWarmMs).padStart(8)} ms   goal < ${GOALS.clickToPanelMs}  ${verdict(s.clickWarmMs, GOALS.clickToPanelMs)}`
	);
	console.log(
		`  click → excerpts shown ${fmt(s.clickColdExcerptsMs).padStart(8)} ms cold (fetches article text), ${fmt(s.clickWarmExcerptsMs)} ms warm`
	);
	console.log(
		`  longest task meanwhile ${fmt(s.clickColdLongestTaskMs).padStart(8)} ms cold, ${fmt(s.clickWarmLongestTaskMs)} ms warm (main thread, click → excerpts; 0 = no task over 50 ms)`
	);
}

function printGrowth(a: Summary, b: Summary, title = 'growth') {
	const rows: [string, number | null, number | null, string][] = [
		['app JS+CSS+HTML (KB gz)', a.appKb, b.appKb, ''],
		['corpus data (KB gz)', a.kb.data, b.kb.data, ''],
		['basemap (KB gz)', a.kb.basemap, b.kb.basemap, ''],
		['first idle (ms)', a.firstIdleMs, b.firstIdleMs, ''],
		['bare map first idle (ms)', a.bareIdleMs, b.bareIdleMs, ''],
		['main thread CPU to idle (ms)', a.firstIdleCpuMs, b.firstIdleCpuMs, ''],
		['bare map main thread CPU (ms)', a.bareIdleCpuMs, b.bareIdleCpuMs, ''],
		['first idle ÷ bare map', a.idleOverBare, b.idleOverBare, ''],
		['WebGL programs before idle', a.programs, b.programs, ''],
		['ms linking them', a.programsMs, b.programsMs, ''],
		['year change main thread (ms)', a.yearChangeMainThreadMs, b.yearChangeMainThreadMs, ''],
		['year change key → render (ms)', a.yearChangeToRenderMs, b.yearChangeToRenderMs, ''],
		['year change + labels rested (ms)', a.yearSettledMs, b.yearSettledMs, ''],
		['click → panel cold (ms)', a.clickColdMs, b.clickColdMs, ''],
		['click → panel warm (ms)', a.clickWarmMs, b.clickWarmMs, ''],
		['click → excerpts cold (ms)', a.clickColdExcerptsMs, b.clickColdExcerptsMs, ''],
		['longest task, click → excerpts (ms)', a.clickColdLongestTaskMs, b.clickColdLongestTaskMs, '']
	];
	console.log(`\n== ${title}: ${a.label} → ${b.label} ==`);
	console.log(`  ${'metric'.padEnd(32)} ${a.label.padStart(12)} ${b.label.padStart(12)}   ×`);
	for (const [name, x, y] of rows) {
		const ratio = x && y ? (y / x).toFixed(1) : 'n/a';
		console.log(`  ${name.padEnd(32)} ${fmt(x).padStart(12)} ${fmt(y).padStart(12)}   ${ratio}`);
	}
}

// ---------------------------------------------------------------- main

async function clickTargetOf(
	root: string
): Promise<{ name: string; lngLat: [number, number] } | null> {
	const file = join(root, 'data', 'places.geojson');
	if (!existsSync(file)) return null;
	const places = JSON.parse(
		readFileSync(file, 'utf8')
	) as import('../src/lib/data/schema').PlacesCollection;
	// Dushanbe in the bundled corpus; elsewhere the city with most mentions.
	const total = (f: (typeof places.features)[number]) =>
		Object.values(f.properties.mentionsByYear).reduce((a, b) => a + b, 0);
	const pick =
		places.features.find((f) => f.properties.name === 'Dushanbe') ??
		places.features
			.filter((f) => f.properties.kind === 'city')
			.sort((x, y) => total(y) - total(x))[0];
	if (!pick) return null;
	const [lng = 0, lat = 0] = pick.geometry.coordinates;
	return { name: pick.properties.name, lngLat: [lng, lat] };
}

/** A copy of the build with the data files of `dataDir` in place of its own (bench-results/NAME). */
function siteWithData(buildDir: string, dataDir: string, name: string): string {
	const site = resolve('bench-results', name);
	rmSync(site, { recursive: true, force: true });
	mkdirSync(site, { recursive: true });
	cpSync(buildDir, site, { recursive: true });
	for (const f of [
		'places.geojson',
		'links.geojson',
		'articles.json',
		'search.json',
		'corrections.json'
	]) {
		const src = join(dataDir, f);
		if (!existsSync(src)) {
			if (f !== 'places.geojson' && f !== 'links.geojson') continue;
			throw new Error(`${src} is missing`);
		}
		cpSync(src, join(site, 'data', f));
	}
	return site;
}

/**
 * The bundled corpus plus the generated 2 MB one-paragraph article (scripts/big-article.ts),
 * ingested in this process into DIR/data; returns that folder.
 */
async function ingestWithBigArticle(dir: string): Promise<string> {
	const articles = join(dir, 'articles');
	const data = join(dir, 'data');
	rmSync(dir, { recursive: true, force: true });
	cpSync(resolve('geodata', 'articles'), articles, { recursive: true });
	writeBigArticle(articles);
	const summary = await runIngest({ inDir: articles, outDir: data, geodataDir: 'geodata' });
	const big = summary.problems.filter((p) => p.file === BIG_ARTICLE_FILE);
	console.log(
		`\nbundled corpus + ${BIG_ARTICLE_FILE} (2 MB, one paragraph): ingest ${(summary.elapsedMs / 1000).toFixed(2)} s, ` +
			`${summary.articles} articles, ${summary.places} places, ${summary.links} links` +
			(big.length ? `; ${big.map((p) => p.message).join('; ')}` : '')
	);
	return data;
}

interface Site {
	label: string;
	root: string;
	port: number;
}

/**
 * Benches sites served side by side, their loads alternating (bare map, then each site, per
 * round) so that every column sees the same machine load. One warm-up load of each first (the
 * first SwiftShader context of a browser is slower), not counted.
 */
async function benchSites(browser: Browser, sites: Site[], o: Options): Promise<Summary[]> {
	const servers: Server[] = [];
	const stop = () => Promise.all(servers.map(closeServer));
	process.once('SIGINT', () => void stop().then(() => process.exit(130)));
	try {
		// Sites that share a port are served by one server whose folder is switched before each load.
		const served = new Map<number, string>();
		for (const s of sites) {
			if (served.has(s.port)) continue;
			served.set(s.port, s.root);
			servers.push(await serve(() => served.get(s.port)!, s.port));
		}
		const bases = sites.map((s) => {
			const base = `http://127.0.0.1:${s.port}`;
			return () => {
				served.set(s.port, s.root);
				return base;
			};
		});
		const targets = await Promise.all(sites.map((s) => clickTargetOf(s.root)));
		await bareRun(browser, bases[0]!());
		if (o.warmup)
			for (const [j, base] of bases.entries()) {
				console.error(`  warm-up load of ${sites[j]!.label}`);
				await oneRun(browser, base(), targets[j]!).catch((err: unknown) =>
					console.error(
						`  warm-up load of ${sites[j]!.label} failed: ${String(err).split('\n')[0]}`
					)
				);
			}
		const runs: RunResult[][] = sites.map(() => []);
		const failures: string[][] = sites.map(() => []);
		const bare: BareRun[] = [];
		for (let i = 0; i < o.runs; i++) {
			const b = await bareRun(browser, bases[0]!());
			bare.push(b);
			console.error(
				`  bare map run ${i + 1}/${o.runs}: idle ${b.firstIdleMs.toFixed(0)} ms (main thread ${b.firstIdleCpuMs.toFixed(0)} ms), ${b.programs?.count ?? '?'} programs`
			);
			for (const [j, site] of sites.entries()) {
				let r: RunResult;
				try {
					r = await oneRun(browser, bases[j]!(), targets[j]!);
				} catch (err) {
					const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
					console.error(`  ${site.label} run ${i + 1}/${o.runs} failed: ${message}`);
					failures[j]!.push(message);
					continue;
				}
				console.error(
					`  ${site.label} run ${i + 1}/${o.runs}: idle ${r.firstIdleMs === null ? `not reached in ${o.idleTimeoutS} s` : `${r.firstIdleMs.toFixed(0)} ms`} (main thread ${r.firstIdleCpuMs.toFixed(0)} ms, ${r.programs?.count ?? '?'} programs, ${fmt(r.programs?.ms ?? null, 0)} ms), year change ${fmt(median(r.yearChange.map((x) => x.mainThreadMs)))} ms, click→panel ${fmt(r.clickCold?.panel ?? null)}/${fmt(r.clickWarm?.panel ?? null)} ms, →excerpts ${fmt(r.clickCold?.excerpts ?? null)}/${fmt(r.clickWarm?.excerpts ?? null)} ms (cold/warm), heap ${fmt(r.heap?.usedMB ?? null, 0)} MB (${fmt(r.heap?.liveMB ?? null, 0)} live)`
				);
				runs[j]!.push(r);
			}
		}
		return sites.map((s, j) => ({ ...summarise(s.label, runs[j]!, bare), failures: failures[j]! }));
	} finally {
		await stop();
	}
}

/**
 * --scale: each size's corpus (scripts/bench-scale.ts) in a copy of the build, all served in turn
 * on one port, their loads alternating with the bare map's in one browser; one growth table.
 */
async function benchScale(browser: Browser, buildDir: string, sizes: number[], o: Options) {
	const loadAtStart = loadavg();
	const corpora = await prepareCorpora(sizes, {
		seed: o.seed,
		reuseData: o.reuseData,
		staticData: join(buildDir, 'data')
	});
	const siteOf = (build: string, c: ScaleCorpus, name: string) =>
		c.dataDir ? siteWithData(build, c.dataDir, name) : build;
	const sites: Site[] = corpora.map((c) => ({
		label: c.label,
		root: siteOf(buildDir, c, `site-scale-${c.n}`),
		port: o.port
	}));
	// --compare: the other build with each corpus too, its loads alternating with this build's.
	if (o.compare)
		for (const c of corpora)
			sites.push({
				label: `${c.label} (${basename(o.compare)})`,
				root: siteOf(o.compare, c, `site-scale-${c.n}-compare`),
				port: o.port + 1
			});
	const loadBeforeBrowser = loadavg();
	console.error(`benching ${sites.map((s) => s.label).join(', ')}: ${o.runs} rounds`);
	const all = await benchSites(browser, sites, o);
	const columns = all.slice(0, corpora.length);
	const loadAtEnd = loadavg();
	const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' ');
	console.log(
		`\n== growth: medians over ${o.runs} fresh loads per size (1366×768), loads alternating with the bare map in one browser ==`
	);
	console.log(
		`load average (1/5/15 min): ${load(loadAtStart)} at start, ${load(loadBeforeBrowser)} before the browser loads, ${load(loadAtEnd)} at the end (${cpus().length} cores)`
	);
	console.log(scaleTable(corpora, columns));
	if (o.compare) {
		console.log(`\n-- the same corpora with ${o.compare} (--compare), in the same rounds --`);
		console.log(scaleTable(corpora, all.slice(corpora.length)));
	}
	for (const c of columns)
		if (c.firstPageError) console.log(`${c.label}: first page error: ${c.firstPageError}`);
	for (const c of columns)
		if (c.failures?.length)
			console.log(`${c.label}: ${c.failures.length} load(s) failed: ${c.failures[0]}`);
	if (o.json) {
		mkdirSync(resolve(o.json, '..'), { recursive: true });
		writeFileSync(
			o.json,
			JSON.stringify(
				{
					sizes,
					seed: o.seed,
					runs: o.runs,
					loadAverage: { start: loadAtStart, beforeBrowser: loadBeforeBrowser, end: loadAtEnd },
					cores: cpus().length,
					corpora,
					summaries: all
				},
				null,
				'\t'
			)
		);
		console.error(`wrote ${o.json}`);
	}
}

async function main() {
	const o = parseArgs(process.argv.slice(2));
	idleTimeoutMs = o.idleTimeoutS * 1000;
	const cpu = cpus();
	console.log(
		`machine: ${cpu[0]?.model ?? 'unknown cpu'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
	);

	if (o.build) {
		console.error('building (npm run build)…');
		const b = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
		if (b.status !== 0) throw new Error('npm run build failed');
	}
	const buildDir = resolve('build');
	if (!existsSync(join(buildDir, 'index.html')))
		throw new Error('no build/index.html: run npm run build');

	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--use-angle=swiftshader',
			'--enable-unsafe-swiftshader',
			// Headless Chromium 15x starts the omnibox popup's WebUI (a second renderer process) for
			// every new window: about a CPU-second per load that is not the page's, on two cores.
			'--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'
		]
	});
	console.log(`browser: Chromium ${browser.version()} headless, WebGL on SwiftShader (no GPU)`);
	const summaries: Summary[] = [];
	if (o.scale) {
		try {
			await benchScale(browser, buildDir, o.scale, o);
		} finally {
			await browser.close();
		}
		return;
	}
	try {
		const sites: Site[] = [{ label: 'bundled', root: buildDir, port: o.port }];
		if (o.compare) {
			if (!existsSync(join(o.compare, 'index.html')))
				throw new Error(`--compare ${o.compare}: no index.html there`);
			sites.push({ label: basename(o.compare), root: o.compare, port: o.port + 1 });
		}
		const measured = await benchSites(browser, sites, o);
		for (const s of measured) printSummary(s);
		if (measured.length > 1) printGrowth(measured[1]!, measured[0]!, 'compared');
		summaries.push(...measured);
		const bundled = summaries.find((s) => s.label === 'bundled')!;
		if (o.data) {
			const site = siteWithData(buildDir, o.data, 'site-other-data');
			const places = JSON.parse(readFileSync(join(site, 'data', 'places.geojson'), 'utf8'));
			const links = JSON.parse(readFileSync(join(site, 'data', 'links.geojson'), 'utf8'));
			const label = `${places.features.length}p/${links.features.length}l`;
			console.log(
				`\nother data: ${o.data} (${places.features.length} places, ${links.features.length} links)`
			);
			const [other] = await benchSites(browser, [{ label, root: site, port: o.port }], o);
			printSummary(other!);
			printGrowth(bundled, other!);
			summaries.push(other!);
		}
		if (o.bigArticle) {
			const data = await ingestWithBigArticle(resolve('bench-results', 'big-article'));
			const site = siteWithData(buildDir, data, 'site-big-article');
			const label = '+2MB article';
			const [big] = await benchSites(browser, [{ label, root: site, port: o.port }], o);
			printSummary(big!);
			printGrowth(bundled, big!);
			summaries.push(big!);
		}
	} finally {
		await browser.close();
	}
	if (o.json) {
		mkdirSync(resolve(o.json, '..'), { recursive: true });
		writeFileSync(o.json, JSON.stringify({ goals: GOALS, summaries }, null, '\t'));
		console.error(`wrote ${o.json}`);
	}
}

main().catch((err) => {
	console.error(err instanceof Error ? err.message : err);
	process.exit(1);
});
