import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeClusters } from '$lib/map/place-clusters';
import { prepareFlows, preparePlaces } from '$lib/map/prepare';
import { buildFlows } from '$lib/map/flows';
import { EVENTS_VIEW, yearStates } from '$lib/map/year-states';
import { DEFAULT_SHOWN } from '$lib/state/types';
import type { LinksCollection, PlacesCollection } from '$lib/data/schema';
import { link } from '../fixtures/map/features';
import { buildLookup } from '$lib/map/lookup';
import { tooltipFor } from '$lib/map/hit';
import { LAYERS } from '$lib/map/ids';

const KABUL = [69.1833, 34.5167];
// 0.6° from Kabul: its marker would touch Kabul's at the first view.
const CHARIKAR = [69.1736, 35.0136];
const BAGRAM = [69.2653, 34.9461];
// As close, across the border: never merged with an Afghan city.
const NEAR_BORDER_PK = [69.55, 34.4];
const ISLAMABAD = [73.0479, 33.6844];

function city(id: string, coordinates: number[], country: string, mentions: number) {
	return {
		type: 'Feature' as const,
		geometry: { type: 'Point' as const, coordinates },
		properties: {
			id,
			name: id.replace('city-', ''),
			kind: 'city',
			country,
			capital: false,
			polygon: null,
			mentionsByYear: { '2020': mentions }
		}
	};
}

const places = {
	type: 'FeatureCollection',
	features: [
		city('city-charikar', CHARIKAR, 'AF', 2),
		city('city-kabul', KABUL, 'AF', 9),
		city('city-bagram', BAGRAM, 'AF', 1),
		city('city-landi', NEAR_BORDER_PK, 'PK', 3),
		city('city-islamabad', ISLAMABAD, 'PK', 5)
	]
} as PlacesCollection;

const links = {
	type: 'FeatureCollection',
	features: [link('pk-af', 'PK', 'AF', [ISLAMABAD, CHARIKAR], { year: 2020 })]
} as LinksCollection;

/** A merged city's id → the city standing for it. */
function headOf(clusters: ReturnType<typeof placeClusters>): Map<string, string> {
	return new Map([...clusters.members].flatMap(([head, ids]) => ids.map((id) => [id, head])));
}

describe('placeClusters', () => {
	it('merges the cities of a country whose markers would touch into the most mentioned', () => {
		const { members } = placeClusters(places);
		expect(headOf(placeClusters(places)).get('city-charikar')).toBe('city-kabul');
		expect(headOf(placeClusters(places)).get('city-bagram')).toBe('city-kabul');
		expect(members.get('city-kabul')).toEqual(['city-charikar', 'city-bagram']);
	});

	it('never merges across a border, nor cities far apart', () => {
		const merged = headOf(placeClusters(places));
		expect(merged.has('city-landi')).toBe(false);
		expect(merged.has('city-islamabad')).toBe(false);
		expect(merged.has('city-kabul')).toBe(false);
	});

	it('merges nothing in the bundled corpus, whose cities stand apart', () => {
		const bundled = JSON.parse(
			readFileSync(new URL('../../static/data/places.geojson', import.meta.url), 'utf8')
		) as PlacesCollection;
		expect(headOf(placeClusters(bundled)).size).toBe(0);
	});

	it('labels the city standing for others with how many, at the overview', () => {
		const labels = new Map(
			preparePlaces(places).features.map((f) => [f.properties.id, f.properties.label])
		);
		expect(labels.get('city-kabul')).toBe('kabul +2');
		expect(labels.get('city-charikar')).toBe('charikar');
	});
});

describe('merged cities on the map', () => {
	const overview = { events: false, focus: null };

	it('at the overview: the head counts them all, the others are off', () => {
		const s = yearStates(places, links, { from: 2020, to: 2020 }, DEFAULT_SHOWN, overview);
		expect(s.places.get('city-kabul')).toEqual({ count: 12, off: false });
		expect(s.places.get('city-charikar')).toEqual({ count: 0, off: true });
		expect(s.places.get('city-bagram')).toEqual({ count: 0, off: true });
		expect(s.places.get('city-landi')).toEqual({ count: 3, off: false });
	});

	it('zoomed in: each city on its own', () => {
		const s = yearStates(places, links, { from: 2020, to: 2020 }, DEFAULT_SHOWN, EVENTS_VIEW);
		expect(s.places.get('city-kabul')).toEqual({ count: 9, off: false });
		expect(s.places.get('city-charikar')).toEqual({ count: 2, off: false });
	});

	it('keeps a merged city on where an arc of the selection, drawn one by one, ends', () => {
		const s = yearStates(places, links, { from: 2020, to: 2020 }, DEFAULT_SHOWN, {
			events: false,
			focus: new Set(['pk-af'])
		});
		expect(s.places.get('city-charikar')).toEqual({ count: 2, off: false });
		expect(s.places.get('city-bagram')).toEqual({ count: 0, off: true });
	});

	it('draws a flow ending at a merged city to the city standing for it', () => {
		const flow = buildFlows(links).flows[0]!;
		expect(flow.line.at(-1)).toEqual(CHARIKAR);
		const drawn = prepareFlows(links, new Set([flow.id]), placeClusters(places).snap).features[0]!;
		expect(drawn.geometry.coordinates[0]).toEqual(ISLAMABAD);
		expect(drawn.geometry.coordinates.at(-1)).toEqual(KABUL);
		// Without clusters, the flow ends where its link does.
		expect(
			prepareFlows(links, new Set([flow.id])).features[0]!.geometry.coordinates.at(-1)
		).toEqual(CHARIKAR);
	});
});

describe('the tooltip of a city standing for others', () => {
	const lookup = buildLookup(places, links);
	const hit = { layer: LAYERS.placeCircle, id: 'city-kabul' };

	it('names them at the overview', () => {
		expect(tooltipFor(hit, lookup, null, () => true, true)?.detail).toBe(
			'9 mentions · with charikar, bagram nearby: zoom in to part them'
		);
	});

	it('says nothing of them zoomed in, where each has its own marker', () => {
		expect(tooltipFor(hit, lookup, null, () => true, false)?.detail).toBe('9 mentions');
	});
});
