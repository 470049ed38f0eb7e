/**
 * A year step worked out from the states before it (year-states.ts) must give exactly what
 * working everything out again gives: checked on the bundled corpus over a walk of ranges, in
 * the overview with and without a selection and zoomed in, with the default choices and with a
 * type hidden, and with only the largest flows drawn.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateLinks, type PlacesCollection } from '$lib/data/schema';
import { DEFAULT_SHOWN, type LinksShown, type YearRange } from '$lib/state/types';
import { buildFlows } from '$lib/map/flows';
import {
	allStates,
	EVENTS_VIEW,
	yearStates,
	type MapView,
	type YearStates
} from '$lib/map/year-states';
import { FLOW_LIMIT } from '$lib/map/flow-limit';

const read = <T>(f: string): T =>
	JSON.parse(readFileSync(new URL(`../../static/data/${f}`, import.meta.url), 'utf8')) as T;
const places = read<PlacesCollection>('places.geojson');
const links = validateLinks(read('links.geojson'));

/** A walk through ranges: steps of the first and last year both ways, a jump, a single year. */
const WALK: YearRange[] = [
	{ from: 2016, to: 2016 },
	{ from: 2016, to: 2017 },
	{ from: 2016, to: 2019 },
	{ from: 2018, to: 2019 },
	{ from: 2018, to: 2024 },
	{ from: 2021, to: 2021 },
	{ from: 2017, to: 2022 },
	{ from: 2030, to: 2031 },
	{ from: 2016, to: 2024 }
];

function walk(shown: LinksShown, view: MapView, limit?: number): void {
	let states: YearStates = yearStates(places, links, null, shown, view, undefined, limit);
	for (const range of WALK) {
		const stepped = yearStates(places, links, range, shown, view, states, limit);
		const fresh = yearStates(places, links, range, shown, view, undefined, limit);
		expect(stepped.links).toEqual(fresh.links);
		expect(stepped.flows).toEqual(fresh.flows);
		expect(stepped.flowsDrawn).toEqual(fresh.flowsDrawn);
		expect(stepped.places).toEqual(fresh.places);
		expect(stepped.basis?.tally).toEqual(fresh.basis?.tally);
		states = stepped;
	}
}

describe('a year step', () => {
	const someLink = links.features.find((f) => f.properties.year === 2021)!.properties.id;

	it('gives what a fresh count gives, at the overview', () => {
		walk(DEFAULT_SHOWN, { events: false, focus: null });
	});

	it('gives what a fresh count gives with a selection drawn one by one, and zoomed in', () => {
		walk(DEFAULT_SHOWN, { events: false, focus: new Set([someLink]) });
		walk(DEFAULT_SHOWN, EVENTS_VIEW);
	});

	it('gives what a fresh count gives with a type hidden and every certainty shown', () => {
		const type = links.features[0]!.properties.type;
		walk({ uncertain: true, notHeld: true, hiddenTypes: [type] }, { events: false, focus: null });
	});

	it('gives what a fresh count gives when only the largest flows are drawn', () => {
		walk(DEFAULT_SHOWN, { events: false, focus: null }, 3);
		walk(DEFAULT_SHOWN, { events: false, focus: new Set([someLink]) }, 2);
	});

	it('goes through only the links whose year entered or left the range', () => {
		const before = yearStates(places, links, { from: 2016, to: 2017 }, DEFAULT_SHOWN, EVENTS_VIEW);
		const after = yearStates(
			places,
			links,
			{ from: 2016, to: 2018 },
			DEFAULT_SHOWN,
			EVENTS_VIEW,
			before
		);
		expect(after.links.size).toBe(links.features.length);
		let changed = 0;
		for (const f of links.features) {
			const id = f.properties.id;
			if (after.links.get(id) !== before.links.get(id)) changed++;
			if (f.properties.year !== 2018) expect(after.links.get(id)).toBe(before.links.get(id));
		}
		expect(changed).toBeGreaterThan(0);
	});

	it('leaves the states it steps from as they were', () => {
		const view = { events: false, focus: null };
		const before = yearStates(places, links, { from: 2016, to: 2017 }, DEFAULT_SHOWN, view);
		const copy = structuredClone(before);
		yearStates(places, links, { from: 2016, to: 2024 }, DEFAULT_SHOWN, view, before);
		expect(before).toEqual(copy);
	});

	it('steps from the states before it when the choices come as an equal copy', () => {
		const view = { events: false, focus: null };
		const before = yearStates(places, links, { from: 2016, to: 2017 }, { ...DEFAULT_SHOWN }, view);
		const after = yearStates(
			places,
			links,
			{ from: 2016, to: 2018 },
			{ ...DEFAULT_SHOWN, hiddenTypes: [...DEFAULT_SHOWN.hiddenTypes] },
			view,
			before
		);
		// A fresh count makes a new map of link states; a step keeps it when no drawn link changed.
		expect(after.links).toBe(before.links);
	});

	it('sets no link state at the overview with nothing selected: the flows stand for them', () => {
		const view = { events: false, focus: null };
		const before = yearStates(places, links, { from: 2016, to: 2017 }, DEFAULT_SHOWN, view);
		const after = yearStates(places, links, { from: 2016, to: 2021 }, DEFAULT_SHOWN, view, before);
		expect(after.links.size).toBe(0);
		expect(after.links).toBe(before.links);
		expect([...after.flows.values()].some((s) => Number(s.count) > 0)).toBe(true);
	});
});

