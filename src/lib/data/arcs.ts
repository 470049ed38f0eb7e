/**
 * Arc geometry for diplomatic links: the LineString drawn from one party's location to the other's.
 *
 * Why the shape is not a straight line:
 * - A straight segment hides direction and overlaps other links; every arc bulges perpendicular to
 *   its chord by an amount proportional to its length, with a floor so short links stay visibly
 *   curved.
 * - Long chords follow the great circle (spherical interpolation, as turf's `greatCircle`) before
 *   the bulge is added, so an arc from Washington to Islamabad looks like a flight path, not a
 *   Mercator straight line.
 * - Several links between the same two points fan out: link `index` in its pair bulges to
 *   alternating sides with growing amplitude (+1, −1, +1.6, −1.6, …), so they never draw on top of
 *   each other. The side is fixed by the canonical (sorted) order of the two points, so A→B and B→A
 *   links fan out from one another instead of mirroring.
 * - Longitudes are unwrapped (consecutive points never jump by more than 180°): MapLibre draws
 *   coordinates beyond ±180 continuously, so an arc crossing the antimeridian does not streak across
 *   the whole map.
 * - When both ends are at the same point (the Taliban in Kabul and Afghanistan at its capital), a
 *   small loop is drawn instead of a degenerate line; loops for several links fan out by angle.
 */
export type LngLat = [number, number];

export interface ArcOptions {
	/** Position of this link among the links sharing the same two endpoints (0-based). */
	index?: number;
	/** Chords longer than this (km) follow the great circle. */
	greatCircleKm?: number;
	/** Bulge as a fraction of the chord length. */
	bulgeRatio?: number;
	/** Minimum bulge in degrees (so short arcs are visibly curved). */
	minBulgeDeg?: number;
	/** Maximum bulge in degrees, before fanning out (so long arcs stay near the great circle). */
	maxBulgeDeg?: number;
	/** Number of vertices of an arc on a short chord (straight base path). */
	points?: number;
	/** Number of vertices of an arc that follows the great circle. */
	longPoints?: number;
	/** Loop radius in degrees for links whose two ends coincide. */
	loopRadiusDeg?: number;
}

const DEFAULTS = {
	greatCircleKm: 1000,
	bulgeRatio: 0.18,
	minBulgeDeg: 0.35,
	maxBulgeDeg: 6,
	points: 17,
	longPoints: 33,
	loopRadiusDeg: 0.45
};

/** Ends closer than this (km) are treated as the same point. */
const SAME_POINT_KM = 5;
const EARTH_KM = 6371.0088;
const RAD = Math.PI / 180;
const KM_PER_DEGREE = (Math.PI * EARTH_KM) / 180;
/** Web Mercator draws nothing beyond this latitude. */
const MAX_LAT = 85;

/** Great-circle distance in km. */
export function haversineKm(a: LngLat, b: LngLat): number {
	const dLat = (b[1] - a[1]) * RAD;
	const dLon = (b[0] - a[0]) * RAD;
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Links of one pair that get distinct arcs; further links reuse them in turn (on a large corpus a
 * pair can have thousands of links: an ever-growing bulge would wrap arcs around the globe).
 */
export const FAN_SLOTS = 16;

/**
 * Side and amplitude multiplier of the `index`-th link of a pair: +1, −1, +1.6, −1.6, … up to
 * ±5.2, then again from +1 (see FAN_SLOTS).
 */
function fanMultiplier(index: number): number {
	const slot = index % FAN_SLOTS;
	const side = slot % 2 === 0 ? 1 : -1;
	return side * (1 + 0.6 * Math.floor(slot / 2));
}

/** Shift longitudes so that no two consecutive points are more than 180° apart. */
export function unwrapLongitudes(coords: LngLat[]): LngLat[] {
	const out: LngLat[] = [];
	let prev: number | undefined;
	for (const [lon, lat] of coords) {
		let x = lon;
		if (prev !== undefined) {
			while (x - prev > 180) x -= 360;
			while (x - prev < -180) x += 360;
		}
		out.push([x, lat]);
		prev = x;
	}
	return out;
}

/** 4 decimals (about 11 m): finer than any zoom the map is read at, and a smaller file. */
function round(n: number): number {
	return Math.round(n * 1e4) / 1e4;
}

function roundCoords(coords: LngLat[]): LngLat[] {
	return coords.map(([x, y]) => [round(x), round(y)] as LngLat);
}

/** The base path from a to b (b's longitude already unwrapped relative to a): straight or great circle. */
function basePath(a: LngLat, b: LngLat, o: typeof DEFAULTS): LngLat[] {
	if (haversineKm(a, b) <= o.greatCircleKm) {
		const n = Math.max(5, o.points);
		const out: LngLat[] = [];
		for (let i = 0; i < n; i++) {
			const t = i / (n - 1);
			out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
		}
		return out;
	}
	return unwrapLongitudes(greatCirclePath(a, b, Math.max(5, o.longPoints)));
}

/**
 * Points along the great circle from a to b by spherical linear interpolation (the same path
 * turf's `greatCircle` computes, without its per-call feature objects: this runs once per link,
 * tens of thousands of times on a large corpus). Nearly antipodal ends have no unique great
 * circle; they get the straight path.
 */
function greatCirclePath(a: LngLat, b: LngLat, n: number): LngLat[] {
	const v = (p: LngLat) => {
		const lat = p[1] * RAD;
		const lon = p[0] * RAD;
		return [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)] as const;
	};
	const [x1, y1, z1] = v(a);
	const [x2, y2, z2] = v(b);
	const d = Math.acos(Math.max(-1, Math.min(1, x1 * x2 + y1 * y2 + z1 * z2)));
	const sinD = Math.sin(d);
	const out: LngLat[] = [];
	for (let i = 0; i < n; i++) {
		const t = i / (n - 1);
		if (sinD < 1e-6) {
			out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
			continue;
		}
		const ka = Math.sin((1 - t) * d) / sinD;
		const kb = Math.sin(t * d) / sinD;
		const x = ka * x1 + kb * x2;
		const y = ka * y1 + kb * y2;
		const z = ka * z1 + kb * z2;
		out.push([Math.atan2(y, x) / RAD, Math.atan2(z, Math.hypot(x, y)) / RAD]);
	}
	out[0] = [a[0], a[1]];
	out[n - 1] = [b[0], b[1]];
	return out;
}

