/**
 * Web Mercator's latitude limit, shared by the map's sources and the tour's camera. The limit is
 * where the square world map ends: atan(sinh(π)) in degrees, 85.051129°, the value MapLibre
 * clamps to. (The ingest keeps arcs within ±85°, inside it.) No MapLibre import: the tour's
 * pure camera maths reads it too.
 */
export const MAX_LAT = 85.051129;

/** A latitude within Web Mercator's. */
export function clampLat(lat: number): number {
	return Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
}

/** Web Mercator y of a latitude, as a share of the world's height from the top. */
export function mercatorY(lat: number): number {
	const s = Math.sin((clampLat(lat) * Math.PI) / 180);
	return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}
