/**
 * The selection on the map after a click (`SelectionStates`, on a fake map and the bundled
 * corpus): nothing in the frame that shows the panel, then the highlight, then a frame later the
 * selection's own events.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeMap } from '../fixtures/map/fake-map';
import { SOURCES } from '$lib/map/ids';
import { buildLookup } from '$lib/map/lookup';
import { SelectionStates } from '$lib/map/selection-states';
import { validateLinks, type PlacesCollection } from '$lib/data/schema';

const read = (f: string) =>
	JSON.parse(readFileSync(new URL(`../../static/data/${f}`, import.meta.url), 'utf8'));
const places = read('places.geojson') as PlacesCollection;
const links = validateLinks(read('links.geojson'));
const lookup = buildLookup(places, links);

/** The view's states at the overview: the selection's flows are opened by `apply`. */
function overview() {
	const states = {
		focusLinks: null as ReadonlySet<string> | null,
		applied: 0,
		viewStale: () => states.focusLinks !== null && states.applied === 0,
		apply: () => void states.applied++,
		drawnLinkIds: (): Iterable<string> => (states.applied ? lookup.links.keys() : [])
	};
	return states;
}

/** Runs the next frame and the task after it (AfterFrame in scheduling.ts). */
function nextFrame() {
	vi.advanceTimersByTime(20);
}

beforeEach(() => {
	vi.useFakeTimers();
	vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 16));
	vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('SelectionStates', () => {
	it('draws the highlight after the next frame and the selection’s events a frame later', () => {
		const map = fakeMap();
		const states = overview();
		const selection = new SelectionStates(map, states, () => lookup);
		selection.schedule({ type: 'place', id: 'city-kabul' });
		expect(map.calls).toEqual([]);
		nextFrame();
		expect(map.calls[0]).toEqual([
			'setFeatureState',
			{ source: SOURCES.places, id: 'city-kabul' },
			{ selected: true }
		]);
		expect(states.focusLinks?.size).toBeGreaterThan(0);
		expect(states.applied).toBe(0);
		nextFrame();
		expect(states.applied).toBe(1);
		// The links drawn now that are not Kabul's are dimmed, Kabul's are not.
		const dimmed = map.calls
			.filter((c) => (c[1] as { source: string }).source === SOURCES.links)
			.map((c) => (c[1] as { id: string }).id);
		expect(dimmed.length).toBeGreaterThan(0);
		for (const id of dimmed) expect(states.focusLinks!.has(id)).toBe(false);
	});

	it('applyNow draws the highlight and the events at once', () => {
		const map = fakeMap();
		const states = overview();
		const selection = new SelectionStates(map, states, () => lookup);
		selection.set({ type: 'place', id: 'city-kabul' });
		selection.applyNow();
		expect(states.applied).toBe(1);
		expect(map.calls.length).toBeGreaterThan(1);
	});

	it('selecting a place again, with another in between, dims the same links', () => {
		const map = fakeMap();
		const states = overview();
		states.applied = 1; // the links source holds every link: each dim is a call
		const selection = new SelectionStates(map, states, () => lookup);
		const dimmedBy = (sel: Parameters<typeof selection.set>[0]) => {
			map.calls.length = 0;
			selection.set(sel);
			selection.applyNow();
			return map.calls.filter((c) => (c[2] as { dim?: boolean }).dim === true).length;
		};
		const first = dimmedBy({ type: 'place', id: 'city-kabul' });
		dimmedBy(null);
		dimmedBy({ type: 'place', id: 'city-dushanbe' });
		dimmedBy(null);
		expect(dimmedBy({ type: 'place', id: 'city-kabul' })).toBe(first);
	});
});