/**
 * A change of selection with the same range and choices (year-states.ts viewStep) must give what
 * working everything out again gives, from the same states before it.
 */
describe('a change of selection', () => {
	const { flowOfLink } = buildFlows(links);
	// Links of different flows: selections that open one flow, another, two, and none.
	const flowsSeen = new Set<string>();
	const oneEach = links.features
		.map((f) => f.properties.id)
		.filter((id) => {
			const flow = flowOfLink.get(id)!;
			return !flowsSeen.has(flow) && !!flowsSeen.add(flow);
		});
	const [a, b, c] = oneEach;
	const SELECTIONS: (ReadonlySet<string> | null)[] = [
		new Set([a!]),
		new Set([b!]),
		new Set([a!, c!]),
		null,
		new Set([c!]),
		new Set([a!, b!, c!])
	];

	function views(range: YearRange | null, shown: LinksShown, events: boolean): void {
		let states = yearStates(places, links, range, shown, { events, focus: null });
		for (const focus of SELECTIONS) {
			const view: MapView = { events, focus };
			const stepped = yearStates(places, links, range, shown, view, states);
			const fresh = allStates(places, links, range, shown, view, states, FLOW_LIMIT);
			expect(stepped).toEqual(fresh);
			states = stepped;
		}
	}

	it('gives what a fresh count gives, with and without a range, at the overview and zoomed in', () => {
		expect(oneEach.length).toBeGreaterThanOrEqual(3);
		views(null, DEFAULT_SHOWN, false);
		views({ from: 2018, to: 2021 }, DEFAULT_SHOWN, false);
		views({ from: 2021, to: 2021 }, DEFAULT_SHOWN, true);
	});

	it('gives what a fresh count gives with a type hidden', () => {
		const type = links.features[0]!.properties.type;
		views({ from: 2016, to: 2024 }, { ...DEFAULT_SHOWN, hiddenTypes: [type] }, false);
	});

	it('reads only the links of the flows the selection opens', () => {
		const view = { events: false, focus: null };
		const before = yearStates(places, links, { from: 2016, to: 2024 }, DEFAULT_SHOWN, view);
		const after = yearStates(
			places,
			links,
			{ from: 2016, to: 2024 },
			DEFAULT_SHOWN,
			{
				events: false,
				focus: new Set([a!])
			},
			before
		);
		const opened = links.features.filter(
			(f) => flowOfLink.get(f.properties.id) === flowOfLink.get(a!)
		);
		expect([...after.links.keys()].sort()).toEqual(opened.map((f) => f.properties.id).sort());
		expect(after.basis?.tally).toBe(before.basis?.tally);
	});
});
