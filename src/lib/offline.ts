/**
 * Registers the service worker (src/service-worker.ts) that keeps the app working offline, once
 * the page has done its own startup work: its install step downloads and caches every file of
 * the build, which on a first visit would otherwise compete with drawing the first map (two
 * cores, WebGL on the CPU) for the processor and the network. SvelteKit's own registration at
 * startup is switched off in svelte.config.js.
 *
 * The main page calls it at the map's first `idle` (with a time limit, in case the map never gets
 * there, so offline use never depends on WebGL); the speaker view, which has no map, at once.
 * Calling it again does nothing.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';

let registered = false;

export function registerServiceWorker(): void {
	if (registered || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
	registered = true;
	const url = new URL(`${base}/service-worker.js`, document.baseURI);
	navigator.serviceWorker.register(url, { type: dev ? 'module' : 'classic' }).catch((err) => {
		// Not fatal: the app works online without it.
		console.warn(`Offline copy not set up: ${err instanceof Error ? err.message : String(err)}`);
	});
}

/** Registers once `ready` settles, or after `limitMs` at the latest. */
export function registerServiceWorkerWhen(ready: Promise<unknown>, limitMs = 15_000): void {
	const timer = setTimeout(registerServiceWorker, limitMs);
	ready.finally(() => {
		clearTimeout(timer);
		registerServiceWorker();
	});
}
