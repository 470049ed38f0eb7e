/**
 * When the main page sets up its offline copy: once `ready` settles (the map's first idle), or
 * after `limitMs` at the latest, in case the map never gets there, so offline use never depends on
 * WebGL. The registration's code (offline.ts) is fetched then: the first frame needs none of it.
 */
export function registerServiceWorkerWhen(ready: Promise<unknown>, limitMs = 15_000): void {
	const register = () => {
		clearTimeout(timer);
		import('./offline').then(
			(m) => m.registerServiceWorker(),
			(err: unknown) =>
				// Not fatal: the app works online without it.
				console.warn(`Offline copy not set up: ${err instanceof Error ? err.message : err}`)
		);
	};
	const timer = setTimeout(register, limitMs);
	void ready.finally(register);
}
