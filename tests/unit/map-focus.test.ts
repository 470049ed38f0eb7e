/**
 * Focus + context: what a selection is connected to (`focusOf`, on the bundled corpus's own
 * data) and the feature-state that dims the rest (`applyFocus`, on a fake map).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeMap } from '../fixtures/map/fake-map';
import { applyFocus, focusOf, NOTHING_DIMMED } from '$lib/map/focus';
import { SOURCES } from '$lib/map/ids';
import { buildLookup } from '$lib/map/lookup';
import { validateLinks, type LinksCollection, type PlacesCollection } from '$lib/data/schema';

const read = (f: string) =>
	JSON.parse(readFileSync(new URL(`../../static/data/${f}`, import.meta.url), 'utf8'));
const places = read('places.geojson') as PlacesCollection;
const links = validateLinks(read('links.geojson'));
const lookup = buildLookup(places, links);
const pointOf = (id: string) =>
	places.features.find((f) => f.properties.id === id)!.geometry.coordinates.join();
const ends = (f: LinksCollection['features'][number]) => {
	const c = f.geometry.coordinates;
	return [c[0]!.join(), c[c.length - 1]!.join()];
};

describe('focusOf', () => {
	it('nothing selected: nothing in focus, nothing dimmed', () => {
		expect(focusOf(null, lookup)).toBeNull();
		expect(focusOf({ type: 'place', id: 'city-nowhere' }, lookup)).toBeNull();
	});

	it('a city: the arcs that end there or are held there, and no other', () => {
		const kabul = pointOf('city-kabul');
		const focus = focusOf({ type: 'place', id: 'city-kabul' }, lookup)!;
		for (const f of links.features) {
			const touches = ends(f).includes(kabul) || f.properties.place === 'city-kabul';
			expect(focus.links.has(f.properties.id), f.properties.id).toBe(touches);
		}
		expect(focus.links.size).toBeGreaterThan(0);
		expect(focus.links.size).toBeLessThan(links.features.length);
		// The places at the other ends stay in focus too.
		expect(focus.places.has('city-kabul')).toBe(true);
		expect(focus.places.has('city-islamabad')).toBe(true);
	});

	it('a country: every arc it is a party to, wherever the arc is drawn', () => {
		const focus = focusOf({ type: 'place', id: 'country-tj' }, lookup)!;
		const expected = links.features
			.filter((f) => f.properties.parties.includes('TJ'))
			.map((f) => f.properties.id);
		expect(expected.length).toBeGreaterThan(0);
		for (const id of expected) expect(focus.links.has(id)).toBe(true);
		for (const id of focus.links) {
			const l = lookup.links.get(id)!;
			const venueCountry = l.place ? lookup.places.get(l.place)?.country : null;
			expect(l.parties.includes('TJ') || venueCountry === 'TJ').toBe(true);
		}
	});

	it('an arc: itself and the places at its ends', () => {
		const f = links.features.find((g) => ends(g).includes(pointOf('city-dushanbe')))!;
		const focus = focusOf({ type: 'link', id: f.properties.id }, lookup)!;
		expect([...focus.links]).toEqual([f.properties.id]);
		expect(focus.places.has('city-dushanbe')).toBe(true);
	});
});

describe('applyFocus', () => {
	const all = { places: ['a', 'b', 'c'], links: ['l1', 'l2'] };

	it('dims what is not connected, and sets only what changes', () => {
		const map = fakeMap();
		const dimmed = applyFocus(
			map,
			{ places: new Set(['a']), links: new Set(['l1']) },
			all,
			NOTHING_DIMMED
		);
		expect(map.calls).toEqual([
			['setFeatureState', { source: SOURCES.places, id: 'b' }, { dim: true }],
			['setFeatureState', { source: SOURCES.places, id: 'c' }, { dim: true }],
			['setFeatureState', { source: SOURCES.links, id: 'l2' }, { dim: true }]
		]);
		map.calls.length = 0;
		applyFocus(map, { places: new Set(['a', 'b']), links: new Set(['l1']) }, all, dimmed);
		expect(map.calls).toEqual([
			['setFeatureState', { source: SOURCES.places, id: 'b' }, { dim: false }]
		]);
	});

	it('sets only the links it is given, and brings back one dimmed before that is no longer among them', () => {
		const map = fakeMap();
		const dimmed = applyFocus(
			map,
			{ places: new Set(['a', 'b', 'c']), links: new Set(['l1']) },
			{ places: all.places, links: ['l1', 'l2'] },
			NOTHING_DIMMED
		);
		map.calls.length = 0;
		// The links source now holds l1 and l3 (l2 left it with its flow).
		const now = applyFocus(
			map,
			{ places: new Set(['a', 'b', 'c']), links: new Set(['l1']) },
			{ places: all.places, links: ['l1', 'l3'] },
			dimmed
		);
		expect(map.calls).toEqual([
			['setFeatureState', { source: SOURCES.links, id: 'l3' }, { dim: true }],
			['setFeatureState', { source: SOURCES.links, id: 'l2' }, { dim: false }]
		]);
		expect(now.links).toEqual(new Set(['l3']));
	});

	it('a cleared selection brings everything back', () => {
		const map = fakeMap();
		const dimmed = applyFocus(map, { places: new Set(), links: new Set() }, all, NOTHING_DIMMED);
		map.calls.length = 0;
		expect(applyFocus(map, null, all, dimmed)).toEqual({ places: new Set(), links: new Set() });
		expect(map.calls).toHaveLength(5);
		expect(map.calls.every((c) => (c[2] as { dim: boolean }).dim === false)).toBe(true);
	});
});

describe('focusOf a party', () => {
	it('the Taliban: every arc they take part in, and the places at those arcs’ ends', () => {
		const expected = links.features
			.filter((f) => f.properties.parties.includes('taliban'))
			.map((f) => f.properties.id)
			.sort();
		expect(expected.length).toBeGreaterThan(0);
		const focus = focusOf({ type: 'party', id: 'taliban' }, lookup)!;
		expect([...focus.links].sort()).toEqual(expected);
		expect(focusOf({ type: 'party', id: 'nobody' }, lookup)).toBeNull();
	});
});
