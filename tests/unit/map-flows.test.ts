import { describe, expect, it } from 'vitest';
import {
	buildFlows,
	EVENTS_ZOOM,
	eventsZoom,
	flowLine,
	pairId,
	partiesOfPair
} from '$lib/map/flows';
import { prepareLinks } from '$lib/map/prepare';
import { arcCoordinates, type LngLat } from '$lib/data/arcs';
import { fanOut } from '$lib/data/link-arcs';
import { EVENTS_VIEW, yearStates } from '$lib/map/year-states';
import { drawnLinks } from '$lib/map/drawn-links';
import { heldFlows, topFlows, WIDEST_COUNT } from '$lib/map/flow-limit';
import { selectionForHit, tooltipFor } from '$lib/map/hit';
import { buildLookup } from '$lib/map/lookup';
import { focusOf } from '$lib/map/focus';
import { LAYERS } from '$lib/map/ids';
import { DEFAULT_SHOWN } from '$lib/state/types';
import type { LinksCollection, PlacesCollection } from '$lib/data/schema';
import { link } from '../fixtures/map/features';

const KABUL = [69.18, 34.53];
const ISLAMABAD = [73.04, 33.72];
const DOHA = [51.53, 25.29];

// Afghanistan → Pakistan three times (two talks, one visit), once back, the Taliban in Doha and
// once in Kabul, and a cancelled meeting.
const links = {
	type: 'FeatureCollection',
	features: [
		link('af-pk-1', 'AF', 'PK', [KABUL, ISLAMABAD], { type: 'talks', year: 2017 }),
		link('af-pk-2', 'AF', 'PK', [KABUL, ISLAMABAD], { type: 'talks', year: 2021 }),
		link('af-pk-3', 'AF', 'PK', [KABUL, ISLAMABAD], { type: 'visit', year: 2021 }),
		link('pk-af-1', 'PK', 'AF', [ISLAMABAD, KABUL], { type: 'accusation', year: 2021 }),
		link('pk-tb-doha', 'PK', 'taliban', [ISLAMABAD, DOHA], { year: 2019 }),
		link('pk-tb-doha-2', 'PK', 'taliban', [ISLAMABAD, DOHA], { year: 2020 }),
		link('pk-tb-kabul', 'PK', 'taliban', [ISLAMABAD, KABUL], { year: 2021 }),
		link('pk-af-cancelled', 'PK', 'AF', [ISLAMABAD, KABUL], { status: 'cancelled' })
	]
} as LinksCollection;

function point(id: string, coordinates: number[], country: string) {
	return {
		type: 'Feature' as const,
		geometry: { type: 'Point' as const, coordinates },
		properties: {
			id,
			name: id,
			kind: 'city',
			country,
			capital: true,
			polygon: null,
			mentionsByYear: { '2021': 1 }
		}
	};
}
const places = {
	type: 'FeatureCollection',
	features: [
		point('city-kabul', KABUL, 'AF'),
		point('city-islamabad', ISLAMABAD, 'PK'),
		point('city-doha', DOHA, 'QA')
	]
} as PlacesCollection;

