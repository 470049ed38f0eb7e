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
import type { LinkFeature, LinksCollection, PlacesCollection } from '$lib/data/schema';
import { isLinkShown } from '$lib/data/certainty';
import { ALL_SHOWN, type FlowsDrawn, type LinksShown, type YearRange } from '$lib/state/types';
import { buildFlows } from './flows';
import { drawnFlows, FLOW_LIMIT } from './flow-limit';
import { expandedFlows } from './drawn-links';
import { mentionCount } from '$lib/data/selectors';
import { arcEnds } from './prepare';
import { placeClusters, type PlaceClusters } from './place-clusters';

/** Feature-state values per feature id: what the year range sets on places and links. */
export type StateValues = Map<string, Record<string, number | boolean | string>>;

/** Shown links counted per flow (by type) and per arc end: what places and flows are drawn from. */
interface Tally {
	flowTypes: Map<string, Map<string, number>>;
	ends: Map<string, number>;
}

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

/** How the camera and the selection shape what is drawn, beside the year range and choices. */
export interface MapView {
	/** Zoomed in past EVENTS_ZOOM (flows.ts): every event drawn as its own arc, no flow. */
	events: boolean;
	/** The links connected to the selection (`focusOf`), null when nothing is selected. */
	focus: ReadonlySet<string> | null;
}

/** Every event drawn as its own arc: what the style draws before any feature-state is set. */
export const EVENTS_VIEW: MapView = { events: true, focus: null };

type State = Record<string, number | boolean | string>;

/** The previous state object when it holds this value (unchanged features keep their object). */
function same(prev: State | undefined, off: boolean): State | undefined {
	return prev && prev.off === off ? prev : undefined;
}
function sameCount(prev: State | undefined, count: number, off: boolean): State | undefined {
	return prev && prev.count === count && prev.off === off ? prev : undefined;
}

/** Whether the range or the choices hide a link (undated links are on only with no range). */
export function isOff(
	link: LinkFeature['properties'],
	range: YearRange | null,
	shown: LinksShown
): boolean {
	const y = link.year;
	return (
		(range !== null && (y === null || y < range.from || y > range.to)) || !isLinkShown(link, shown)
	);
}

const linksByYear = new WeakMap<LinksCollection, Map<number, LinkFeature[]>>();

/** A corpus's dated links by year (worked out once per links collection). */
function byYear(links: LinksCollection): Map<number, LinkFeature[]> {
	let index = linksByYear.get(links);
	if (!index) {
		index = new Map();
		for (const f of links.features) {
			const y = f.properties.year;
			if (y === null) continue;
			const list = index.get(y);
			if (list) list.push(f);
			else index.set(y, [f]);
		}
		linksByYear.set(links, index);
	}
	return index;
}

function add(
	tally: Tally,
	type: string,
	flow: string | undefined,
	ends: readonly string[],
	by: number
) {
	if (flow !== undefined) {
		let types = tally.flowTypes.get(flow);
		if (!types) tally.flowTypes.set(flow, (types = new Map()));
		const n = (types.get(type) ?? 0) + by;
		if (n === 0) types.delete(type);
		else types.set(type, n);
		if (types.size === 0) tally.flowTypes.delete(flow);
	}
	for (const id of ends) {
		const n = (tally.ends.get(id) ?? 0) + by;
		if (n === 0) tally.ends.delete(id);
		else tally.ends.set(id, n);
	}
}

function flowState(
	flow: string,
	tally: Tally,
	view: MapView,
	top: ReadonlySet<string>,
	factor: number,
	prev: State | undefined
): State {
	let count = 0;
	let type = '';
	let most = 0;
	for (const [t, n] of tally.flowTypes.get(flow) ?? []) {
		count += n;
		if (n > most || (n === most && t < type)) [type, most] = [t, n];
	}
	// Not drawn (no link shown, drawn one by one, or not among the top flows): no count, no type,
	// as before any state.
	const drawn = count > 0 && top.has(flow);
	const next = {
		count: drawn ? count : 0,
		type: drawn ? type : '',
		dim: view.focus !== null,
		weight: drawn ? Math.round(count * factor * 100) / 100 : 0
	};
	return prev &&
		prev.count === next.count &&
		prev.type === next.type &&
		prev.dim === next.dim &&
		prev.weight === next.weight
		? prev
		: next;
}

function placeStates(
	places: PlacesCollection,
	links: LinksCollection,
	range: YearRange | null,
	tally: Tally,
	view: MapView,
	previous: YearStates | undefined
): StateValues {
	const { ends, byLink } = arcEnds(places, links);
	const p: StateValues = new Map();
	for (const f of places.features) {
		const count = mentionCount(f.properties, range);
		const id = f.properties.id;
		// Places and markers at the ends of the arcs shown are kept on whatever their own mentions.
		const off = range !== null && count === 0 && !tally.ends.has(id);
		p.set(id, sameCount(previous?.places.get(id), count, off) ?? { count, off });
	}
	for (const e of ends) {
		const off = !tally.ends.has(e.id);
		p.set(e.id, sameCount(previous?.places.get(e.id), 0, off) ?? { count: 0, off });
	}
	if (!view.events) mergeClusters(p, placeClusters(places), view, byLink, previous);
	return p;
}

/**
 * At the overview a merged city's head (place-clusters.ts) counts the mentions of them all and is
 * on when one is; the others are off, unless a link of the selection drawn one by one ends there.
 */
function mergeClusters(
	p: StateValues,
	clusters: PlaceClusters,
	view: MapView,
	byLink: ReadonlyMap<string, readonly string[]>,
	previous: YearStates | undefined
): void {
	const kept = new Set<string>();
	for (const id of view.focus ?? []) for (const end of byLink.get(id) ?? []) kept.add(end);
	for (const [head, members] of clusters.members) {
		const own = p.get(head)!;
		let count = Number(own.count);
		let off = own.off === true;
		for (const id of members) {
			const s = p.get(id)!;
			count += Number(s.count);
			off &&= s.off === true;
			if (!kept.has(id))
				p.set(id, sameCount(previous?.places.get(id), 0, true) ?? { count: 0, off: true });
		}
		p.set(head, sameCount(previous?.places.get(head), count, off) ?? { count, off });
	}
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
		basis.shown === shown &&
		basis.limit === limit &&
		sameView(basis.view, view)
	)
		return yearStep(places, links, range, previous!, basis);
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
