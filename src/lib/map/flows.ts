/**
 * Flows: the overview's aggregate of the links, as flow maps draw migration. One arc per ordered
 * pair of parties (Afghanistan → Pakistan, Pakistan → Afghanistan), as wide as the number of its
 * events shown (year range, certainty and type choices) and coloured by the type most of them
 * share; the individual arcs take over when the camera zooms in past EVENTS_ZOOM or the selection
 * is connected to one of the flow's events (see `yearStates` in year-states.ts). Worked out once per
 * data load; a year change only sets feature-state.
 */
import { arcOf, chordEnds } from '$lib/data/link-arcs';
import type { LinkFeature, LinkProperties, LinksCollection } from '$lib/data/schema';

/**
 * From this zoom on, every event is drawn as its own arc and the flows step aside (a corpus of
 * more than EVENTS_BUDGET links waits for a closer zoom: `eventsZoom`).
 */
export const EVENTS_ZOOM = 5;

/** About the most links drawn one by one at EVENTS_ZOOM (see `eventsZoom`). */
const EVENTS_BUDGET = 5000;

/**
 * The zoom from which a corpus of `links` links draws its events one by one: EVENTS_ZOOM, one
 * level closer for every four times EVENTS_BUDGET, as each level in shows a quarter of the area.
 * Every link is in the links source then, and each frame draws those of the view: at 10,000
 * articles (47,000 links) a frame at zoom 6 took 2–3 s without a GPU (vertex work, not fill), and
 * a click's panel waited for the frame in flight. They come in at zoom 7 there.
 */
export function eventsZoom(links: number): number {
	if (links <= EVENTS_BUDGET) return EVENTS_ZOOM;
	return EVENTS_ZOOM + Math.ceil(Math.log(links / EVENTS_BUDGET) / Math.log(4));
}

export interface Flow {
	/** `from>to`, the two party ids of its links (promoted feature id). */
	id: string;
	from: string;
	to: string;
	/** Whether one of its links has a direction the text gives (the flow's arrowhead is drawn). */
	directed: boolean;
	/** Ids of its links, in the order of links.geojson. */
	links: string[];
	/** The type of each of its links (same order). */
	types: string[];
	/** Its arc: between the ends most of its links are drawn between, bent to its right. */
	line: number[][];
}

export interface FlowIndex {
	flows: Flow[];
	byId: Map<string, Flow>;
	/** Link id → its flow's id. */
	flowOfLink: Map<string, string>;
}

function flowId(from: string, to: string): string {
	return `${from}>${to}`;
}

/**
 * Whether a link runs the way of its flow: its own direction where the text gives one, else its
 * two parties in a fixed order, so the events between two parties told without direction are not
 * split in two.
 */
function forwardInFlow(p: Pick<LinkProperties, 'from' | 'to' | 'directed'>): boolean {
	return p.directed || p.from < p.to;
}

/** The id of the flow a link is counted in at the overview. */
export function flowIdOf(p: Pick<LinkProperties, 'from' | 'to' | 'directed'>): string {
	return flowId(...oriented([p.from, p.to], forwardInFlow(p)));
}

/** The id of an unordered pair of parties, as a selection names it: `AF~PK` (sorted). */
export function pairId(a: string, b: string): string {
	return a < b ? `${a}~${b}` : `${b}~${a}`;
}

/** The two parties of a pair id, or null when it is not one. */
export function partiesOfPair(id: string): [string, string] | null {
	const parts = id.split('~');
	return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : null;
}

/** A flow's links that `isShown` keeps, counted by type. */
export function countByType(flow: Flow, isShown: (linkId: string) => boolean): Map<string, number> {
	const byType = new Map<string, number>();
	flow.links.forEach((id, i) => {
		if (isShown(id)) byType.set(flow.types[i]!, (byType.get(flow.types[i]!) ?? 0) + 1);
	});
	return byType;
}

const cache = new WeakMap<LinksCollection, FlowIndex>();