describe('buildFlows', () => {
	it('makes one flow per ordered pair of parties, whatever the places its links are drawn at', () => {
		const { flows, flowOfLink } = buildFlows(links);
		expect(flows.map((f) => [f.id, f.links.length])).toEqual([
			['AF>PK', 3],
			['PK>AF', 2],
			['PK>taliban', 3]
		]);
		expect(flowOfLink.get('pk-tb-kabul')).toBe('PK>taliban');
	});

	it('draws a flow between the ends most of its links share', () => {
		const flow = buildFlows(links).byId.get('PK>taliban')!;
		expect(flow.line[0]).toEqual(ISLAMABAD);
		expect(flow.line.at(-1)).toEqual(DOHA);
	});

	it('bends each direction of a pair to its own right, so the two lie side by side', () => {
		const there = flowLine([KABUL, ISLAMABAD]);
		const back = flowLine([ISLAMABAD, KABUL]);
		const middle = (l: number[][]) => l[Math.floor(l.length / 2)]!;
		// Going east, the right is south; coming back west, it is north.
		expect(middle(there)[1]).toBeLessThan((KABUL[1]! + ISLAMABAD[1]!) / 2);
		expect(middle(back)[1]).toBeGreaterThan((KABUL[1]! + ISLAMABAD[1]!) / 2);
	});

	it('bends a flow between neighbours far enough to clear the markers at its ends', () => {
		// Kabul → Islamabad is 4° long: a fifth of that (under a degree, ~9 px at the first view)
		// hid both directions under the capitals' markers.
		const line = flowLine([KABUL, ISLAMABAD]);
		const chord = distanceToChord(line[Math.floor(line.length / 2)]!, KABUL, ISLAMABAD);
		expect(chord).toBeGreaterThan(2);
		// A long flow keeps its own proportions (a fifth of its length, at most 10°).
		const moscow = [37.62, 55.75];
		const long = flowLine([KABUL, moscow]);
		const far = distanceToChord(long[Math.floor(long.length / 2)]!, KABUL, moscow);
		expect(far).toBeGreaterThan(0.2 * Math.hypot(moscow[0]! - KABUL[0]!, moscow[1]! - KABUL[1]!));
		expect(far).toBeLessThan(0.25 * Math.hypot(moscow[0]! - KABUL[0]!, moscow[1]! - KABUL[1]!));
	});

	it('keeps a loop as its link drew it', () => {
		const loop = [KABUL, [69.3, 34.7], KABUL];
		expect(flowLine(loop)).toBe(loop);
	});

	it('draws a flow whose links start and end at one point as its first link’s loop', () => {
		const loops = {
			type: 'FeatureCollection',
			features: [link('tb-af', 'taliban', 'AF', [KABUL, KABUL])]
		} as LinksCollection;
		const flow = buildFlows(loops).byId.get('taliban>AF')!;
		expect(flow.line).toEqual(arcCoordinates(KABUL as LngLat, KABUL as LngLat));
		expect(new Set(flow.line.map((c) => c.join())).size).toBeGreaterThan(5);
	});
});

describe('links whose text gives no direction', () => {
	const talks = (id: string, from: string, to: string, line: number[][], directed = false) =>
		link(id, from, to, line, { type: 'talks', directed });
	const undirected = {
		type: 'FeatureCollection',
		features: [
			talks('pk-af-doha', 'PK', 'AF', [ISLAMABAD, KABUL]),
			talks('af-pk-doha', 'AF', 'PK', [KABUL, ISLAMABAD])
		]
	} as LinksCollection;

	it('join one flow whichever party was named first, drawn without an arrowhead', () => {
		const { flows } = buildFlows(undirected);
		expect(flows.map((f) => [f.id, f.links.length, f.directed])).toEqual([['AF>PK', 2, false]]);
		// Its line runs from its first party to the other, as a directed flow's does.
		expect(flows[0]!.line[0]).toEqual(KABUL);
		const map = buildLookup(places, undirected);
		expect(tooltipFor({ layer: LAYERS.flowLine, id: 'AF>PK' }, map, null, () => true)?.title).toBe(
			'Afghanistan – Pakistan'
		);
	});

	it('a flow with one link that has a direction draws its arrowhead', () => {
		const mixed = {
			...undirected,
			features: [...undirected.features, talks('af-pk-visit', 'AF', 'PK', [KABUL, ISLAMABAD], true)]
		} as LinksCollection;
		expect(buildFlows(mixed).flows.map((f) => [f.id, f.directed])).toEqual([['AF>PK', true]]);
		expect(prepareLinks(mixed).features.map((f) => f.properties.directed)).toEqual([
			false,
			false,
			true
		]);
	});
});

