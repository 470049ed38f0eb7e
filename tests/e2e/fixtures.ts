/**
 * The shared browser-test fixture. Every spec imports `test` and `expect` from here, so that:
 * - every request is routed, and anything not to localhost/127.0.0.1 is aborted and recorded;
 *   after each test the record must be empty (the app is offline by design);
 * - console errors and uncaught page errors are collected and must be empty after each test;
 * - helpers wait on the map's own state (`[data-testid=map][data-map-state=idle]`) instead of time,
 *   and click features where `window.__parleyMap.project([lng, lat])` puts them;
 * - a test's own reads of the data files (`readBuiltData`, `loadCorpus`) come from the build on
 *   disk, not through the preview server.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { INTERACTIVE_LAYERS, LAYERS } from '../../src/lib/map/ids';
import { flowIdOf } from '../../src/lib/map/flows';
import { drawnCollection } from '../../src/lib/data/link-arcs';
import {
	validateLinks,
	type LinkFeature,
	type LinksCollection,
	type PlaceFeature,
	type PlacesCollection
} from '../../src/lib/data/schema';

declare global {
	interface Window {
		__parleyMap?: MaplibreMap;
		/** Whether a link is drawn under the range and choices: its own arc, or counted in its flow. */
		__parleyLinkShown?: (id: string) => boolean;
	}
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for URLs the app may load: its own server, and in-page data:/blob: URLs. */
export function isLocalUrl(url: string): boolean {
	const u = new URL(url);
	if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
	return LOCAL_HOSTS.has(u.hostname);
}

/** Screenshots worth keeping: Playwright empties `test-results/` on every run. */
const KEEP_DIR = 'test-results-keep';

/** The build the tests run against (`PARLEY_BUILD_DIR`, as svelte.config.js reads it). */
export const BUILD_DIR = process.env.PARLEY_BUILD_DIR ?? 'build';

export function keepPath(name: string): string {
	const path = join(KEEP_DIR, name);
	mkdirSync(dirname(path), { recursive: true });
	return path;
}

interface Fixtures {
	/** Requests to anywhere but this machine, aborted. Must be empty when the test ends. */
	outsideRequests: string[];
	/** Console errors and uncaught exceptions. Must be empty when the test ends. */
	consoleErrors: string[];
}