/** The flows of a corpus's links (cached per links collection). */
export function buildFlows(links: LinksCollection): FlowIndex {
	const cached = cache.get(links);
	if (cached) return cached;
	const groups = new Map<
		string,
		{
			from: string;
			to: string;
			directed: boolean;
			links: string[];
			types: string[];
			ends: Map<string, number>;
			/** One link per pair of ends (whose arc a flow between ends at one point keeps). */
			byEnds: Map<string, { link: LinkFeature; forward: boolean }>;
		}
	>();
	for (const f of links.features) {
		const p = f.properties;
		const forward = forwardInFlow(p);
		const [from, to] = oriented([p.from, p.to], forward);
		const id = flowId(from, to);
		let g = groups.get(id);
		if (!g)
			groups.set(
				id,
				(g = {
					from,
					to,
					directed: false,
					links: [],
					types: [],
					ends: new Map(),
					byEnds: new Map()
				})
			);
		if (p.directed) g.directed = true;
		g.links.push(p.id);
		g.types.push(p.type);
		const [a, b] = oriented(chordEnds(f), forward);
		const key = `${a[0]},${a[1]};${b[0]},${b[1]}`;
		g.ends.set(key, (g.ends.get(key) ?? 0) + 1);
		if (!g.byEnds.has(key)) g.byEnds.set(key, { link: f, forward });
	}
	const flows: Flow[] = [];
	const byId = new Map<string, Flow>();
	const flowOfLink = new Map<string, string>();
	for (const [id, g] of groups) {
		let best = '';
		let most = 0;
		for (const [key, n] of g.ends) if (n > most) [best, most] = [key, n];
		const line = flowLineOf(g.byEnds.get(best)!);
		const { from, to, directed, links, types } = g;
		const flow: Flow = { id, from, to, directed, links, types, line };
		flows.push(flow);
		byId.set(id, flow);
		for (const l of g.links) flowOfLink.set(l, id);
	}
	const index = { flows, byId, flowOfLink };
	cache.set(links, index);
	return index;
}

/** Two ends in the flow's order: the link's, or the other way round. */
function oriented<T>(ends: [T, T], forward: boolean): [T, T] {
	return forward ? ends : [ends[1], ends[0]];
}

/**
 * A flow's arc between a link's two ends, in the flow's order (see flowLine); ends at one point
 * keep the link's arc.
 */
function flowLineOf({ link, forward }: { link: LinkFeature; forward: boolean }): number[][] {
	const ends = oriented(chordEnds(link), forward);
	const line = flowLine(ends);
	return line === ends ? arcOf(link) : line;
}

/**
 * The least bend of a short flow, in degrees: about 25 px at the first view (zoom 2.8), so the
 * flows between neighbours (Kabul and Islamabad, 4° apart) clear the markers at their ends and the
 * two directions stand apart instead of knotting into one blot.
 */
const SHORT_BULGE = 2.5;

/** Points of a flow's arc. */
const FLOW_POINTS = 25;

/**
 * A flow's arc between the two ends of a link's arc (its far end may be unwrapped past ±180°): a quadratic curve bent to the right of its direction, so A → B and B → A
 * lie side by side instead of on top of each other. Ends at one point (a loop) keep the link's own
 * line.
 */
export function flowLine(linkLine: number[][]): number[][] {
	const a = linkLine[0]!;
	const b = linkLine[linkLine.length - 1]!;
	const dx = b[0]! - a[0]!;
	const dy = b[1]! - a[1]!;
	const length = Math.hypot(dx, dy);
	if (length < 0.05) return linkLine;
	const bulge = Math.min(10, Math.max(length * 0.22, Math.min(SHORT_BULGE, length * 0.6)));
	// The control point: twice the bulge off the chord's middle, to the right of a → b.
	const cx = (a[0]! + b[0]!) / 2 + (dy / length) * bulge * 2;
	const cy = (a[1]! + b[1]!) / 2 - (dx / length) * bulge * 2;
	const line: number[][] = [];
	for (let i = 0; i <= FLOW_POINTS - 1; i++) {
		const t = i / (FLOW_POINTS - 1);
		const u = 1 - t;
		const x = u * u * a[0]! + 2 * u * t * cx + t * t * b[0]!;
		const y = u * u * a[1]! + 2 * u * t * cy + t * t * b[1]!;
		line.push([Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5]);
	}
	return line;
}