describe('eventsZoom', () => {
	it('draws the events of a corpus of a few thousand links from EVENTS_ZOOM', () => {
		expect(eventsZoom(8)).toBe(EVENTS_ZOOM);
		expect(eventsZoom(5000)).toBe(EVENTS_ZOOM);
	});

	it('waits one zoom level more for every four times as many links', () => {
		expect(eventsZoom(5001)).toBe(EVENTS_ZOOM + 1);
		expect(eventsZoom(20_000)).toBe(EVENTS_ZOOM + 1);
		// The synthetic 10,000 articles: 47,024 links.
		expect(eventsZoom(47_024)).toBe(EVENTS_ZOOM + 2);
		expect(eventsZoom(470_000)).toBe(EVENTS_ZOOM + 4);
	});
});

describe('pair ids', () => {
	it('name a pair the same whichever way round', () => {
		expect(pairId('PK', 'AF')).toBe('AF~PK');
		expect(pairId('AF', 'PK')).toBe('AF~PK');
		expect(partiesOfPair('AF~PK')).toEqual(['AF', 'PK']);
		expect(partiesOfPair('AF')).toBeNull();
		expect(partiesOfPair('AF~')).toBeNull();
	});
});

describe('yearStates at the overview', () => {
	const overview = { events: false, focus: null };

	it('folds the links shown into their flows, counted in the range, coloured by most of them', () => {
		const s = yearStates(places, links, { from: 2021, to: 2021 }, DEFAULT_SHOWN, overview);
		expect(s.flows.get('AF>PK')).toEqual({ count: 2, type: 'talks', dim: false, weight: 2 });
		// The cancelled meeting is not shown by default: only the accusation counts.
		expect(s.flows.get('PK>AF')).toEqual({ count: 1, type: 'accusation', dim: false, weight: 1 });
		// Folded into their flows, the links are not in the links source: no state to set.
		expect(s.links.size).toBe(0);
	});

	it('keeps the state object of every feature a year step leaves as it was', () => {
		const range = { from: 2017, to: 2020 };
		const before = yearStates(places, links, { from: 2017, to: 2017 }, DEFAULT_SHOWN, overview);
		const after = yearStates(places, links, range, DEFAULT_SHOWN, overview, before);
		// AF>PK has nothing in 2018–2020: the same object; PK>taliban gains two: a new one.
		expect(after.flows.get('AF>PK')).toBe(before.flows.get('AF>PK'));
		expect(after.flows.get('PK>taliban')).not.toBe(before.flows.get('PK>taliban'));
		expect(after.flows.get('PK>taliban')).toEqual({
			count: 2,
			type: 'meeting',
			dim: false,
			weight: 2
		});
		// The same states as computed from nothing.
		expect(after).toEqual(yearStates(places, links, range, DEFAULT_SHOWN, overview));
	});

	it('takes the first type by name when two are as many, whichever came first', () => {
		const tie = {
			type: 'FeatureCollection',
			features: [
				link('v', 'AF', 'PK', [KABUL, ISLAMABAD], { type: 'visit' }),
				link('a', 'AF', 'PK', [KABUL, ISLAMABAD], { type: 'agreement' })
			]
		} as LinksCollection;
		const s = yearStates(places, tie, null, DEFAULT_SHOWN, overview);
		expect(s.flows.get('AF>PK')).toEqual({ count: 2, type: 'agreement', dim: false, weight: 2 });
	});

	it('leaves a flow with no link in the range undrawn', () => {
		const s = yearStates(places, links, { from: 2017, to: 2017 }, DEFAULT_SHOWN, overview);
		expect(s.flows.get('PK>taliban')).toEqual({ count: 0, type: '', dim: false, weight: 0 });
	});

	it('draws every event on its own when zoomed in, and no flow', () => {
		const s = yearStates(places, links, null, DEFAULT_SHOWN, EVENTS_VIEW);
		for (const [, state] of s.flows) expect(state.count).toBe(0);
		expect([...s.links.keys()].sort()).toEqual(links.features.map((f) => f.properties.id).sort());
		// The cancelled meeting is not shown by default.
		for (const [id, state] of s.links) expect(state).toEqual({ off: id === 'pk-af-cancelled' });
	});

	it('draws the flows holding a link of the selection one link at a time, and fades the others', () => {
		const s = yearStates(places, links, null, DEFAULT_SHOWN, {
			events: false,
			focus: new Set(['af-pk-3'])
		});
		// The selected link's flow gives way to its three links (the selection's and the two others).
		expect(s.flows.get('AF>PK')).toEqual({ count: 0, type: '', dim: true, weight: 0 });
		for (const id of ['af-pk-1', 'af-pk-2', 'af-pk-3'])
			expect(s.links.get(id)).toEqual({ off: false });
		expect(s.flows.get('PK>taliban')).toEqual({ count: 3, type: 'meeting', dim: true, weight: 3 });
		// The other flows' links are folded into them: not in the links source, no state.
		expect(s.links.has('pk-tb-doha')).toBe(false);
	});
});

