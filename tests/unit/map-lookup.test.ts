import { describe, expect, it } from 'vitest';
import { arcCoordinates } from '$lib/data/arcs';
import { selectionForHit, tooltipFor } from '$lib/map/hit';
import { buildLookup, coordsOf } from '$lib/map/lookup';
import { featureForSelection } from '$lib/map/focus';
import { LAYERS, SOURCES } from '$lib/map/ids';
import type { LinksCollection, PlacesCollection } from '$lib/data/schema';
import { MAX_LAT } from '$lib/map/mercator';

function place(
	id: string,
	kind: string,
	country: string | null,
	byYear: Record<string, number>,
	polygon?: string
) {
	return {
		type: 'Feature' as const,
		geometry: { type: 'Point' as const, coordinates: [69, 34] },
		properties: {
			id,
			name: id.replace(/^\w+-/, ''),
			kind,
			country,
			mentionsByYear: byYear,
			polygon
		}
	};
}
const places = {
	type: 'FeatureCollection',
	features: [
		place('city-dushanbe', 'city', 'TJ', { '2021': 3, undated: 1 }),
		place('country-pk', 'country', 'PK', { '2017': 2, '2021': 5 }),
		place('region-fata', 'region', 'PK', { '2017': 1 }, 'region-fata')
	]
} as PlacesCollection;
places.features[1]!.properties.name = 'Pakistan';
const links = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			geometry: {
				type: 'LineString',
				coordinates: [
					[71, 30],
					[68.8, 38.5]
				]
			},
			properties: {
				id: 'link-pk-tj-2021',
				type: 'meeting',
				parties: ['PK', 'TJ'],
				from: 'PK',
				to: 'TJ',
				directed: true,
				place: 'city-dushanbe',
				date: '2021-09-17',
				year: 2021,
				articles: 2,
				dateBasis: 'stated',
				status: 'held',
				absent: [],
				confidence: 0.85,
				reasons: ['date:stated'],
				corrected: false
			}
		}
	]
} as LinksCollection;
const lookup = buildLookup(places, links);

describe('selectionForHit', () => {
	it('selects the place of a clicked circle', () => {
		expect(selectionForHit({ layer: LAYERS.placeCircle, id: 'city-dushanbe' }, lookup)).toEqual({
			type: 'place',
			id: 'city-dushanbe'
		});
	});

	it('selects the link of a clicked arc', () => {
		expect(selectionForHit({ layer: LAYERS.linkLine, id: 'link-pk-tj-2021' }, lookup)).toEqual({
			type: 'link',
			id: 'link-pk-tj-2021'
		});
	});

	it('selects the place of a clicked region polygon', () => {
		expect(selectionForHit({ layer: LAYERS.regionFill, id: 'region-fata' }, lookup)).toEqual({
			type: 'place',
			id: 'region-fata'
		});
	});

	it('selects country-xx for a clicked mentioned country', () => {
		expect(selectionForHit({ layer: LAYERS.land, id: 'PK' }, lookup)).toEqual({
			type: 'place',
			id: 'country-pk'
		});
	});

	it('selects nothing for a country the articles never mention', () => {
		expect(selectionForHit({ layer: LAYERS.land, id: 'BR' }, lookup)).toBeNull();
	});

	it('selects nothing for an empty spot', () => {
		expect(selectionForHit(null, lookup)).toBeNull();
	});
});

describe('featureForSelection', () => {
	it('highlights a country on the basemap polygon by ISO code', () => {
		expect(featureForSelection({ type: 'place', id: 'country-pk' }, lookup)).toEqual({
			source: SOURCES.countries,
			id: 'PK'
		});
	});

	it('highlights a region on its polygon', () => {
		expect(featureForSelection({ type: 'place', id: 'region-fata' }, lookup)).toEqual({
			source: SOURCES.regions,
			id: 'region-fata'
		});
	});

	it('ignores an unknown id (from a stale URL)', () => {
		expect(featureForSelection({ type: 'link', id: 'nope' }, lookup)).toBeNull();
	});
});

describe('tooltipFor', () => {
	it('counts a place’s mentions in the year range only', () => {
		expect(
			tooltipFor({ layer: LAYERS.placeCircle, id: 'city-dushanbe' }, lookup, {
				from: 2021,
				to: 2021
			})?.detail
		).toBe('3 mentions · 1 link');
	});

	it('names a link by type and parties, visitor first', () => {
		expect(tooltipFor({ layer: LAYERS.linkLine, id: 'link-pk-tj-2021' }, lookup, null)).toEqual({
			title: 'Meeting: Pakistan → Tajikistan',
			detail: '17 Sep 2021 · 2 articles'
		});
	});

	it('says when a link is uncertain or did not take place', () => {
		const props = links.features[0]!.properties;
		const tip = (change: Partial<typeof props>) =>
			tooltipFor(
				{ layer: LAYERS.linkLineUncertain, id: props.id },
				buildLookup(places, {
					type: 'FeatureCollection',
					features: [{ ...links.features[0]!, properties: { ...props, ...change } }]
				}),
				null
			)?.detail;
		expect(tip({ confidence: 0.3 })).toBe('17 Sep 2021 · 2 articles · uncertain');
		expect(tip({ dateBasis: 'inferred' })).toBe('≈ 17 Sep 2021 · 2 articles · uncertain');
		expect(tip({ status: 'cancelled' })).toBe('17 Sep 2021 · 2 articles · called off or postponed');
	});

	it('stays quiet over a country the articles never mention', () => {
		expect(tooltipFor({ layer: LAYERS.land, id: 'BR' }, lookup, null)).toBeNull();
	});
});

describe('coordsOf', () => {
	it('gives a place its point and a link every point of its arc', () => {
		expect(coordsOf(lookup, 'city-dushanbe')).toEqual([[69, 34]]);
		expect(coordsOf(lookup, 'link-pk-tj-2021')).toEqual(arcCoordinates([71, 30], [68.8, 38.5]));
		expect(coordsOf(lookup, 'link-pk-tj-2021')).toHaveLength(17);
		expect(coordsOf(lookup, 'nowhere')).toEqual([]);
	});

	it('keeps an arc near a pole inside the Mercator latitudes', () => {
		const over = structuredClone(links);
		over.features[0]!.geometry.coordinates = [
			[10, 84],
			[-170, 84]
		];
		const lats = coordsOf(buildLookup(places, over), 'link-pk-tj-2021').map((c) => c[1]);
		expect(Math.max(...lats)).toBeLessThanOrEqual(MAX_LAT);
	});
});
