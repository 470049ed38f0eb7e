/**
 * The arc direction arrow, generated in code (no sprite file): a signed distance field of an
 * arrowhead pointing along +x (the line's direction, visitor → host), so one image is tinted per
 * link type with `icon-color`. Alpha 191 is the edge, as MapLibre's SDF icons expect.
 */
export interface ArrowImage {
	width: number;
	height: number;
	data: Uint8Array;
}

type Pt = [number, number];

function segmentDistance(p: Pt, a: Pt, b: Pt): number {
	const [px, py] = p;
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const t = Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / (dx * dx + dy * dy)));
	return Math.hypot(px - (a[0] + t * dx), py - (a[1] + t * dy));
}

function insidePolygon(p: Pt, poly: Pt[]): boolean {
	let inside = false;
	for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
		const [xi, yi] = poly[i]!;
		const [xj, yj] = poly[j]!;
		if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi)
			inside = !inside;
	}
	return inside;
}

/** Signed distance (px, negative inside) from a point to a polygon. */
function signedDistance(p: Pt, poly: Pt[]): number {
	let d = Infinity;
	for (let i = 0, j = poly.length - 1; i < poly.length; j = i++)
		d = Math.min(d, segmentDistance(p, poly[j]!, poly[i]!));
	return insidePolygon(p, poly) ? -d : d;
}

/** An SDF arrowhead `size`×`size` pixels (RGBA, white, distance in alpha). */
export function arrowImage(size = 32): ArrowImage {
	const pad = size * 0.22;
	const c = size / 2;
	// A chevron-like arrowhead: tip on the right, notched tail.
	const shape: Pt[] = [
		[size - pad, c],
		[pad, pad],
		[pad + size * 0.16, c],
		[pad, size - pad]
	];
	const data = new Uint8Array(size * size * 4);
	const falloff = 255 / 8; // alpha units per pixel of distance (8 px of field each side)
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const d = signedDistance([x + 0.5, y + 0.5], shape);
			const a = Math.max(0, Math.min(255, Math.round(191 - d * falloff * 0.75)));
			const i = (y * size + x) * 4;
			data[i] = data[i + 1] = data[i + 2] = 255;
			data[i + 3] = a;
		}
	return { width: size, height: size, data };
}
