/**
 * The feature-state the year range, the certainty and type choices, the zoom and the selection
 * set on places, links and flows (`yearStates`), and what the links source holds in a view
 * (`drawnLinks`). Pure: the controller applies the result (apply.ts).
 *
 * Only the links the links source holds get a state: at the overview with nothing selected that is
 * none, as the flows stand for them, so a year step there sets no link's state at all. A year step
 * (the range moves, nothing else does) is worked out from the states before it: only the links
 * whose year entered or left the range are read, and the counts of shown links per flow and per
 * arc end are carried along (`tally`), so a step at 10,000 articles does not go through every link
 * again.
 */
import type { LinksCollection, PlacesCollection } from '$lib/data/schema';
import { isLinkShown } from '$lib/data/certainty';
import { ALL_SHOWN, type FlowsDrawn, type LinksShown, type YearRange } from '$lib/state/types';
import { buildFlows } from './flows';
import { drawnFlows, FLOW_LIMIT } from './flow-limit';
import { expandedFlows, positionsByFlow } from './drawn-links';
import { arcEnds } from './prepare';
import {
	add,
	byYear,
	EVENTS_VIEW,
	flowState,
	isOff,
	placeStates,
	same,
	sameRange,
	sameShown,
	type MapView,
	type StateValues,
	type Tally
} from './state-parts';

export { EVENTS_VIEW, isOff, type MapView, type StateValues };

export interface YearStates {
	places: StateValues;
	links: StateValues;
	flows: StateValues;
	/** How many flows hold a shown event at the overview, and how many are drawn (flow-limit.ts). */
	flowsDrawn: FlowsDrawn;
	/** What the states were worked out for, so the next year step can start from them. */
	basis?: {
		range: YearRange | null;
		shown: LinksShown;
		view: MapView;
		tally: Tally;
		/** The flows drawn one link at a time (see expandedFlows). */
		expanded: ReadonlySet<string>;
		/** The flows the overview draws (topFlows), the most it draws, and their widths' factor. */
		top: ReadonlySet<string>;
		limit: number;
		factor: number;
	};
}

/**
 * What the year range, the certainty choices, the link types shown, the zoom and the selection
 * set on the place, link and flow features. Given the `previous` states, features whose values
 * did not change keep their state object (applyYearStates skips them by identity), and a year
 * step with the same choices and view goes through the links of the years that changed only.
 *
 * Links: `off` when hidden (outside the range, of a certainty not shown or of a type switched off,
 * undated links being on only when no range is set), worked out only for the links the links
 * source holds (`isDrawn`: every link zoomed in, the expanded flows' at the overview); a link
 * folded into its flow is not in the source and keeps the state set last (none, or what it had
 * when last drawn), so the map is told only what differs once it is drawn again. Flows: `count`
 * (its links shown; 0 when it is not drawn: in EVENTS_VIEW, when its links are drawn one by
 * one, or when it is not among the largest, see flow-limit.ts), `weight` (the count its width
 * stands for: scaled down with every other when the largest passes WIDEST_COUNT), `type` (the
 * type most of them share, the first by name among equals; '' when not drawn),
 * `dim` (a selection elsewhere). Places: `count` (mentions in the range) and `off` (no mention in
 * the range and no link shown ending there); arc-end markers: `off` when no link shown ends there.
 * With `range` null, everything shown and EVENTS_VIEW these equal the style's defaults (no state).
 */
export function yearStates(
	places: PlacesCollection,
	links: LinksCollection,
	range: YearRange | null,
	shown: LinksShown = ALL_SHOWN,
	view: MapView = EVENTS_VIEW,
	previous?: YearStates,
	limit = FLOW_LIMIT
): YearStates {
	const basis = previous?.basis;
	if (
		basis &&
		range &&
		basis.range &&
		sameShown(basis.shown, shown) &&
		basis.limit === limit &&
		sameView(basis.view, view)
	)
		return yearStep(places, links, range, previous!, basis);
	if (
		basis &&
		sameRange(basis.range, range) &&
		sameShown(basis.shown, shown) &&
		basis.limit === limit &&
		basis.view.events === view.events
	)
		return viewStep(places, links, range, view, previous!, basis);
	return allStates(places, links, range, shown, view, previous, limit);
}

/**
 * Everything worked out again from the links: what a year step and a view step must give
 * (`previous` only lends its state objects to the features whose values did not change).
 */
export function allStates(
	places: PlacesCollection,
	links: LinksCollection,
	range: YearRange | null,
	shown: LinksShown,
	view: MapView,
	previous: YearStates | undefined,
	limit: number
): YearStates {
	const { byLink } = arcEnds(places, links);
	const { flows, flowOfLink } = buildFlows(links);
	const expanded = expandedFlows(view, flowOfLink);
	const tally: Tally = { flowTypes: new Map(), ends: new Map() };
	const l: StateValues = new Map();
	for (const f of links.features) {
		const p = f.properties;
		const off = isOff(p, range, shown);
		const flow = flowOfLink.get(p.id);
		const prev = previous?.links.get(p.id);
		if (isDrawn(view, expanded, flow)) l.set(p.id, same(prev, off) ?? { off });
		else if (prev) l.set(p.id, prev); // what the map still holds for it, not drawn
		if (!off) add(tally, p.type, flow, byLink.get(p.id) ?? [], 1);
	}
	const { top, of, factor } = drawnFlows(tally.flowTypes, view.events, expanded, limit);
	const fl: StateValues = new Map();
	for (const flow of flows)
		fl.set(flow.id, flowState(flow.id, tally, view, top, factor, previous?.flows.get(flow.id)));
	return {
		places: placeStates(places, links, range, tally, view, previous),
		links: l,
		flows: fl,
		flowsDrawn: { drawn: top.size, of },
		basis: { range, shown, view, tally, expanded, top, limit, factor }
	};
}