/** `to` with its longitude brought within 180° of `from`'s, so the chord takes the short way round. */
function unwrapTo(from: LngLat, to: LngLat): LngLat {
	let toLon = to[0];
	while (toLon - from[0] > 180) toLon -= 360;
	while (toLon - from[0] < -180) toLon += 360;
	return [toLon, to[1]];
}

/**
 * The first and the last point of `arcCoordinates(from, to)` without drawing it: `from`, and `to`
 * unwrapped (within 180° of `from`) and within the map's latitudes, or `from` again when the two
 * are the same point (a loop). What the flows are drawn between.
 */
export function arcEndpoints(from: LngLat, to: LngLat): [LngLat, LngLat] {
	const a: LngLat = [round(from[0]), round(from[1])];
	const b = unwrapTo(from, to);
	if (haversineKm(from, b) < SAME_POINT_KM) return [a, a];
	return [a, [round(b[0]), round(Math.max(-MAX_LAT, Math.min(MAX_LAT, b[1])))]];
}

/**
 * The arc from `from` to `to` as LineString coordinates ([lon, lat]), curved, fanned out by
 * `options.index`, with longitudes unwrapped. Never returns fewer than 3 distinct points.
 */
export function arcCoordinates(from: LngLat, to: LngLat, options: ArcOptions = {}): LngLat[] {
	const o = { ...DEFAULTS, ...options } as typeof DEFAULTS & ArcOptions;
	const index = o.index ?? 0;
	const a: LngLat = [from[0], from[1]];
	const b = unwrapTo(from, to);

	if (haversineKm(a, b) < SAME_POINT_KM) return roundCoords(loopCoordinates(a, index, o));

	// Canonical orientation: the side of the bulge depends on the unordered pair, not on direction.
	const forward = a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);
	const p = forward ? a : b;
	const q = forward ? b : a;
	const path = basePath(p, q, o);

	// Bulge size in degrees of arc: proportional to the chord, with a floor (short links stay
	// curved) and a ceiling (long ones stay near their great circle and off the poles).
	const chordDeg = haversineKm(p, q) / KM_PER_DEGREE;
	const h =
		Math.min(o.maxBulgeDeg, Math.max(o.minBulgeDeg, o.bulgeRatio * chordDeg)) *
		fanMultiplier(index);

	// One pass (this runs once per link): push each vertex sideways along the normal of the path
	// at that vertex (in a plane whose x is scaled by cos(latitude), so the bulge looks the same at
	// every latitude), put the points in from→to order, keep the exact endpoints (the destination
	// with its unwrapped longitude), unwrap, keep latitudes inside the map, round.
	const last = path.length - 1;
	const out: LngLat[] = new Array(path.length);
	let prevX = a[0];
	for (let i = 0; i <= last; i++) {
		let x: number;
		let y: number;
		if (i === 0) [x, y] = a;
		else if (i === last) [x, y] = b;
		else {
			const j = forward ? i : last - i;
			const t = j / last;
			const s = 4 * t * (1 - t) * h;
			const base = path[j]!;
			const before = path[j - 1]!;
			const after = path[j + 1]!;
			const k = Math.max(0.05, Math.cos(base[1] * RAD));
			const tx = (after[0] - before[0]) * k;
			const ty = after[1] - before[1];
			const len = Math.hypot(tx, ty) || 1;
			x = base[0] + (-ty / len) * (s / k);
			y = base[1] + (tx / len) * s;
		}
		while (x - prevX > 180) x -= 360;
		while (x - prevX < -180) x += 360;
		prevX = x;
		out[i] = [round(x), round(Math.max(-MAX_LAT, Math.min(MAX_LAT, y)))];
	}
	return out;
}

/** A small closed loop through `at`, rotated by the link's index so several loops fan out. */
function loopCoordinates(at: LngLat, index: number, o: typeof DEFAULTS & ArcOptions): LngLat[] {
	const n = Math.max(9, o.points);
	const k = Math.max(0.2, Math.cos(at[1] * RAD));
	const slot = index % FAN_SLOTS;
	const r = o.loopRadiusDeg * (1 + 0.35 * Math.floor(slot / 2));
	// Direction of the loop's centre from the point: north-east first, then fanning round.
	const angle = (45 + slot * 70) * RAD;
	const cx = Math.cos(angle) * r;
	const cy = Math.sin(angle) * r;
	const out: LngLat[] = [];
	for (let i = 0; i < n; i++) {
		const theta = angle + Math.PI + (2 * Math.PI * i) / (n - 1);
		const x = cx + Math.cos(theta) * r;
		const y = cy + Math.sin(theta) * r;
		out.push([at[0] + x / k, at[1] + y]);
	}
	out[0] = [at[0], at[1]];
	out[n - 1] = [at[0], at[1]];
	return out;
}
