/**
 * The first view of the map when no address gives one: Afghanistan and Pakistan with Moscow and
 * Beijing in view. A desk screen shows that at HOME.zoom with room to spare; a map too small for it
 * (a phone, a small window) zooms out until the whole of HOME_BOUNDS fits, centred on it, instead
 * of cutting the capitals off.
 */
import type { Camera } from '$lib/state/types';

export const HOME: Camera = { center: [72, 38], zoom: 2.8 };

/** West, south, east, north: Gwadar to Moscow, Moscow to Beijing. */
export const HOME_BOUNDS: readonly [number, number, number, number] = [34, 20, 119, 57];

/** Room kept between the bounds and the map's edges, in CSS px. */
const MARGIN = 12;
/** Width in px of the whole world at zoom 0 (MapLibre's tile size). */
const WORLD = 512;

/** Web Mercator y of a latitude, as a share of the world's height from the top. */
function mercatorY(lat: number): number {
	const s = Math.sin((lat * Math.PI) / 180);
	return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

/** The first camera for a map of this size in CSS px (HOME when it fits, else zoomed out to fit). */
export function homeCamera(width: number, height: number): Camera {
	const [west, south, east, north] = HOME_BOUNDS;
	const w = Math.max(1, width - 2 * MARGIN);
	const h = Math.max(1, height - 2 * MARGIN);
	const top = mercatorY(north);
	const bottom = mercatorY(south);
	const zoom = Math.min(
		Math.log2(w / (((east - west) / 360) * WORLD)),
		Math.log2(h / ((bottom - top) * WORLD))
	);
	if (!(zoom < HOME.zoom)) return HOME;
	const y = (top + bottom) / 2;
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
	return { center: [(west + east) / 2, lat], zoom: Math.max(0, zoom) };
}