/**
 * A change of selection from `previous` with the same range, choices and zoom side: the shown
 * links and their tally are those of before, so only the links of the flows the new selection
 * opens are read (a click at 10,000 articles does not go through every link again). A link
 * that leaves the source keeps its state, as in allStates.
 */
function viewStep(
	places: PlacesCollection,
	links: LinksCollection,
	range: YearRange | null,
	view: MapView,
	previous: YearStates,
	basis: NonNullable<YearStates['basis']>
): YearStates {
	const { shown, tally, limit } = basis;
	const { flows, flowOfLink } = buildFlows(links);
	const expanded = expandedFlows(view, flowOfLink);
	let l: StateValues | null = null;
	const at = positionsByFlow(links.features, flowOfLink);
	for (const flow of expanded) {
		if (basis.expanded.has(flow)) continue;
		for (const i of at.get(flow) ?? []) {
			const link = links.features[i]!.properties;
			const id = link.id;
			const prev = previous.links.get(id);
			const off = isOff(link, range, shown);
			const next = same(prev, off) ?? { off };
			if (next !== prev) (l ??= new Map(previous.links)).set(id, next);
		}
	}
	const { top, of, factor } = drawnFlows(tally.flowTypes, view.events, expanded, limit);
	const fl: StateValues = new Map();
	for (const flow of flows)
		fl.set(flow.id, flowState(flow.id, tally, view, top, factor, previous.flows.get(flow.id)));
	return {
		places: placeStates(places, links, range, tally, view, previous),
		links: l ?? previous.links,
		flows: fl,
		flowsDrawn: { drawn: top.size, of },
		basis: { range, shown, view, tally, expanded, top, limit, factor }
	};
}

/** Whether a link of this flow is in the links source: drawn one by one, not as part of its flow. */
function isDrawn(view: MapView, expanded: ReadonlySet<string>, flow: string | undefined): boolean {
	return view.events || (flow !== undefined && expanded.has(flow));
}

/** Whether the states draw a link as part of its flow (it is then not in the links source). */
export function inFlow(states: YearStates, flow: string | undefined): boolean {
	const basis = states.basis;
	return basis !== undefined && !isDrawn(basis.view, basis.expanded, flow);
}

/** Whether two views draw the same: the same zoom side and the same selection's links. */
export function sameView(a: MapView, b: MapView): boolean {
	return a.events === b.events && a.focus === b.focus;
}

/** A year step from `previous`: only the links of the years that entered or left the range. */
function yearStep(
	places: PlacesCollection,
	links: LinksCollection,
	range: YearRange,
	previous: YearStates,
	basis: NonNullable<YearStates['basis']>
): YearStates {
	const { byLink } = arcEnds(places, links);
	const { flowOfLink } = buildFlows(links);
	const { shown, view, expanded, limit } = basis;
	// The previous tally stays as it was: a flow's counts are copied only when a step changes them.
	const tally: Tally = {
		flowTypes: new Map(basis.tally.flowTypes),
		ends: new Map(basis.tally.ends)
	};
	// Copied only when a link drawn one by one changes (none at the overview with nothing selected).
	let l: StateValues | null = null;
	const touched = new Set<string>();
	const index = byYear(links);
	const was = basis.range!;
	const from = Math.min(was.from, range.from);
	const to = Math.max(was.to, range.to);
	for (let y = from; y <= to; y++) {
		const before = y >= was.from && y <= was.to;
		const now = y >= range.from && y <= range.to;
		if (before === now) continue;
		for (const f of index.get(y) ?? []) {
			const p = f.properties;
			if (!isLinkShown(p, shown)) continue;
			const flow = flowOfLink.get(p.id);
			if (flow !== undefined && !touched.has(flow)) {
				const types = tally.flowTypes.get(flow);
				if (types) tally.flowTypes.set(flow, new Map(types));
				touched.add(flow);
			}
			add(tally, p.type, flow, byLink.get(p.id) ?? [], now ? 1 : -1);
			if (isDrawn(view, expanded, flow)) (l ??= new Map(previous.links)).set(p.id, { off: !now });
		}
	}
	// A flow's state changes when its counts do, when it enters or leaves the top flows, or when
	// the widths' factor does (the top flows, all of them).
	const { top, of, factor } = drawnFlows(tally.flowTypes, view.events, expanded, limit);
	const rescaled = factor !== basis.factor;
	for (const flow of top) if (rescaled || !basis.top.has(flow)) touched.add(flow);
	for (const flow of basis.top) if (rescaled || !top.has(flow)) touched.add(flow);
	const fl: StateValues = new Map(previous.flows);
	for (const flow of touched)
		fl.set(flow, flowState(flow, tally, view, top, factor, previous.flows.get(flow)));
	return {
		places: placeStates(places, links, range, tally, view, previous),
		links: l ?? previous.links,
		flows: fl,
		flowsDrawn: { drawn: top.size, of },
		basis: { range, shown, view, tally, expanded, top, limit, factor }
	};
}
