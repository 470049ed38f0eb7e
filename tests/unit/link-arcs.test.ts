/** The arcs the app builds from the two ends links.geojson stores. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arcCoordinates, FAN_SLOTS, type LngLat } from '$lib/data/arcs';
import { arcOf, chordEnds, fanIndex, fanOut, withArcs } from '$lib/data/link-arcs';
import type { LinkFeature, LinksCollection } from '$lib/data/schema';

const KABUL: LngLat = [69.1725, 34.5267];
const ISLAMABAD: LngLat = [73.0433, 33.7215];
const DOHA: LngLat = [51.531, 25.2854];
const TOKYO: LngLat = [139.6917, 35.6895];
const SAN_FRANCISCO: LngLat = [-122.4194, 37.7749];

function link(id: string, from: LngLat, to: LngLat): LinkFeature {
	return {
		type: 'Feature',
		geometry: { type: 'LineString', coordinates: [from, to] },
		properties: {
			id,
			type: 'meeting',
			parties: ['AF', 'PK'],
			from: 'AF',
			to: 'PK',
			directed: true,
			place: null,
			date: '2021',
			year: 2021,
			dateBasis: 'stated',
			status: 'held',
			absent: [],
			confidence: 0.8,
			reasons: [],
			corrected: false,
			articles: 1
		}
	};
}

describe('fanOut', () => {
	it('numbers the links of each pair of ends in file order, whichever way they run', () => {
		const features = [
			link('a', KABUL, ISLAMABAD),
			link('b', ISLAMABAD, DOHA),
			link('c', ISLAMABAD, KABUL),
			link('d', KABUL, ISLAMABAD)
		];
		fanOut(features);
		expect(features.map(fanIndex)).toEqual([0, 0, 1, 2]);
	});

	it('counts ends within 3 decimals (about 100 m) as one point, as the ingest did', () => {
		const features = [
			link('a', [69.1701, 34.5201], ISLAMABAD),
			link('b', [69.1704, 34.5203], ISLAMABAD)
		];
		fanOut(features);
		expect(features.map(fanIndex)).toEqual([0, 1]);
	});

	it('draws again a link whose file was loaded again, with its new index', () => {
		const first = link('a', KABUL, ISLAMABAD);
		const second = link('b', KABUL, ISLAMABAD);
		fanOut([first, second]);
		const before = arcOf(second);
		fanOut([second]);
		expect(arcOf(second)).not.toEqual(before);
		expect(arcOf(second)).toEqual(arcCoordinates(KABUL, ISLAMABAD));
	});
});

describe('arcOf', () => {
	it('is the arc of the two ends and the fan index, the slots reused past FAN_SLOTS', () => {
		const features = Array.from({ length: FAN_SLOTS + 2 }, (_, i) =>
			link(`l${i}`, KABUL, ISLAMABAD)
		);
		fanOut(features);
		features.forEach((f, i) =>
			expect(arcOf(f)).toEqual(arcCoordinates(KABUL, ISLAMABAD, { index: i % FAN_SLOTS }))
		);
		expect(arcOf(features[FAN_SLOTS]!)).toBe(arcOf(features[0]!));
	});

	it('builds a loop for a link whose two ends are one point', () => {
		const loop = link('loop', KABUL, KABUL);
		fanOut([loop]);
		const arc = arcOf(loop);
		expect(arc[0]).toEqual(KABUL);
		expect(arc.at(-1)).toEqual(KABUL);
		expect(new Set(arc.map((c) => c.join())).size).toBeGreaterThan(5);
	});
});

describe('chordEnds', () => {
	it("are the arc's first and last points, without building it", () => {
		const cases = [
			link('near', KABUL, ISLAMABAD),
			link('far', TOKYO, SAN_FRANCISCO),
			link('loop', KABUL, [69.18, 34.53])
		];
		fanOut(cases);
		for (const f of cases) {
			const arc = arcOf(f);
			expect(chordEnds(f)).toEqual([arc[0], arc.at(-1)]);
		}
		// Across the antimeridian the far end is unwrapped, as the arc draws it.
		expect(chordEnds(cases[1]!)[1]![0]).toBeGreaterThan(180);
	});

	it("are the first and last points of every bundled link's arc", () => {
		const links = JSON.parse(
			readFileSync(new URL('../../static/data/links.geojson', import.meta.url), 'utf8')
		) as LinksCollection;
		fanOut(links.features);
		for (const f of links.features) {
			const arc = arcOf(f);
			expect(chordEnds(f)).toEqual([arc[0], arc.at(-1)]);
		}
	});
});

describe('withArcs', () => {
	it('gives each link its arc as geometry and leaves the links as they were', () => {
		const features = [link('a', KABUL, ISLAMABAD), link('b', ISLAMABAD, KABUL)];
		fanOut(features);
		const drawn = withArcs(features);
		expect(drawn.map((f) => f.geometry.coordinates)).toEqual([
			arcCoordinates(KABUL, ISLAMABAD, { index: 0 }),
			arcCoordinates(ISLAMABAD, KABUL, { index: 1 })
		]);
		expect(drawn[0]!.properties).toBe(features[0]!.properties);
		expect(features[0]!.geometry.coordinates).toEqual([KABUL, ISLAMABAD]);
	});
});
