import { describe, expect, it } from 'vitest';
import { createPropertyExpression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import type {
	FilterSpecification,
	StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';
import {
	COUNTRY_TINT,
	countryFillExpression,
	countryOutlineExpression,
	offFlag,
	placeCountExpression,
	placeFilters,
	placeRadiusExpression
} from '$lib/map/expressions';
import { preparePlaces, prepareLinks } from '$lib/map/prepare';
import { arcCoordinates, type LngLat } from '$lib/data/arcs';
import { fanOut } from '$lib/data/link-arcs';
import { yearStates } from '$lib/map/year-states';
import type { LinkProperties, LinksCollection, PlacesCollection } from '$lib/data/schema';
import { mentionedRamp, over, themeTokens } from '$lib/config/tokens';
import { MAX_LAT } from '$lib/map/mercator';

function place(
	id: string,
	kind: string,
	byYear: Record<string, number>,
	polygon: string | null = null,
	capital = false,
	coordinates = [69, 34]
) {
	return {
		type: 'Feature' as const,
		geometry: { type: 'Point' as const, coordinates },
		properties: {
			id,
			name: id,
			kind,
			country: 'AF',
			mentionsByYear: byYear,
			polygon,
			capital
		}
	};
}

const rawPlaces = {
	type: 'FeatureCollection',
	features: [
		place('city-kabul', 'city', { '2017': 2, '2021': 3, undated: 1 }, null, true, [69.18, 34.53]),
		place('city-moscow', 'city', { '2017': 4 }, null, false, [37.62, 55.75]),
		place('city-dushanbe', 'city', { '2021': 2, undated: 1 }),
		place('city-somewhere', 'city', { undated: 2 }),
		place('country-af', 'country', { '2017': 9 }),
		place('province-panjshir', 'province', { '2019': 1 }, 'province-panjshir')
	]
} as PlacesCollection;
const places = preparePlaces(rawPlaces);

function link(id: string, year: number | null) {
	return {
		type: 'Feature' as const,
		geometry: {
			type: 'LineString' as const,
			// Kabul to Rome, a capital no article names.
			coordinates: [
				[69.18, 34.53],
				[12.5, 41.9]
			]
		},
		properties: {
			id,
			type: 'talks',
			parties: ['IT', 'taliban'],
			from: 'taliban',
			to: 'IT',
			directed: true,
			place: null,
			date: year ? String(year) : null,
			year,
			articles: 1,
			dateBasis: year ? 'stated' : null,
			status: 'held',
			absent: [],
			confidence: 0.8,
			reasons: [],
			corrected: false
		}
	};
}
const rawLinks = {
	type: 'FeatureCollection',
	features: [link('l2017', 2017), link('l2021', 2021), link('lundated', null)]
} as LinksCollection;

function passing(filter: FilterSpecification, features: { properties: object }[]) {
	const f = featureFilter(filter, 'filter');
	return features
		.filter((x) => f.filter({ zoom: 3 }, { type: 1, properties: x.properties } as never))
		.map((x) => (x.properties as { id: string }).id);
}

/** Ids not hidden by the year range (feature-state `off`). */
function shown(kind: 'places' | 'links', range: { from: number; to: number } | null): string[] {
	const states = yearStates(rawPlaces, rawLinks, range)[kind];
	return [...states].filter(([, s]) => s.off !== true).map(([id]) => id);
}

function evaluate(
	expression: unknown,
	property: 'circle-radius' | 'circle-opacity',
	props: object,
	state: Record<string, unknown>
): number {
	const spec = latest.paint_circle[property] as StylePropertySpecification;
	const result = createPropertyExpression(expression, property, spec);
	if (result.result !== 'success') throw new Error(JSON.stringify(result.value));
	return result.value.evaluate(
		{ zoom: 3 },
		{ type: 1, properties: props } as never,
		state as never
	) as number;
}

const kabul = places.features[0]!.properties;

describe('yearStates: links', () => {
	it('keeps only links of the chosen year', () => {
		expect(shown('links', { from: 2017, to: 2017 })).toEqual(['l2017']);
	});

	it('keeps every link in an inclusive range but not undated ones', () => {
		expect(shown('links', { from: 2017, to: 2021 })).toEqual(['l2017', 'l2021']);
	});

	it('shows undated links only when no range is set', () => {
		expect(shown('links', null)).toEqual(['l2017', 'l2021', 'lundated']);
	});

	it('hides uncertain links when asked, and links that did not take place unless asked', () => {
		const make = (id: string, change: Record<string, unknown>) => {
			const f = link(id, 2017);
			return { ...f, properties: { ...f.properties, ...change } };
		};
		const mixed = {
			type: 'FeatureCollection',
			features: [
				make('sure', {}),
				make('weak', { confidence: 0.2 }),
				make('off', { status: 'planned' })
			]
		} as LinksCollection;
		const on = (
			shownNow: { uncertain: boolean; notHeld: boolean; hiddenTypes?: string[] },
			range = null
		) =>
			[...yearStates(rawPlaces, mixed, range, { hiddenTypes: [], ...shownNow }).links]
				.filter(([, s]) => s.off !== true)
				.map(([id]) => id);
		expect(on({ uncertain: true, notHeld: false })).toEqual(['sure', 'weak']);
		expect(on({ uncertain: false, notHeld: false })).toEqual(['sure']);
		expect(on({ uncertain: false, notHeld: true })).toEqual(['sure', 'off']);
		// The year range still applies to what is shown.
		expect(on({ uncertain: true, notHeld: true }, { from: 2018, to: 2019 } as never)).toEqual([]);
	});

	it('hides the link types the legend switched off, whatever their certainty', () => {
		const make = (id: string, type: string, extra: Partial<LinkProperties>) => ({
			...rawLinks.features[0]!,
			properties: { ...rawLinks.features[0]!.properties, id, type, ...extra }
		});
		const mixed = {
			type: 'FeatureCollection',
			features: [
				make('visit', 'visit', {}),
				make('talks', 'talks', {}),
				make('weak-talks', 'talks', { confidence: 0.2 })
			]
		} as LinksCollection;
		const on = (hiddenTypes: string[]) =>
			[
				...yearStates(rawPlaces, mixed, null, { uncertain: true, notHeld: false, hiddenTypes })
					.links
			]
				.filter(([, s]) => s.off !== true)
				.map(([id]) => id);
		expect(on([])).toEqual(['visit', 'talks', 'weak-talks']);
		expect(on(['talks'])).toEqual(['visit']);
		expect(on(['talks', 'visit'])).toEqual([]);
	});
});

describe('yearStates: places', () => {
	it('hides places not mentioned in the range, but keeps the ends of the arcs shown', () => {
		expect(shown('places', { from: 2021, to: 2021 })).toEqual([
			'city-kabul',
			'city-dushanbe',
			'end-it'
		]);
	});

	it('marks an arc end no mentioned place marks, named by its party, hidden with its arcs', () => {
		const withEnds = preparePlaces(rawPlaces, rawLinks);
		const end = withEnds.features.find((f) => f.properties.id === 'end-it')!;
		expect(end.geometry.coordinates).toEqual([12.5, 41.9]);
		expect(end.properties).toMatchObject({ kind: 'party', name: 'Italy', capital: true });
		// Kabul already marks the other end: no second marker there.
		expect(withEnds.features).toHaveLength(rawPlaces.features.length + 1);
		const states = yearStates(rawPlaces, rawLinks, null, {
			uncertain: true,
			notHeld: true,
			hiddenTypes: ['talks']
		}).places;
		expect(states.get('end-it')?.off).toBe(true);
	});

	it('keeps a place whose arc is shown even in a year it is not mentioned', () => {
		const moscowArc = {
			...rawLinks,
			features: [
				{
					...rawLinks.features[1]!,
					geometry: {
						type: 'LineString' as const,
						coordinates: [
							[69.18, 34.53],
							[37.62, 55.75]
						]
					}
				}
			]
		} as LinksCollection;
		const states = yearStates(rawPlaces, moscowArc, { from: 2021, to: 2021 }).places;
		expect(states.get('city-moscow')).toEqual({ count: 0, off: false });
		expect(states.get('city-somewhere')?.off).toBe(true);
	});

	it('hides everything when the range holds no data year', () => {
		expect(shown('places', { from: 2018, to: 2018 })).toEqual([]);
	});

	it('counts mentions summed over the years in the range', () => {
		const states = yearStates(rawPlaces, rawLinks, { from: 2017, to: 2021 }).places;
		expect(states.get('city-kabul')?.count).toBe(5);
	});

	it('counts undated mentions only without a range', () => {
		const states = yearStates(rawPlaces, rawLinks, null).places;
		expect(states.get('city-kabul')?.count).toBe(6);
	});

	it('equals the style defaults (nothing hidden, all-years counts) without a range', () => {
		const states = yearStates(rawPlaces, rawLinks, null).places;
		expect(states.get('city-kabul')).toEqual({ count: kabul.total, off: false });
	});
});

describe('placeFilters', () => {
	it('draws as points only non-country places without a polygon', () => {
		expect(passing(placeFilters().places, places.features)).toEqual([
			'city-kabul',
			'city-moscow',
			'city-dushanbe',
			'city-somewhere'
		]);
	});

	it('gives the capital dot only capitals', () => {
		expect(passing(placeFilters().capitals, places.features)).toEqual(['city-kabul']);
	});
});

describe('placeCountExpression', () => {
	it('reads the count in the range from feature-state', () => {
		expect(evaluate(placeCountExpression(), 'circle-radius', kabul, { count: 3 })).toBe(3);
	});

	it('falls back to all-years mentions before any state is set', () => {
		expect(evaluate(placeCountExpression(), 'circle-radius', kabul, {})).toBe(6);
	});
});

describe('offFlag', () => {
	it('zeroes a value while the year range hides the feature', () => {
		const opacity = ['case', offFlag(), 0, 0.9];
		expect(evaluate(opacity, 'circle-opacity', kabul, { off: true })).toBe(0);
		expect(evaluate(opacity, 'circle-opacity', kabul, {})).toBe(0.9);
	});
});

describe('prepareLinks', () => {
	it('draws each link as the arc of its two ends and its fan index among the links sharing them', () => {
		const first = link('l2017', 2017);
		const second = link('l2018', 2018);
		const links = { type: 'FeatureCollection', features: [first, second] } as LinksCollection;
		fanOut(links.features);
		const [kabul, rome] = first.geometry.coordinates as [LngLat, LngLat];
		const out = prepareLinks(links);
		expect(out.features[0]!.geometry.coordinates).toEqual(
			arcCoordinates(kabul, rome, { index: 0 })
		);
		expect(out.features[1]!.geometry.coordinates).toEqual(
			arcCoordinates(kabul, rome, { index: 1 })
		);
		expect(out.features[1]!.geometry.coordinates).not.toEqual(
			out.features[0]!.geometry.coordinates
		);
	});

	it('keeps arcs near a pole inside the Mercator latitude range', () => {
		const over = link('lpole', 2021);
		over.geometry.coordinates = [
			[10, 84],
			[-170, 84]
		];
		const out = prepareLinks({ type: 'FeatureCollection', features: [over] } as LinksCollection);
		const lats = out.features[0]!.geometry.coordinates.map((c) => c[1]!);
		expect(Math.max(...lats)).toBeLessThanOrEqual(MAX_LAT);
	});

	it('builds a link for the source once, however many views draw it', () => {
		const links = {
			type: 'FeatureCollection',
			features: [link('l2017', 2017)]
		} as LinksCollection;
		expect(prepareLinks(links).features[0]).toBe(prepareLinks(links).features[0]);
	});

	it('sends the worker only the id and what the expressions read', () => {
		const out = prepareLinks({
			type: 'FeatureCollection',
			features: [link('l2017', 2017)]
		} as LinksCollection);
		expect(out.features[0]!.properties).toEqual({
			id: 'l2017',
			type: 'talks',
			articles: 1,
			certainty: 'certain',
			directed: true
		});
	});

	it('tells each arc layer its links: certain, uncertain (low confidence or inferred date), not held', () => {
		const make = (id: string, change: Record<string, unknown>) => {
			const f = link(id, 2017);
			return { ...f, properties: { ...f.properties, ...change } };
		};
		const out = prepareLinks({
			type: 'FeatureCollection',
			features: [
				make('sure', {}),
				make('weak', { confidence: 0.3 }),
				make('guessed', { dateBasis: 'inferred' }),
				make('fixed', { confidence: 0.3, corrected: true }),
				make('off', { status: 'cancelled' })
			]
		} as LinksCollection);
		expect(out.features.map((f) => [f.properties.id, f.properties.certainty])).toEqual([
			['sure', 'certain'],
			['weak', 'uncertain'],
			['guessed', 'uncertain'],
			['fixed', 'certain'],
			['off', 'notHeld']
		]);
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

describe('countryFillExpression', () => {
	const t = themeTokens('light');
	const ramp = mentionedRamp(t.map);
	const fill = (state: Record<string, unknown>, expression = countryFillExpression(t)) => {
		const spec = latest.paint_fill['fill-color'] as StylePropertySpecification;
		const r = createPropertyExpression(expression, 'fill-color', spec);
		if (r.result !== 'success') throw new Error(JSON.stringify(r.value));
		const c = r.value.evaluate(
			{ zoom: 3 },
			{ type: 3, properties: {} } as never,
			state as never
		) as {
			r: number;
			g: number;
			b: number;
		};
		return [c.r, c.g, c.b].map((v) => Math.round(v * 255));
	};
	const hex = (h: string) => [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16));

	it('leaves countries without mentions in the range in the land colour', () => {
		expect(fill({})).toEqual(hex(t.map.land));
		expect(fill({ count: 0, share: 0.5 })).toEqual(hex(t.map.land));
	});

	it('paints mentioned countries along the ramp, by their share of mentions', () => {
		expect(fill({ count: 2, share: 0 })).toEqual(hex(ramp.low));
		expect(fill({ count: 9, share: 1 })).toEqual(hex(ramp.high));
		const mid = fill({ count: 4, share: 0.5 });
		mid.forEach((v, i) => {
			const [a, b] = [hex(ramp.low)[i]!, hex(ramp.high)[i]!];
			expect(v).toBeGreaterThanOrEqual(Math.min(a, b));
			expect(v).toBeLessThanOrEqual(Math.max(a, b));
		});
	});

	it('tints a hovered or selected country with the highlight colours (selected wins)', () => {
		expect(fill({ hover: true })).toEqual(hex(over(t.map.land, t.map.highlight, COUNTRY_TINT)));
		expect(fill({ selected: true, hover: true, count: 3, share: 1 })).toEqual(
			hex(over(t.map.land, t.map.selected, COUNTRY_TINT))
		);
	});

	it('draws borders in the border colour, highlighted on a hovered or selected country', () => {
		const outline = countryOutlineExpression(t);
		expect(fill({}, outline)).toEqual(hex(t.map.border));
		expect(fill({ hover: true }, outline)).toEqual(hex(t.map.highlight));
		expect(fill({ selected: true }, outline)).toEqual(hex(t.map.selected));
	});
});
