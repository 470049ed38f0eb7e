/**
 * Surviving a lost WebGL context on long-running displays (GPU reset, driver update, too many
 * contexts, a laptop waking up).
 *
 * What maplibre-gl 6.17 already does (src/ui/map.ts, `_contextLost` / `_contextRestored`): on
 * `webglcontextlost` it calls preventDefault (so the browser may restore the context), stops the
 * render loop and snapshots the style (sources with their current data, layers, filters, paint,
 * images); on `webglcontextrestored` it rebuilds the style from that snapshot, recreates the
 * painter, resizes and redraws, then fires the event on the map. What it does not keep is
 * feature-state (its own comment says so): hover/selection/mention counts set with
 * setFeatureState are gone after the rebuild, and custom layers must be re-added.
 *
 * So all this helper adds: (1) once the rebuilt style has loaded after a restore, call
 * `onrestored` so the owner re-applies its feature-state, and ask for a repaint; (2) a
 * `data-webgl` attribute on the map container (`ok` | `lost`) for tests and diagnostics (a
 * context the browser never restores stays `lost`).
 * No maplibre import: a Map fits the small interface below.
 */

export interface ContextEventsSource {
	on(type: 'webglcontextlost' | 'webglcontextrestored', listener: () => void): unknown;
	off(type: 'webglcontextlost' | 'webglcontextrestored', listener: () => void): unknown;
	once(type: 'idle', listener: () => void): unknown;
	triggerRepaint(): void;
	getContainer(): HTMLElement;
}

export interface RecoveryOptions {
	/** After a restore, once the rebuilt style is drawn: re-apply feature-state here. */
	onrestored?: () => void;
}

/** Watches a map for context loss; returns a function that stops watching. */
export function watchWebglContext(
	map: ContextEventsSource,
	options: RecoveryOptions = {}
): () => void {
	const container = map.getContainer();
	let stopped = false;
	container.dataset.webgl = 'ok';

	const lost = () => {
		container.dataset.webgl = 'lost';
	};
	const restored = () => {
		container.dataset.webgl = 'ok';
		// The style is rebuilt asynchronously; feature-state can only be set on loaded sources.
		map.once('idle', () => {
			if (stopped) return;
			options.onrestored?.();
			map.triggerRepaint();
		});
	};

	map.on('webglcontextlost', lost);
	map.on('webglcontextrestored', restored);
	return () => {
		stopped = true;
		map.off('webglcontextlost', lost);
		map.off('webglcontextrestored', restored);
	};
}