export const test = base.extend<Fixtures>({
	outsideRequests: [
		async ({ context }, use) => {
			const outside: string[] = [];
			const record = (url: string) => {
				if (!outside.includes(url)) outside.push(url);
			};
			await context.route('**/*', (route) => {
				const url = route.request().url();
				if (isLocalUrl(url)) return route.fallback();
				record(url);
				return route.abort('blockedbyclient');
			});
			await context.routeWebSocket(/.*/, (ws) => {
				if (isLocalUrl(ws.url().replace(/^ws/, 'http'))) return ws.connectToServer();
				record(ws.url());
				return ws.close();
			});
			// A second net: a request that somehow bypassed routing is still reported.
			context.on('request', (request) => {
				if (!isLocalUrl(request.url())) record(request.url());
			});
			await use(outside);
			expect(outside, 'requests that tried to leave the machine').toEqual([]);
		},
		{ auto: true }
	],
	consoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (msg) => {
				// A blocked outside request also logs an error; the offline guard reports it already.
				if (msg.type() === 'error' && !msg.text().includes('ERR_BLOCKED_BY_CLIENT'))
					errors.push(`console: ${msg.text()}`);
			});
			page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
			await use(errors);
			expect(errors, 'console errors and uncaught exceptions').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** The map's container, with the test hooks the map sets from its own events. */
export function mapContainer(page: Page) {
	return page.locator('[data-testid="map"]');
}

/**
 * Waits until the map has rendered everything it has to and stopped moving (MapLibre `idle`),
 * as reported by the container's `data-map-state`. SwiftShader makes the first render slow.
 */
export async function waitForMapIdle(page: Page, timeout = 60_000): Promise<void> {
	await expect(page.locator('[data-testid="map"][data-map-state="idle"]')).toBeVisible({
		timeout
	});
	await page.waitForFunction(
		() => {
			const map = window.__parleyMap;
			return !!map && map.loaded() && !map.isMoving();
		},
		undefined,
		{ timeout }
	);
}

/**
 * Waits until the map has caught up with the page around it, then until it is idle. The map
 * follows a change of the layout late, and `data-map-state` says nothing until it starts: it
 * resizes itself once the browser has drawn the frame with its container's new size (the panel
 * opening beside it: see MapController.onContainerResize), and eases its bottom padding to the
 * bottom sheet's height once the sheet rests (MapCamera.setBottomInset). A panel Playwright already
 * finds visible may not have been drawn yet; until both have landed, the map is about to move under
 * a still pointer.
 */
export async function waitForMapSettled(page: Page, timeout = 60_000): Promise<void> {
	await page.waitForFunction(
		() => {
			const map = window.__parleyMap;
			if (!map) return false;
			const box = map.getContainer();
			const canvas = map.getCanvas();
			const sized =
				canvas.clientWidth === box.clientWidth && canvas.clientHeight === box.clientHeight;
			const sheet = document.querySelector<HTMLElement>(
				'[data-testid="excerpt-panel"][data-sheet]'
			);
			const inset = Math.round(map.getPadding().bottom ?? 0) === (sheet?.offsetHeight ?? 0);
			return sized && inset && !map.isMoving();
		},
		undefined,
		{ timeout }
	);
	await waitForMapIdle(page, timeout);
}

/** Opens the app (optionally with a query/hash) and waits for the first `idle`. */
export async function openApp(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await waitForMapIdle(page);
}

/**
 * Moves the camera without animation and waits until the map has drawn the new view: the move
 * sets `data-map-state` to `moving` synchronously, so waiting for `idle` afterwards cannot pass early.
 */
export async function jumpMap(
	page: Page,
	camera: { center: [number, number]; zoom: number }
): Promise<void> {
	await page.evaluate((c) => window.__parleyMap!.jumpTo(c), camera);
	await waitForMapIdle(page);
}

/** Where a longitude/latitude is on the page, in CSS pixels (`map.project` + the canvas offset). */
export async function pagePointOf(
	page: Page,
	lngLat: [number, number]
): Promise<{ x: number; y: number }> {
	return page.evaluate((ll) => {
		const map = window.__parleyMap!;
		const p = map.project(ll);
		const rect = map.getCanvasContainer().getBoundingClientRect();
		return { x: rect.left + p.x, y: rect.top + p.y };
	}, lngLat);
}

/** Clicks the map at a longitude/latitude, as a person would with the mouse. */
export async function clickLngLat(page: Page, lngLat: [number, number]): Promise<void> {
	const { x, y } = await pagePointOf(page, lngLat);
	await page.mouse.click(x, y);
}

/** The data files a build serves under `/data/`. */
type DataFile = 'articles.json' | 'places.geojson' | 'links.geojson' | 'search.json';

/**
 * A data file of the build under test, read from disk. The tests' own reads of the data do not go
 * through the preview server: on a busy machine a request to it can fail (`read ECONNRESET`)
 * before the test has checked anything, and what the test needs is the file, not the serving of
 * it (the app's own requests still go through the server).
 */
/** A feature of a served data file, as a test rewrites it. */
type ServedFeature = { properties: Record<string, unknown> } & Record<string, unknown>;

/**
 * Serves the build's data file `name` with its features as `change` makes them (the file's other
 * fields, its generation among them, kept), as an ingest of other articles would have written
 * it; returns what is served.
 */
export async function serveChanged(
	page: Page,
	name: DataFile,
	change: (features: ServedFeature[]) => unknown[]
): Promise<{ features: unknown[] }> {
	const served = readBuiltData<{ features: ServedFeature[] }>(name);
	const json = { ...served, features: change(served.features) };
	await page.route(`**/data/${name}`, (route) => route.fulfill({ json }));
	return json;
}

export function readBuiltData<T>(name: DataFile): T {
	const path = join(BUILD_DIR, 'data', name);
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (e) {
		throw new Error(`cannot read ${path}: build the app first (npm run build)`, { cause: e });
	}
	return JSON.parse(text) as T;
}

/** The bundled corpus as the build under test has it. */
export function loadCorpus(): { places: PlacesCollection; links: LinksCollection } {
	// The file stores each link's two ends; the tests look at the arcs the map draws, and at every
	// link's parties (the file leaves out those that are just its two ends).
	return {
		places: readBuiltData<PlacesCollection>('places.geojson'),
		links: drawnCollection(validateLinks(readBuiltData<unknown>('links.geojson')))
	};
}

/** The first link of the corpus with these properties (the test says what it needs, not an id). */
export function findLink(
	links: LinkFeature[],
	pick: (p: LinkFeature['properties']) => boolean
): LinkFeature {
	const found = links.find((f) => pick(f.properties));
	if (!found) throw new Error('the bundled corpus no longer has the link this test needs');
	return found;
}

export function placeNamed(places: PlacesCollection, name: string): PlaceFeature {
	const found = places.features.find((f) => f.properties.name.toLowerCase() === name.toLowerCase());
	if (!found) throw new Error(`no place named ${name} in places.geojson`);
	return found;
}

export function lngLatOf(feature: PlaceFeature): [number, number] {
	const [lng, lat] = feature.geometry.coordinates;
	if (lng === undefined || lat === undefined)
		throw new Error(`${feature.properties.id} has no coordinates`);
	return [lng, lat];
}

/** The three arc layers: certain (solid), uncertain (dashed), not held (dotted). */
export const LINK_LINE_LAYERS = [
	LAYERS.linkLine,
	LAYERS.linkLineUncertain,
	LAYERS.linkLineNotHeld
] as const;

/**
 * Ids of the given links drawn now anywhere in the viewport (any certainty): as an arc of their own,
 * or, at the overview, counted in their flow's drawn arc (one per ordered pair of parties, see
 * src/lib/map/flows.ts) while they themselves are shown (a link folded into its flow is not in the
 * links source and has no feature-state: the page's test hook says whether it is counted).
 */
export async function renderedLinkIds(page: Page, links: LinkFeature[]): Promise<string[]> {
	return page.evaluate(
		({ wanted, layers, flowLayer }) => {
			const map = window.__parleyMap!;
			const seen = new Set<string>();
			for (const f of map.queryRenderedFeatures({ layers })) {
				const id = f.properties?.id ?? f.id;
				if (typeof id === 'string') seen.add(id);
			}
			const flows = new Set<string>();
			for (const f of map.queryRenderedFeatures({ layers: [flowLayer] }))
				flows.add(String(f.properties?.id ?? f.id));
			return wanted
				.filter(
					(l) => seen.has(l.id) || (flows.has(l.flow) && window.__parleyLinkShown?.(l.id) === true)
				)
				.map((l) => l.id)
				.sort();
		},
		{
			wanted: links.map((l) => ({ id: l.properties.id, flow: flowIdOf(l.properties) })),
			layers: [...LINK_LINE_LAYERS],
			flowLayer: LAYERS.flowLine
		}
	);
}

/** Ids of the given links drawn now as arcs of their own (not folded into a flow). */
export async function linkArcIds(page: Page, links: LinkFeature[]): Promise<string[]> {
	const ids = links.map((l) => l.properties.id);
	return page.evaluate(
		({ linkIds, layers }) => {
			const wanted = new Set(linkIds);
			const map = window.__parleyMap!;
			const seen = new Set<string>();
			for (const f of map.queryRenderedFeatures({ layers })) {
				const id = f.properties?.id ?? f.id;
				if (typeof id === 'string' && wanted.has(id)) seen.add(id);
			}
			return [...seen].sort();
		},
		{ linkIds: ids, layers: [...LINK_LINE_LAYERS] }
	);
}

/**
 * How much is in a PNG: distinct colours (quantised to 5 bits per channel) and the standard
 * deviation of luminance. Decoded in the page (createImageBitmap) so no PNG library is needed.
 */
export async function imageStats(
	page: Page,
	png: Buffer
): Promise<{ width: number; height: number; colours: number; lumaStdDev: number }> {
	return page.evaluate(async (b64) => {
		const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
		const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(bitmap, 0, 0);
		const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
		const colours = new Set<number>();
		let sum = 0;
		let sumSq = 0;
		const n = data.length / 4;
		for (let i = 0; i < data.length; i += 4) {
			const r = data[i]!;
			const g = data[i + 1]!;
			const b = data[i + 2]!;
			colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
			const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
			sum += y;
			sumSq += y * y;
		}
		const mean = sum / n;
		return {
			width: bitmap.width,
			height: bitmap.height,
			colours: colours.size,
			lumaStdDev: Math.sqrt(Math.max(0, sumSq / n - mean * mean))
		};
	}, png.toString('base64'));
}

/**
 * A point of a drawn flow's line (of flow `id`, or of any flow), nearest its middle, where nothing
 * else interactive is under the pointer (no other flow, arc or place) and nothing of the page is
 * over the map: where a person would point to mean that flow. Null when there is none.
 */
export async function clearFlowPoint(
	page: Page,
	id?: string
): Promise<{ id: string; at: [number, number] } | null> {
	return page.evaluate(
		({ layer, id, interactive }) => {
			const map = window.__parleyMap!;
			const layers = interactive.filter((l) => map.getLayer(l));
			const rect = map.getCanvas().getBoundingClientRect();
			for (const f of map.queryRenderedFeatures({ layers: [layer] })) {
				if (f.geometry.type !== 'LineString' || (id !== undefined && String(f.id) !== id)) continue;
				const c = f.geometry.coordinates as [number, number][];
				const mid = Math.floor(c.length / 2);
				const order = c.map((_, i) => i).sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid));
				for (const i of order) {
					const p = map.project(c[i]!);
					const under = map.queryRenderedFeatures(
						[
							[p.x - 6, p.y - 6],
							[p.x + 6, p.y + 6]
						],
						{ layers }
					);
					// Not under the legend, the hint or a button over the map.
					const onMap =
						document.elementFromPoint(rect.left + p.x, rect.top + p.y) === map.getCanvas();
					if (
						onMap &&
						under.length > 0 &&
						under.every((g) => g.layer.id === layer && g.id === f.id)
					)
						return { id: String(f.id), at: c[i]! };
				}
			}
			return null;
		},
		{
			layer: LAYERS.flowLine,
			id,
			interactive: [...INTERACTIVE_LAYERS].filter(
				(l) => l !== LAYERS.land && l !== LAYERS.regionFill
			)
		}
	);
}
