/**
 * The one map context: MapView provides it, anything drawn over the map (controls, overlays)
 * reads the controller from it. Reading it outside a MapView is a bug and throws.
 */
import { getContext, setContext } from 'svelte';
import type { MapController } from './controller';

const KEY = Symbol('parley-map');

export class MapContext {
	/** Null until the map is created in the browser. */
	controller = $state.raw<MapController | null>(null);
}

export function setMapContext(ctx: MapContext = new MapContext()): MapContext {
	return setContext(KEY, ctx);
}

/** For controls and overlays inside a MapView; none reads it yet. @public */
export function getMapContext(): MapContext {
	const ctx = getContext<MapContext | undefined>(KEY);
	if (!ctx) throw new Error('getMapContext() called outside a <MapView>');
	return ctx;
}
