/**
 * Where the camera goes for a tour stop on a given screen: a stop's own centre and zoom, or its
 * bounds fitted inside the screen less the room the caption takes, in Web Mercator with MapLibre's
 * 512 px tiles. Pure maths: no DOM, no MapLibre, so it is unit-tested and runs before the map does.
 */
import { clampLat } from '$lib/map/mercator';
import type { Camera } from '$lib/state/types';
import type { StopCamera } from './types';

export interface Viewport {
	width: number;
	height: number;
	/** Screen space kept free around the framed bounds (px): the caption sits at the bottom. */
	padding?: { top: number; right: number; bottom: number; left: number };
	/**
	 * How much bigger the map's labels, arcs and markers are drawn than on a desk screen (the label
	 * scale, 2 at 3840×2160; see presentLabelScale). Zooms are curated for that desk size, so the
	 * camera zooms in by log2(scale): a stop frames its event to the same share of the screen.
	 */
	scale?: number;
}

/** Zoom cap when framing a stop's bounds, unless the stop gives its own. */
export const DEFAULT_MAX_ZOOM = 6;
const TILE = 512;

function mercX(lng: number) {
	return (lng + 180) / 360;
}
function mercY(lat: number) {
	const l = clampLat(lat);
	return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360))) / 360;
}
function unmercY(y: number) {
	return (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;
}

/** Default padding: a margin all round, and the lower third left to the caption. */
export function defaultPadding(width: number, height: number) {
	const side = Math.round(width * 0.08);
	return {
		top: Math.round(height * 0.1),
		right: side,
		bottom: Math.round(height * 0.36),
		left: side
	};
}

/**
 * The camera for a stop on a screen of this size: `center`/`zoom` as given, or `bounds` fitted
 * inside the padded area (Web Mercator, 512 px tiles as MapLibre uses), capped at `maxZoom`.
 * Given zooms and the cap are for a desk screen: both rise by log2 of the viewport's `scale`.
 */
export function cameraForStop(camera: StopCamera, viewport: Viewport): Camera {
	const extra = { bearing: camera.bearing ?? 0, pitch: camera.pitch ?? 0 };
	const scale = viewport.scale;
	const dz = scale !== undefined && Number.isFinite(scale) && scale > 1 ? Math.log2(scale) : 0;
	if (!camera.bounds) {
		return { center: camera.center ?? [0, 20], zoom: (camera.zoom ?? 2) + dz, ...extra };
	}
	const [w, s, e, n] = camera.bounds;
	const pad = viewport.padding ?? defaultPadding(viewport.width, viewport.height);
	const availW = Math.max(1, viewport.width - pad.left - pad.right);
	const availH = Math.max(1, viewport.height - pad.top - pad.bottom);
	const x0 = mercX(w);
	const x1 = mercX(e);
	const y0 = mercY(n);
	const y1 = mercY(s);
	const dx = Math.max(x1 - x0, 1e-9);
	const dy = Math.max(y1 - y0, 1e-9);
	const fit = Math.log2(Math.min(availW / (dx * TILE), availH / (dy * TILE)));
	const given = camera.zoom === undefined ? fit : camera.zoom + dz;
	const zoom = Math.max(0, Math.min((camera.maxZoom ?? DEFAULT_MAX_ZOOM) + dz, given));
	const worldPx = TILE * 2 ** zoom;
	// The padded area's centre is off the screen's centre; shift the camera so the bounds sit in it.
	const cx = (x0 + x1) / 2 - (pad.left - pad.right) / 2 / worldPx;
	const cy = (y0 + y1) / 2 - (pad.top - pad.bottom) / 2 / worldPx;
	let lng = cx * 360 - 180;
	lng = ((((lng + 180) % 360) + 360) % 360) - 180;
	return { center: [lng, unmercY(cy)], zoom, ...extra };
}