describe('the largest flows at the overview', () => {
	const overview = { events: false, focus: null };

	it('draws only the largest when there are more than the limit, and says how many it left out', () => {
		// All years: PK>taliban 3, AF>PK 3, PK>AF 1 (the cancelled meeting is not shown).
		const s = yearStates(places, links, null, DEFAULT_SHOWN, overview, undefined, 2);
		expect(s.flows.get('AF>PK')).toEqual({ count: 3, type: 'talks', dim: false, weight: 3 });
		expect(s.flows.get('PK>taliban')).toEqual({ count: 3, type: 'meeting', dim: false, weight: 3 });
		expect(s.flows.get('PK>AF')).toEqual({ count: 0, type: '', dim: false, weight: 0 });
		expect(s.flowsDrawn).toEqual({ drawn: 2, of: 3 });
	});

	it('ranks the flows by their events in the year range, not in all years', () => {
		// 2021: AF>PK 2, PK>AF 1, PK>taliban 1: the tie goes to the first id.
		const s = yearStates(
			places,
			links,
			{ from: 2021, to: 2021 },
			DEFAULT_SHOWN,
			overview,
			undefined,
			2
		);
		expect(s.flows.get('AF>PK')?.count).toBe(2);
		expect(s.flows.get('PK>AF')?.count).toBe(1);
		expect(s.flows.get('PK>taliban')?.count).toBe(0);
		// 2019–2020: only PK>taliban has events.
		const later = yearStates(
			places,
			links,
			{ from: 2019, to: 2020 },
			DEFAULT_SHOWN,
			overview,
			s,
			2
		);
		expect(later.flows.get('PK>taliban')?.count).toBe(2);
		expect(later.flowsDrawn).toEqual({ drawn: 1, of: 1 });
	});

	it("leaves the selection's flows to their links, and ranks the others", () => {
		const s = yearStates(
			places,
			links,
			null,
			DEFAULT_SHOWN,
			{ events: false, focus: new Set(['af-pk-3']) },
			undefined,
			1
		);
		expect(s.flows.get('AF>PK')?.count).toBe(0);
		expect(s.flows.get('PK>taliban')).toEqual({ count: 3, type: 'meeting', dim: true, weight: 3 });
		expect(s.flowsDrawn).toEqual({ drawn: 1, of: 2 });
	});

	it('scales every width down when the largest flow passes the widest count', () => {
		const busy = {
			type: 'FeatureCollection',
			features: [
				...Array.from({ length: 2 * WIDEST_COUNT }, (_, i) =>
					link(`a${i}`, 'AF', 'PK', [KABUL, ISLAMABAD])
				),
				...Array.from({ length: 10 }, (_, i) =>
					link(`b${i}`, 'PK', 'AF', [ISLAMABAD, KABUL], { year: 2020 })
				)
			]
		} as LinksCollection;
		const s = yearStates(places, busy, null, DEFAULT_SHOWN, overview);
		expect(s.flows.get('AF>PK')).toMatchObject({ count: 2 * WIDEST_COUNT, weight: WIDEST_COUNT });
		expect(s.flows.get('PK>AF')).toMatchObject({ count: 10, weight: 5 });
		// A step that brings the largest back under it gives every flow its count again.
		const from = yearStates(places, busy, { from: 2020, to: 2021 }, DEFAULT_SHOWN, overview);
		const fewer = yearStates(places, busy, { from: 2020, to: 2020 }, DEFAULT_SHOWN, overview, from);
		expect(from.flows.get('PK>AF')).toMatchObject({ count: 10, weight: 5 });
		expect(fewer.flows.get('AF>PK')).toMatchObject({ count: 0, weight: 0 });
		expect(fewer.flows.get('PK>AF')).toMatchObject({ count: 10, weight: 10 });
		expect(fewer).toEqual(
			yearStates(places, busy, { from: 2020, to: 2020 }, DEFAULT_SHOWN, overview)
		);
	});

	it('draws no flow zoomed in, and counts none left out', () => {
		const s = yearStates(places, links, null, DEFAULT_SHOWN, EVENTS_VIEW, undefined, 1);
		expect(s.flowsDrawn).toEqual({ drawn: 0, of: 0 });
	});
});

