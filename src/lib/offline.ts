/**
 * Registers the service worker (src/service-worker.ts) that keeps the app working offline, once
 * the page has done its own startup work: its install step downloads and caches every file of
 * the build, which on a first visit would otherwise compete with drawing the first map (two
 * cores, WebGL on the CPU) for the processor and the network. SvelteKit's own registration at
 * startup is switched off in svelte.config.js.
 *
 * The main page calls it at the map's first `idle` (with a time limit, in case the map never gets
 * there, so offline use never depends on WebGL), and loads this module only then
 * (offline-start.ts); the speaker view, which has no map, at once. Calling it again does nothing.
 *
 * It also follows how complete the offline copy is (the worker says so after installing and when
 * asked: src/lib/offline-status.ts), for the speaker view's status line and the console: a copy
 * that could not cache some files is reported, never silently half there.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';
import { isStatusAnswer, stateOf, STATUS_QUESTION, type OfflineState } from './offline-status';

let registered = false;
let state: OfflineState = { kind: 'pending' };
const listeners = new Set<(state: OfflineState) => void>();
let reported = '';

function setState(next: OfflineState): void {
	state = next;
	if (next.kind === 'incomplete') {
		// Once per distinct set: the worker answers after installing and again when asked.
		const list = next.missing.join(', ');
		if (list !== reported) console.warn(`Parley offline copy incomplete: could not cache ${list}`);
		reported = list;
	}
	for (const listener of listeners) listener(next);
}

/** Calls `listener` with the offline copy's state now and on every change; returns the unsubscribe. */
export function onOfflineStatus(listener: (state: OfflineState) => void): () => void {
	listeners.add(listener);
	listener(state);
	return () => listeners.delete(listener);
}

export function registerServiceWorker(): void {
	if (registered || typeof navigator === 'undefined') return;
	registered = true;
	if (!('serviceWorker' in navigator)) return setState({ kind: 'unsupported' });
	const container = navigator.serviceWorker;
	container.addEventListener('message', (event) => {
		if (isStatusAnswer(event.data)) setState(stateOf(event.data));
	});
	const url = new URL(`${base}/service-worker.js`, document.baseURI);
	container
		.register(url, { type: dev ? 'module' : 'classic' })
		// An installed worker answers at once; a new one tells every page when its install ends.
		.then(() => container.ready)
		.then((registration) => registration.active?.postMessage({ type: STATUS_QUESTION }))
		.catch((err) => {
			// Not fatal: the app works online without it.
			const message = err instanceof Error ? err.message : String(err);
			console.warn(`Offline copy not set up: ${message}`);
			setState({ kind: 'failed', message });
		});
}
