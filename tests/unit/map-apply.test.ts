import { describe, expect, it } from 'vitest';
import { fakeMap } from '../fixtures/map/fake-map';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import {
	applyPolygonCounts,
	applyTheme,
	applyYearStates,
	NOTHING_COUNTED,
	placeLabelFilter
} from '$lib/map/apply';
import { pointPlaceFilter } from '$lib/map/expressions';
import { LAYERS, SOURCES } from '$lib/map/ids';
import type { YearStates } from '$lib/map/year-states';
import { themeTokens } from '$lib/config/tokens';

function states(
	places: [string, Record<string, number | boolean>][],
	links: [string, Record<string, number | boolean>][] = []
): YearStates {
	return {
		places: new Map(places),
		links: new Map(links),
		flows: new Map(),
		flowsDrawn: { drawn: 0, of: 0 }
	};
}

describe('applyYearStates', () => {
	it('sets only the state values that changed', () => {
		const map = fakeMap();
		applyYearStates(
			map,
			states([
				['city-kabul', { count: 2, off: false }],
				['city-moscow', { count: 0, off: true }]
			]),
			states([
				['city-kabul', { count: 5, off: false }],
				['city-moscow', { count: 0, off: true }]
			])
		);
		expect(map.calls).toEqual([
			['setFeatureState', { source: SOURCES.places, id: 'city-kabul' }, { count: 2 }]
		]);
	});

	it('hides links on their own source', () => {
		const map = fakeMap();
		applyYearStates(map, states([], [['l1', { off: true }]]), states([], [['l1', { off: false }]]));
		expect(map.calls).toEqual([
			['setFeatureState', { source: SOURCES.links, id: 'l1' }, { off: true }]
		]);
	});

	it('only sets feature-state: no filter, paint property or source is touched', () => {
		const map = fakeMap();
		applyYearStates(
			map,
			states([['a', { count: 1, off: false }]], [['l', { off: true }]]),
			states([['a', { count: 0, off: true }]], [['l', { off: false }]])
		);
		expect(new Set(map.calls.map((c) => c[0]))).toEqual(new Set(['setFeatureState']));
	});
});

describe('placeLabelFilter', () => {
	const labelled = (
		filter: ReturnType<typeof placeLabelFilter>['filter'],
		places: Record<string, unknown>[]
	) => {
		const f = featureFilter(filter, 'filter');
		return places
			.filter((p) => f.filter({ zoom: 3 }, { type: 1, properties: p } as never))
			.map((p) => p.id);
	};
	const city = (id: string) => ({ id, kind: 'city', polygon: '' });

	it('drops the labels of places the range hides, so they take no room', () => {
		const { filter, key } = placeLabelFilter(
			states([
				['city-kabul', { count: 2, off: false }],
				['city-moscow', { count: 0, off: true }],
				['city-doha', { count: 0, off: true }]
			])
		);
		expect(labelled(filter, [city('city-kabul'), city('city-moscow'), city('city-doha')])).toEqual([
			'city-kabul'
		]);
		expect(key).toBe('city-doha\ncity-moscow');
	});

	it('keeps the constant place filter: countries and polygon regions never get a point label', () => {
		const { filter } = placeLabelFilter(states([['city-moscow', { count: 0, off: true }]]));
		const country = { id: 'country-af', kind: 'country', polygon: '' };
		const region = { id: 'region-fata', kind: 'region', polygon: 'PAK-1112' };
		expect(labelled(filter, [city('city-kabul'), country, region])).toEqual(['city-kabul']);
	});

	it('is the style’s own filter when nothing is hidden (all years)', () => {
		const all = placeLabelFilter(states([['city-kabul', { count: 3, off: false }]]));
		expect(all.filter).toEqual(pointPlaceFilter());
		expect(all.key).toBe('');
	});
});

describe('applyPolygonCounts', () => {
	it('sets the count of each mentioned country and region as feature-state', () => {
		const map = fakeMap();
		applyPolygonCounts(
			map,
			{ countries: new Map([['AF', 4]]), regions: new Map([['region-fata', 2]]) },
			NOTHING_COUNTED
		);
		expect(map.calls).toEqual([
			['setFeatureState', { source: SOURCES.countries, id: 'AF' }, { count: 4, share: 1 }],
			['setFeatureState', { source: SOURCES.regions, id: 'region-fata' }, { count: 2, share: 1 }]
		]);
	});

	it('resets polygons counted before but not in the new range', () => {
		const map = fakeMap();
		const next = applyPolygonCounts(
			map,
			{ countries: new Map(), regions: new Map() },
			{ countries: new Map([['PK', { count: 3, share: 1 }]]), regions: new Map() }
		);
		expect(map.calls).toEqual([
			['setFeatureState', { source: SOURCES.countries, id: 'PK' }, { count: 0, share: 0 }]
		]);
		expect(next.countries.size).toBe(0);
	});

	it('scales the fill share by the square root of the count relative to the largest', () => {
		const map = fakeMap();
		applyPolygonCounts(
			map,
			{
				countries: new Map([
					['AF', 16],
					['PK', 4]
				]),
				regions: new Map()
			},
			NOTHING_COUNTED
		);
		const pk = map.calls.find((c) => (c[1] as { id: string }).id === 'PK');
		expect(pk?.[2]).toEqual({ count: 4, share: 0.5 });
	});

	it('sets only the polygons whose count or share changed', () => {
		const map = fakeMap();
		const counts = (af: number, pk: number) => ({
			countries: new Map([
				['AF', af],
				['PK', pk],
				['IR', 1]
			]),
			regions: new Map()
		});
		const before = applyPolygonCounts(map, counts(16, 4), NOTHING_COUNTED);
		map.calls.length = 0;
		// PK's count changes; AF stays the largest, so IR's share stays too.
		applyPolygonCounts(map, counts(16, 9), before);
		expect(map.calls).toEqual([
			['setFeatureState', { source: SOURCES.countries, id: 'PK' }, { count: 9, share: 0.75 }]
		]);
		map.calls.length = 0;
		// A new largest count changes every share.
		applyPolygonCounts(map, counts(64, 4), before);
		expect(map.calls.map((c) => (c[1] as { id: string }).id)).toEqual(['AF', 'PK', 'IR']);
	});

	it('waits for a source that is not added yet', () => {
		const map = { ...fakeMap(), getSource: () => undefined };
		const prev = { countries: new Map([['PK', { count: 3, share: 1 }]]), regions: new Map() };
		expect(
			applyPolygonCounts(map, { countries: new Map([['AF', 1]]), regions: new Map() }, prev)
		).toEqual(prev);
	});
});

describe('applyTheme', () => {
	it('sets the projector colours on the map layers', () => {
		const map = fakeMap();
		applyTheme(map, themeTokens('projector'));
		const bg = map.calls.find((c) => c[1] === LAYERS.background && c[2] === 'background-color');
		expect(bg?.[3]).toBe(themeTokens('projector').map.sea);
	});

	it('never replaces a filter', () => {
		const map = fakeMap();
		applyTheme(map, themeTokens('dark'));
		expect(map.calls.some((c) => c[0] === 'setFilter')).toBe(false);
	});
});
