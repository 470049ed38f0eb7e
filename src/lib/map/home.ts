/**
 * The first view of the map when no address gives one: Afghanistan and Pakistan with Moscow and
 * Beijing in view. A desk screen shows that at HOME.zoom with room to spare; a map too small for it
 * (a phone, a small window) zooms out until the whole of HOME_BOUNDS fits, centred on it, instead
 * of cutting the capitals off. An open legend over the map's left side is kept clear of: the view
 * is the same, in the part the legend leaves.
 */
import type { Camera } from '$lib/state/types';
import { mercatorY } from './mercator';

export const HOME: Camera = { center: [72, 38], zoom: 2.8 };

/** West, south, east, north: Gwadar to Moscow, Moscow to Beijing. */
export const HOME_BOUNDS: readonly [number, number, number, number] = [34, 20, 119, 57];

/** Room kept between the bounds and the map's edges, in CSS px. */
const MARGIN = 12;
/** Width in px of the whole world at zoom 0 (MapLibre's tile size). */
const WORLD = 512;

/**
 * The first camera for a map of this size in CSS px (HOME when it fits, else zoomed out to fit),
 * in the part of the map right of `leftInset` px (the open legend): its centre is moved west by
 * half the legend's width, so what HOME shows lands beside the legend instead of under it.
 */
export function homeCamera(width: number, height: number, leftInset = 0): Camera {
	const [west, south, east, north] = HOME_BOUNDS;
	const inset = Math.max(0, Math.min(leftInset, width / 2));
	const w = Math.max(1, width - inset - 2 * MARGIN);
	const h = Math.max(1, height - 2 * MARGIN);
	const top = mercatorY(north);
	const bottom = mercatorY(south);
	const zoom = Math.min(
		Math.log2(w / (((east - west) / 360) * WORLD)),
		Math.log2(h / ((bottom - top) * WORLD))
	);
	let camera: Camera = HOME;
	if (zoom < HOME.zoom) {
		const y = (top + bottom) / 2;
		const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
		camera = { center: [(west + east) / 2, lat], zoom: Math.max(0, zoom) };
	}
	if (inset === 0) return camera;
	const degreesPerPx = 360 / (WORLD * 2 ** camera.zoom);
	return { ...camera, center: [camera.center[0] - (inset / 2) * degreesPerPx, camera.center[1]] };
}
