/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline for hours on a venue's flaky Wi-Fi: after the first visit, everything the app needs is
 * in one versioned cache and served from it.
 *
 * - Precached on install: the build (JS, CSS, the worker, fonts imported with ?url), every
 *   prerendered page (`/`, `/speaker`), and static/ (data/, geo/): the `$service-worker`
 *   lists, so nothing is named by hand.
 * - Cache-first for those, except the data: pages are looked up without their query string
 *   (`/?present&stop=4` is the `/` page) and `/path` also matches `/path.html` (how the static
 *   build names them).
 * - The data (`/data/*.json`, `/data/*.geojson`) network-first: a returning visitor online gets
 *   the data a re-ingest put on the server on the first visit, not the copy cached the visit
 *   before (a rebuild changes the worker too, but the old worker still answers that first visit).
 *   An answer within DATA_TIMEOUT_MS is used and cached; a slower or failed one falls back to the
 *   cache (a late answer still updates it for next time). Revalidated with the server (`no-cache`),
 *   so a plain host's cache headers cannot hand back an older file either.
 * - Anything else same-origin (a file added after the build): network first, cached for next time,
 *   served from the cache when the network is gone.
 * - On activate, caches of older versions are deleted; the new worker takes over open tabs.
 * - Install caches file by file: a page a plain static server serves only as `NAME.html` is
 *   fetched so, and a file that cannot be had is logged while the rest is still cached. Then
 *   every open page is told how complete the copy is, and a page that asks later is told again
 *   (src/lib/offline-status.ts): the speaker view shows it.
 * Works the same under `vite preview` of the production build and behind any static server.
 */
import { build, files, prerendered, version } from '$service-worker';
import { STATUS_ANSWER, STATUS_QUESTION, type StatusAnswer } from '$lib/offline-status';

const sw = self as unknown as ServiceWorkerGlobalScope;
// Under `vite dev` there is no build to cache, and serving static/ cache-first would hide freshly
// ingested data: the worker installs but leaves every request to the network.
const DEV = build.length === 0;
const CACHE = `parley-${version}`;
const PREFIX = 'parley-';

// System files that end up in static/ by accident are not worth caching.
const PRECACHE = [...build, ...files.filter((f) => !/(^|\/)\.[^/]+$/.test(f)), ...prerendered];
const PRECACHED = new Set(PRECACHE.map((p) => new URL(p, sw.location.href).pathname));

/** A prerendered page's path (no extension): a plain static server may serve it only as `NAME.html`. */
const isPage = (path: string) => !/\.[a-z0-9]+$/i.test(path) && !path.endsWith('/');

/**
 * Caches one file under its own path. A page a plain static server answers with 404 (`/speaker`,
 * whose file is `speaker.html`) is fetched by its file name and stored under the page's path.
 */
async function precache(cache: Cache, path: string): Promise<boolean> {
	for (const form of isPage(path) ? [path, `${path}.html`] : [path]) {
		try {
			const response = await fetch(form, { cache: 'reload' });
			if (response.ok) {
				await cache.put(path, response);
				return true;
			}
		} catch {
			// The next form, or reported below.
		}
	}
	return false;
}

/** How complete this version's offline copy is, read from the cache itself (true after a restart too). */
async function status(): Promise<StatusAnswer> {
	if (DEV) return { type: STATUS_ANSWER, total: 0, missing: [], dev: true };
	const cache = await caches.open(CACHE);
	const held = await Promise.all(PRECACHE.map((p) => cache.match(p)));
	return {
		type: STATUS_ANSWER,
		total: PRECACHE.length,
		missing: PRECACHE.filter((_, i) => !held[i])
	};
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			if (!DEV) {
				// File by file: one file the server will not give must not leave the rest uncached.
				const cache = await caches.open(CACHE);
				const results = await Promise.all(PRECACHE.map((p) => precache(cache, p)));
				const missing = PRECACHE.filter((_, i) => !results[i]);
				if (missing.length)
					console.warn(`Parley offline copy: could not cache ${missing.join(', ')}`);
			}
			// Pages not yet controlled by this worker are told too: they registered it.
			const answer = await status();
			for (const client of await sw.clients.matchAll({ includeUncontrolled: true }))
				client.postMessage(answer);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('message', (event) => {
	const source = event.source as Client | null;
	if ((event.data as { type?: unknown } | null)?.type !== STATUS_QUESTION || !source) return;
	event.waitUntil(status().then((answer) => source.postMessage(answer)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

/** The precached entry for a request, trying the page forms of its path. */
async function fromPrecache(url: URL): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	const candidates = [url.pathname];
	if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname))
		candidates.push(`${url.pathname}.html`, `${url.pathname}/`);
	for (const path of candidates) {
		if (!PRECACHED.has(path)) continue;
		const hit = await cache.match(path, { ignoreSearch: true });
		if (hit) return hit;
	}
	return undefined;
}

async function networkThenCache(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
		return response;
	} catch (error) {
		const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
		if (hit) return hit;
		throw error;
	}
}

/** How long a data request may take before the cached copy is served instead. */
const DATA_TIMEOUT_MS = 3000;
const isData = (path: string) => /\/data\/[^/]+\.(?:json|geojson)$/.test(path);

/**
 * A data file from the network when it answers within DATA_TIMEOUT_MS (and cached under its path,
 * where the precache put it), else from the cache; the network's late answer still refreshes the
 * cache. A file neither can give is the network's answer (a 404 says what is wrong).
 */
async function dataNetworkFirst(event: FetchEvent, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	// By its address: a navigation request (the file opened in a tab) cannot be re-sent with options.
	const fromNetwork = fetch(url.href, { cache: 'no-cache' }).then(async (response) => {
		if (response.ok && response.type === 'basic') await cache.put(url.pathname, response.clone());
		return response;
	});
	event.waitUntil(fromNetwork.catch(() => {}));
	const timeout = new Promise<null>((done) => setTimeout(() => done(null), DATA_TIMEOUT_MS));
	const answer = await Promise.race([fromNetwork.catch(() => null), timeout]);
	if (answer?.ok) return answer;
	const hit = await cache.match(url.pathname, { ignoreSearch: true });
	if (hit) return hit;
	return answer ?? fromNetwork;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (DEV || request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	// Range requests (media) are left to the network: a cached full response would not satisfy them.
	if (request.headers.has('range')) return;
	if (isData(url.pathname)) {
		event.respondWith(dataNetworkFirst(event, url));
		return;
	}
	event.respondWith((async () => (await fromPrecache(url)) ?? (await networkThenCache(request)))());
});
