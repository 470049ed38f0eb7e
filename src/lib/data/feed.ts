/**
 * The event feed's rows: the links shown in the year range whose arcs reach into the map's view,
 * newest first. No Svelte, no DOM.
 */
import { arcOf } from './link-arcs';
import type { LinkFeature, LinkProperties } from './schema';
import { newestFirst } from './excerpts';
import { inYears } from './selectors';
import type { YearRange } from '../state/types';

/** What the map shows, in degrees (west may exceed east across the antimeridian). */
export interface ViewBounds {
	west: number;
	south: number;
	east: number;
	north: number;
}

/** A longitude brought into -180…180 (an arc's far end may be unwrapped past ±180). */
function wrap(lng: number): number {
	return ((((lng + 180) % 360) + 360) % 360) - 180;
}

/** Whether a point is inside the view (a view wider than the world holds every longitude). */
export function pointInView(point: readonly number[], view: ViewBounds): boolean {
	const [lng, lat] = point as [number, number];
	if (lat < view.south || lat > view.north) return false;
	if (view.east - view.west >= 360) return true;
	const x = wrap(lng);
	const w = wrap(view.west);
	const e = wrap(view.east);
	return w <= e ? x >= w && x <= e : x >= w || x <= e;
}

/** Whether an arc reaches into the view: one of its ends or its middle is inside it. */
export function arcInView(line: readonly (readonly number[])[], view: ViewBounds): boolean {
	if (line.length === 0) return false;
	return [line[0]!, line[Math.floor(line.length / 2)]!, line[line.length - 1]!].some((p) =>
		pointInView(p, view)
	);
}

/** A corpus's links newest first, sorted once per links array (the feed filters on every camera move). */
const sorted = new WeakMap<readonly LinkFeature[], readonly LinkFeature[]>();
function newestFirstOnce(links: readonly LinkFeature[]): readonly LinkFeature[] {
	let out = sorted.get(links);
	if (!out) {
		out = [...links].sort((a, b) => newestFirst(a.properties, b.properties));
		sorted.set(links, out);
	}
	return out;
}

/**
 * The links the feed lists: shown under the legend's choices, in the year range and, when a view
 * is given, reaching into it; newest first.
 */
export function feedLinks(
	links: readonly LinkFeature[],
	range: YearRange | null,
	isShown: (link: LinkProperties) => boolean,
	view: ViewBounds | null
): LinkProperties[] {
	const out: LinkProperties[] = [];
	for (const f of newestFirstOnce(links)) {
		const p = f.properties;
		if (!isShown(p) || !inYears(p.year, range)) continue;
		if (view && !arcInView(arcOf(f), view)) continue;
		out.push(p);
	}
	return out;
}
