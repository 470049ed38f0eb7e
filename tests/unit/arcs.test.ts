import { describe, expect, it } from 'vitest';
import {
	FAN_SLOTS,
	arcCoordinates,
	haversineKm,
	unwrapLongitudes,
	type LngLat
} from '../../ingest/arcs';

const KABUL: LngLat = [69.17, 34.53];
const ISLAMABAD: LngLat = [73.04, 33.72];
const WASHINGTON: LngLat = [-77.04, 38.9];
const TOKYO: LngLat = [139.69, 35.69];
const SAN_FRANCISCO: LngLat = [-122.42, 37.77];

/** Perpendicular distance (degrees, plain lon/lat plane) of p from the line through a and b. */
function offChord(p: LngLat, a: LngLat, b: LngLat): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	return Math.abs(dx * (a[1] - p[1]) - dy * (a[0] - p[0])) / Math.hypot(dx, dy);
}

function middle(coords: LngLat[]): LngLat {
	return coords[Math.floor(coords.length / 2)]!;
}

/** Side of the chord a→b that p lies on (+1 left, −1 right). */
function side(p: LngLat, a: LngLat, b: LngLat): number {
	return Math.sign((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]));
}

/** Great-circle midpoint by spherical interpolation, computed independently of turf. */
function greatCircleMidpoint(a: LngLat, b: LngLat): LngLat {
	const r = Math.PI / 180;
	const v = (p: LngLat) => [
		Math.cos(p[1] * r) * Math.cos(p[0] * r),
		Math.cos(p[1] * r) * Math.sin(p[0] * r),
		Math.sin(p[1] * r)
	];
	const [x1, y1, z1] = v(a);
	const [x2, y2, z2] = v(b);
	const x = x1! + x2!;
	const y = y1! + y2!;
	const z = z1! + z2!;
	return [Math.atan2(y, x) / r, Math.atan2(z, Math.hypot(x, y)) / r];
}

describe('arcCoordinates', () => {
	it('starts at the from point and ends at the to point', () => {
		const arc = arcCoordinates(ISLAMABAD, KABUL);
		expect(arc[0]).toEqual(ISLAMABAD);
		expect(arc[arc.length - 1]).toEqual(KABUL);
	});

	it('curves a short link visibly: the midpoint lies off the chord', () => {
		const arc = arcCoordinates(ISLAMABAD, KABUL);
		expect(offChord(middle(arc), ISLAMABAD, KABUL)).toBeGreaterThan(0.3);
	});

	it('fans out two links between the same pair to opposite sides', () => {
		const first = arcCoordinates(ISLAMABAD, KABUL, { index: 0 });
		const second = arcCoordinates(ISLAMABAD, KABUL, { index: 1 });
		expect(middle(first)).not.toEqual(middle(second));
		expect(side(middle(first), ISLAMABAD, KABUL)).toBe(-side(middle(second), ISLAMABAD, KABUL));
	});

	it('gives the first FAN_SLOTS links of a pair distinct arcs, then reuses them in turn', () => {
		const mids = Array.from({ length: FAN_SLOTS }, (_, index) =>
			middle(arcCoordinates(ISLAMABAD, KABUL, { index })).join(',')
		);
		expect(new Set(mids).size).toBe(FAN_SLOTS);
		const later = arcCoordinates(ISLAMABAD, KABUL, { index: 5000 });
		expect(later).toEqual(arcCoordinates(ISLAMABAD, KABUL, { index: 5000 % FAN_SLOTS }));
		for (const [lon] of later) expect(Math.abs(lon)).toBeLessThan(180);
	});

	it('fans out links in opposite directions between the same pair', () => {
		const there = arcCoordinates(ISLAMABAD, KABUL, { index: 0 });
		const back = arcCoordinates(KABUL, ISLAMABAD, { index: 1 });
		expect(side(middle(there), ISLAMABAD, KABUL)).toBe(-side(middle(back), ISLAMABAD, KABUL));
	});

	it('follows the great circle on a long chord', () => {
		const arc = arcCoordinates(WASHINGTON, ISLAMABAD, { bulgeRatio: 0, minBulgeDeg: 0 });
		const expected = greatCircleMidpoint(WASHINGTON, ISLAMABAD);
		// The great circle from Washington to Islamabad passes far north of both cities.
		expect(haversineKm(middle(arc), expected)).toBeLessThan(150);
		expect(middle(arc)[1]).toBeGreaterThan(60);
	});

	it('keeps a long arc, even fanned out, inside the latitudes the map can draw', () => {
		for (let index = 0; index < 8; index++) {
			const arc = arcCoordinates(WASHINGTON, ISLAMABAD, { index });
			expect(Math.max(...arc.map((p) => Math.abs(p[1])))).toBeLessThanOrEqual(85);
		}
	});

	it('never jumps across the antimeridian', () => {
		const arc = arcCoordinates(TOKYO, SAN_FRANCISCO);
		for (let i = 1; i < arc.length; i++) {
			expect(Math.abs(arc[i]![0] - arc[i - 1]![0])).toBeLessThan(20);
		}
		// The end is San Francisco, one turn of the globe to the east.
		expect(arc[arc.length - 1]![0]).toBeCloseTo(SAN_FRANCISCO[0] + 360, 5);
	});

	it('draws a small loop when both ends are at the same point', () => {
		const loop = arcCoordinates(KABUL, KABUL);
		expect(loop[0]).toEqual(KABUL);
		expect(loop[loop.length - 1]).toEqual(KABUL);
		const distinct = new Set(loop.map((p) => p.join(',')));
		expect(distinct.size).toBeGreaterThan(5);
		const farthest = Math.max(...loop.map((p) => haversineKm(p, KABUL)));
		expect(farthest).toBeGreaterThan(20);
		expect(farthest).toBeLessThan(300);
	});

	it('fans out loops of several links at the same point', () => {
		const a = arcCoordinates(KABUL, KABUL, { index: 0 });
		const b = arcCoordinates(KABUL, KABUL, { index: 1 });
		expect(middle(a)).not.toEqual(middle(b));
	});
});

describe('unwrapLongitudes', () => {
	it('keeps consecutive longitudes within 180 degrees of each other', () => {
		expect(
			unwrapLongitudes([
				[179, 0],
				[-179, 0],
				[-177, 1]
			])
		).toEqual([
			[179, 0],
			[181, 0],
			[183, 1]
		]);
	});
});
