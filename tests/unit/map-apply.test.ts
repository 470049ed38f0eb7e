import { describe, expect, it } from 'vitest';
import { applyPolygonCounts, applyTheme, applyYearFilter, type StyleTarget } from '$lib/map/apply';
import { yearFilter } from '$lib/map/expressions';
import { LAYERS, SOURCES, YEAR_FILTERED_LAYERS } from '$lib/map/ids';
import { themeTokens } from '$lib/config/tokens';

/** A fake map that records every call; it has all layers and sources. */
function fakeMap() {
	const calls: [string, ...unknown[]][] = [];
	const map: StyleTarget & { calls: typeof calls } = {
		calls,
		getLayer: () => ({}),
		getSource: () => ({}),
		setFilter: (...a) => calls.push(['setFilter', ...a]),
		setPaintProperty: (...a) => calls.push(['setPaintProperty', ...a]),
		setLayoutProperty: (...a) => calls.push(['setLayoutProperty', ...a]),
		setFeatureState: (...a) => calls.push(['setFeatureState', ...a])
	};
	return map;
}

describe('applyYearFilter', () => {
	it('sets the filter of every year-dependent layer', () => {
		const map = fakeMap();
		applyYearFilter(map, yearFilter({ from: 2017, to: 2017 }, [2017]), themeTokens('light'));
		const filtered = map.calls.filter((c) => c[0] === 'setFilter').map((c) => c[1]);
		expect(filtered.sort()).toEqual([...YEAR_FILTERED_LAYERS].sort());
	});

	it('gives the link layers the link filter', () => {
		const map = fakeMap();
		const yf = yearFilter({ from: 2017, to: 2017 }, [2017]);
		applyYearFilter(map, yf, themeTokens('light'));
		const link = map.calls.find((c) => c[0] === 'setFilter' && c[1] === LAYERS.linkLine);
		expect(link?.[2]).toEqual(yf.links);
	});

	it('only sets filters and the circle radius: no source is touched', () => {
		const map = fakeMap();
		applyYearFilter(map, yearFilter({ from: 2017, to: 2021 }, [2017, 2021]), themeTokens('light'));
		const kinds = new Set(
			map.calls.map((c) => (c[0] === 'setPaintProperty' ? `paint:${c[2]}` : c[0]))
		);
		expect([...kinds].sort()).toEqual(['paint:circle-radius', 'setFilter']);
	});
});

describe('applyPolygonCounts', () => {
	it('sets the count of each mentioned country and region as feature-state', () => {
		const map = fakeMap();
		applyPolygonCounts(
			map,
			{ countries: new Map([['AF', 4]]), regions: new Map([['region-fata', 2]]) },
			{ countries: new Set(), regions: new Set() }
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
			{ countries: new Set(['PK']), regions: new Set() }
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
			{ countries: new Set(), regions: new Set() }
		);
		const pk = map.calls.find((c) => (c[1] as { id: string }).id === 'PK');
		expect(pk?.[2]).toEqual({ count: 4, share: 0.5 });
	});

	it('waits for a source that is not added yet', () => {
		const map = { ...fakeMap(), getSource: () => undefined };
		const prev = { countries: new Set(['PK']), regions: new Set<string>() };
		expect(
			applyPolygonCounts(map, { countries: new Map([['AF', 1]]), regions: new Map() }, prev)
		).toEqual(prev);
	});
});

describe('applyTheme', () => {
	it('sets the projector colours on the map layers', () => {
		const map = fakeMap();
		applyTheme(map, themeTokens('projector'), yearFilter(null, []));
		const bg = map.calls.find((c) => c[1] === LAYERS.background && c[2] === 'background-color');
		expect(bg?.[3]).toBe(themeTokens('projector').map.sea);
	});

	it('never replaces a filter', () => {
		const map = fakeMap();
		applyTheme(map, themeTokens('dark'), yearFilter(null, []));
		expect(map.calls.some((c) => c[0] === 'setFilter')).toBe(false);
	});
});
