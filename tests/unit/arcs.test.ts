import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import {
	FAN_SLOTS,
	arcCoordinates,
	haversineKm,
	unwrapLongitudes,
	type LngLat
} from '../../src/lib/data/arcs';

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

/** The great circle from a to b, as turf draws it (the oracle the arcs are measured against). */
function greatCircle(a: LngLat, b: LngLat) {
	return turf.greatCircle(a, b, { npoints: 129 }) as ReturnType<typeof turf.lineString>;
}

/** Which side of the great circle a→b the point lies on, seen from a: +1 left, −1 right. */
function sideOfGreatCircle(p: LngLat, a: LngLat, b: LngLat): number {
	const turn = ((turf.bearing(a, p) - turf.bearing(a, b) + 540) % 360) - 180;
	return Math.sign(-turn);
}

/** The bulge the arcs are drawn with: 0.18 of the chord, between 0.35° and 6° of arc (in km). */
function expectedBulgeKm(a: LngLat, b: LngLat): number {
	const chordDeg = turf.distance(a, b, { units: 'degrees' });
	return turf.convertLength(Math.min(6, Math.max(0.35, 0.18 * chordDeg)), 'degrees', 'kilometers');
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

	it('bends the first link of a pair off the great circle to the left of its west–east line, the second to the right, by the bulge', () => {
		// Kabul lies west of Islamabad: the first link bends north of the great circle, whichever way it runs.
		for (const [a, b] of [
			[ISLAMABAD, KABUL],
			[KABUL, ISLAMABAD],
			[WASHINGTON, ISLAMABAD]
		] as const) {
			const [west, east] = a[0] < b[0] ? [a, b] : [b, a];
			const line = greatCircle(a, b);
			for (const [index, side] of [
				[0, 1],
				[1, -1]
			] as const) {
				const mid = middle(arcCoordinates(a, b, { index }));
				expect(sideOfGreatCircle(mid, west, east)).toBe(side);
				const off = turf.pointToLineDistance(mid, line, { units: 'kilometers' });
				const bulge = expectedBulgeKm(a, b);
				// The second link of a pair bends as far as the first, on the other side.
				expect(off).toBeGreaterThan(bulge * 0.85);
				expect(off).toBeLessThan(bulge * 1.15);
			}
		}
	});

	it('is a little longer than the great circle: much on a short chord, barely on a long one', () => {
		const ratio = (a: LngLat, b: LngLat) =>
			turf.length(turf.lineString(arcCoordinates(a, b))) / turf.length(greatCircle(a, b));
		expect(ratio(ISLAMABAD, KABUL)).toBeGreaterThan(1.02);
		expect(ratio(ISLAMABAD, KABUL)).toBeLessThan(1.15);
		expect(ratio(WASHINGTON, ISLAMABAD)).toBeGreaterThan(1);
		expect(ratio(WASHINGTON, ISLAMABAD)).toBeLessThan(1.02);
	});

	it('follows the great circle on a long chord', () => {
		const arc = arcCoordinates(WASHINGTON, ISLAMABAD, { bulgeRatio: 0, minBulgeDeg: 0 });
		const expected = turf.midpoint(WASHINGTON, ISLAMABAD).geometry.coordinates as LngLat;
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