describe('heldFlows', () => {
	const flows = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
		id,
		links: Array.from({ length: 10 - i }, (_, k) => `${id}${k}`)
	}));

	it('at first holds the flows to draw and no more', () => {
		expect([...heldFlows(new Set(['e']), null, flows, 3)!]).toEqual(['e']);
	});

	it('keeps the source while it holds every flow to draw, hidden ones included', () => {
		expect(heldFlows(new Set(['a']), new Set(['e', 'a', 'b']), flows, 3)).toBeNull();
		expect(heldFlows(new Set(), new Set(['e', 'a', 'b']), flows, 3)).toBeNull();
	});

	it('replaces it when a flow to draw is missing, adding those held before and the largest', () => {
		expect([...heldFlows(new Set(['d']), new Set(['e']), flows, 4)!]).toEqual(['d', 'e', 'a', 'b']);
		expect([...heldFlows(new Set(['c', 'd']), new Set(['e', 'a', 'b']), flows, 3)!]).toEqual([
			'c',
			'd',
			'e'
		]);
	});
});

describe('topFlows', () => {
	const counts = new Map([
		['a', 1],
		['b', 5],
		['c', 2],
		['d', 2],
		['e', 2],
		['f', 1]
	]);

	it('keeps every flow when they are no more than the limit', () => {
		expect([...topFlows(counts, 6)].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
	});

	it('keeps the largest, taking ties in id order', () => {
		expect([...topFlows(counts, 1)]).toEqual(['b']);
		expect([...topFlows(counts, 3)].sort()).toEqual(['b', 'c', 'd']);
		expect([...topFlows(counts, 4)].sort()).toEqual(['b', 'c', 'd', 'e']);
		expect([...topFlows(counts, 5)].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
	});
});

describe('a flow on the map', () => {
	const lookup = buildLookup(places, links);

	it('selects the pair of parties when clicked: its events both ways', () => {
		const sel = selectionForHit({ layer: LAYERS.flowLine, id: 'PK>AF' }, lookup);
		expect(sel).toEqual({ type: 'pair', id: 'AF~PK' });
		const focus = focusOf(sel, lookup);
		expect([...focus!.links].sort()).toEqual([
			'af-pk-1',
			'af-pk-2',
			'af-pk-3',
			'pk-af-1',
			'pk-af-cancelled'
		]);
		expect(focus!.places).toEqual(new Set(['city-kabul', 'city-islamabad']));
	});

	it('says in its tooltip how many events it draws, by type', () => {
		const shown = new Set(['af-pk-1', 'af-pk-2', 'af-pk-3']);
		const text = tooltipFor({ layer: LAYERS.flowLine, id: 'AF>PK' }, lookup, null, (id) =>
			shown.has(id)
		);
		expect(text?.title).toBe('Afghanistan → Pakistan');
		expect(text?.detail).toMatch(/^3 events: Talks 2, Visit 1/);
	});

	it('selects nothing for a pair of the same party or an unknown flow', () => {
		expect(selectionForHit({ layer: LAYERS.flowLine, id: 'XX>YY' }, lookup)).toBeNull();
		expect(focusOf({ type: 'pair', id: 'AF' }, lookup)).toBeNull();
	});
});

describe('the links source', () => {
	const { flowOfLink } = buildFlows(links);
	fanOut(links.features);

	it("holds at the overview only the links of the selection's flows, all of them", () => {
		const view = { events: false, focus: new Set(['af-pk-3']) };
		const { key, data } = drawnLinks(links.features, flowOfLink, view);
		expect(data().features.map((f) => f.properties.id)).toEqual(['af-pk-1', 'af-pk-2', 'af-pk-3']);
		expect(key).toBe(flowOfLink.get('af-pk-3'));
	});

	it('holds the links of several opened flows in the order of the corpus', () => {
		// Selected in the other order: the arcs are still drawn in the corpus's order.
		const view = { events: false, focus: new Set(['pk-tb-kabul', 'af-pk-1']) };
		const opened = new Set([flowOfLink.get('pk-tb-kabul'), flowOfLink.get('af-pk-1')]);
		const ids = drawnLinks(links.features, flowOfLink, view)
			.data()
			.features.map((f) => f.properties.id);
		expect(ids).toEqual([
			'af-pk-1',
			'af-pk-2',
			'af-pk-3',
			'pk-tb-doha',
			'pk-tb-doha-2',
			'pk-tb-kabul'
		]);
		expect(ids).toEqual(
			links.features
				.filter((f) => opened.has(flowOfLink.get(f.properties.id)))
				.map((f) => f.properties.id)
		);
	});

	it('draws a link as the arc of its two ends and its fan index among the links sharing them', () => {
		const view = { events: false, focus: new Set(['af-pk-3']) };
		const drawn = drawnLinks(links.features, flowOfLink, view).data().features;
		// af-pk-1, -2 and -3 run between Kabul and Islamabad: fan indexes 0, 1, 2.
		drawn.forEach((f, index) =>
			expect(f.geometry.coordinates).toEqual(
				arcCoordinates(KABUL as LngLat, ISLAMABAD as LngLat, { index })
			)
		);
		// pk-af-1 runs the other way between the same two points: the fourth of the pair.
		const back = drawnLinks(links.features, flowOfLink, EVENTS_VIEW).data().features[3]!;
		expect(back.geometry.coordinates).toEqual(
			arcCoordinates(ISLAMABAD as LngLat, KABUL as LngLat, { index: 3 })
		);
	});

	it('holds nothing at the overview without a selection, and every link zoomed in', () => {
		const overview = drawnLinks(links.features, flowOfLink, { events: false, focus: null });
		expect(overview.data().features).toEqual([]);
		const zoomed = drawnLinks(links.features, flowOfLink, EVENTS_VIEW);
		expect(zoomed.data().features).toEqual(prepareLinks(links).features);
		// Zoomed in again: the same collection, not another pass over every link.
		expect(drawnLinks(links.features, flowOfLink, EVENTS_VIEW).data()).toBe(zoomed.data());
		expect(zoomed.key).not.toBe(overview.key);
	});

	it('keeps its key while the selection stays in the same flows (the source is not replaced)', () => {
		const one = drawnLinks(links.features, flowOfLink, {
			events: false,
			focus: new Set(['af-pk-1'])
		});
		const other = drawnLinks(links.features, flowOfLink, {
			events: false,
			focus: new Set(['af-pk-2'])
		});
		expect(other.key).toBe(one.key);
	});
});

/** Distance in degrees from a point to the straight line through a and b. */
function distanceToChord(p: number[], a: number[], b: number[]): number {
	const [dx, dy] = [b[0]! - a[0]!, b[1]! - a[1]!];
	return Math.abs(dx * (p[1]! - a[1]!) - dy * (p[0]! - a[0]!)) / Math.hypot(dx, dy);
}
