/**
 * The pieces `yearStates` (year-states.ts) puts together: one feature's state from the counts of
 * the shown links (`Tally`), the places' counts and merged clusters, and the corpus indexes a step
 * reads instead of going through every link.
 */
import type { LinkFeature, LinksCollection, PlacesCollection } from '$lib/data/schema';
import { isLinkShown } from '$lib/data/certainty';
import type { LinksShown, YearRange } from '$lib/state/types';
import { mentionCount } from '$lib/data/selectors';
import { arcEnds } from './prepare';
import { placeClusters, type PlaceClusters } from './place-clusters';
import type { YearStates } from './year-states';

/** Feature-state values per feature id: what the year range sets on places and links. */
export type StateValues = Map<string, Record<string, number | boolean | string>>;

/** Shown links counted per flow (by type) and per arc end: what places and flows are drawn from. */
export interface Tally {
	flowTypes: Map<string, Map<string, number>>;
	ends: Map<string, number>;
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
export function same(prev: State | undefined, off: boolean): State | undefined {
	return prev && prev.off === off ? prev : undefined;
}
function sameCount(prev: State | undefined, count: number, off: boolean): State | undefined {
	return prev && prev.count === count && prev.off === off ? prev : undefined;
}

/** Whether two year ranges are the same (both null: no range). */
export function sameRange(a: YearRange | null, b: YearRange | null): boolean {
	return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
}

/** Whether two sets of choices show the same links (the app passes equal copies on each change). */
export function sameShown(a: LinksShown, b: LinksShown): boolean {
	return (
		a.uncertain === b.uncertain &&
		a.notHeld === b.notHeld &&
		a.hiddenTypes.join() === b.hiddenTypes.join()
	);
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
export function byYear(links: LinksCollection): Map<number, LinkFeature[]> {
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

export function add(
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

export function flowState(
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

export function placeStates(
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
