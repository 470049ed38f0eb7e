import { describe, expect, it } from 'vitest';
import { createPropertyExpression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import type {
	FilterSpecification,
	StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';
import { yearFilter, yearCountExpression, placeRadiusExpression } from '$lib/map/expressions';
import { preparePlaces, prepareLinks, type MapPlaceProps } from '$lib/map/prepare';
import type { LinksCollection, PlacesCollection } from '$lib/data/schema';

const YEARS = [2017, 2019, 2021];

function place(
	id: string,
	kind: string,
	byYear: Record<string, number>,
	polygon: string | null = null,
	capital = false
) {
	return {
		type: 'Feature' as const,
		geometry: { type: 'Point' as const, coordinates: [69, 34] },
		properties: {
			id,
			name: id,
			kind,
			country: 'AF',
			mentions: [],
			mentionsByYear: byYear,
			polygon,
			capital
		}
	};
}

const places = preparePlaces(
	{
		type: 'FeatureCollection',
		features: [
			place('city-kabul', 'city', { '2017': 2, '2021': 3, undated: 1 }, null, true),
			place('city-moscow', 'city', { '2017': 4 }),
			place('city-dushanbe', 'city', { '2021': 2, undated: 1 }),
			place('city-somewhere', 'city', { undated: 2 }),
			place('country-af', 'country', { '2017': 9 }),
			place('province-panjshir', 'province', { '2019': 1 }, 'province-panjshir')
		]
	} as PlacesCollection,
	YEARS
);

function link(id: string, year: number | null) {
	return {
		type: 'Feature' as const,
		geometry: {
			type: 'LineString' as const,
			coordinates: [
				[69, 34],
				[37, 55]
			]
		},
		properties: {
			id,
			type: 'talks',
			parties: ['RU', 'taliban'],
			from: 'taliban',
			to: 'RU',
			place: null,
			date: year ? String(year) : null,
			year,
			evidence: [{ article: 'a', paragraph: 0, sentence: 's' }]
		}
	};
}
const links = prepareLinks({
	type: 'FeatureCollection',
	features: [link('l2017', 2017), link('l2021', 2021), link('lundated', null)]
} as LinksCollection);

function passing(filter: FilterSpecification, features: { properties: object }[]) {
	const f = featureFilter(filter, 'filter');
	return features
		.filter((x) => f.filter({ zoom: 3 }, { type: 1, properties: x.properties } as never))
		.map((x) => (x.properties as { id: string }).id);
}

function count(range: { from: number; to: number } | null, props: MapPlaceProps): number {
	const spec = latest.paint_circle['circle-radius'] as StylePropertySpecification;
	const result = createPropertyExpression(yearCountExpression(range, YEARS), 'count', spec);
	if (result.result !== 'success') throw new Error(JSON.stringify(result.value));
	return result.value.evaluate({ zoom: 3 }, { type: 1, properties: props } as never) as number;
}

const kabul = places.features[0]!.properties;

describe('yearFilter: links', () => {
	it('keeps only links of the chosen year', () => {
		expect(passing(yearFilter({ from: 2017, to: 2017 }, YEARS).links, links.features)).toEqual([
			'l2017'
		]);
	});

	it('keeps every link in an inclusive range but not undated ones', () => {
		expect(passing(yearFilter({ from: 2017, to: 2021 }, YEARS).links, links.features)).toEqual([
			'l2017',
			'l2021'
		]);
	});

	it('shows undated links only when no range is set', () => {
		expect(passing(yearFilter(null, YEARS).links, links.features)).toEqual([
			'l2017',
			'l2021',
			'lundated'
		]);
	});
});

describe('yearFilter: places', () => {
	it('draws as points only mentioned non-country places without a polygon', () => {
		expect(passing(yearFilter(null, YEARS).places, places.features)).toEqual([
			'city-kabul',
			'city-moscow',
			'city-dushanbe',
			'city-somewhere'
		]);
	});

	it('hides places not mentioned in the range', () => {
		expect(passing(yearFilter({ from: 2021, to: 2021 }, YEARS).places, places.features)).toEqual([
			'city-kabul',
			'city-dushanbe'
		]);
	});

	it('gives the capital dot only capitals', () => {
		expect(passing(yearFilter(null, YEARS).capitals, places.features)).toEqual(['city-kabul']);
	});

	it('hides everything when the range holds no data year', () => {
		expect(passing(yearFilter({ from: 2018, to: 2018 }, YEARS).places, places.features)).toEqual(
			[]
		);
	});
});

describe('yearCountExpression', () => {
	it('sums mentions over the years in the range', () => {
		expect(count({ from: 2017, to: 2021 }, kabul)).toBe(5);
	});

	it('counts one year alone', () => {
		expect(count({ from: 2021, to: 2021 }, kabul)).toBe(3);
	});

	it('counts undated mentions only without a range', () => {
		expect(count(null, kabul)).toBe(6);
	});
});

describe('prepareLinks', () => {
	it('keeps arcs bent over a pole inside the Mercator latitude range', () => {
		const over = link('lpole', 2021);
		over.geometry.coordinates = [
			[73, 33],
			[0, 118],
			[-77, 38]
		];
		const out = prepareLinks({ type: 'FeatureCollection', features: [over] } as LinksCollection);
		expect(out.features[0]!.geometry.coordinates[1]).toEqual([0, 85]);
	});
});

describe('placeRadiusExpression', () => {
	it('grows with mentions and stays capped', () => {
		const spec = latest.paint_circle['circle-radius'] as StylePropertySpecification;
		const radius = (n: number) => {
			const r = createPropertyExpression(placeRadiusExpression(['get', 'n'], 1), 'r', spec);
			if (r.result !== 'success') throw new Error('bad expression');
			return r.value.evaluate({ zoom: 3 }, { type: 1, properties: { n } } as never) as number;
		};
		expect(radius(1)).toBeLessThan(radius(9));
		expect(radius(10_000)).toBe(16);
	});
});
