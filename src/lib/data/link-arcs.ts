/**
 * The arcs of the links, built in the browser from what links.geojson stores: each link's two ends
 * (a two-point LineString, from → to, as the gazetteer places its parties) and its place in the
 * file. The arc itself (arcs.ts) is a pure function of the two ends and the link's fan index, so
 * storing its 17–33 vertices per link made most of the bytes the app fetched before its first
 * frame (about 590 of 850 bytes per link); now only the links a view draws, frames or tests get one.
 *
 * The fan index is the link's position among the links before it in the file with the same two
 * ends (in either direction), as the ingest sorts them (docs/data.md): it is worked out once per
 * loaded file, over the whole file, before the app splits the links by status (`fanOut`).
 *
 * No Svelte, no MapLibre: the map, the feed, the tour, the export and the tests share it.
 */
import { arcCoordinates, arcEndpoints, FAN_SLOTS, type LngLat } from './arcs';
import type { LinkFeature, LinksCollection } from './schema';

/** Fan index per link feature, set by `fanOut` (a feature never fanned out is index 0). */
const fans = new WeakMap<LinkFeature, number>();
/** The arc per feature, once computed (the feed and the camera ask again and again). */
const arcOfFeature = new WeakMap<LinkFeature, LngLat[]>();
/**
 * Arcs by their ends and fan slot: thousands of links share a few hundred ends, so each distinct
 * arc is computed once and its array shared (never mutated by readers).
 */
const arcsByKey = new Map<string, LngLat[]>();

/** A point as the ingest grouped ends into pairs: 3 decimals (about 100 m). */
function pointKey(p: readonly number[]): string {
	return `${p[0]!.toFixed(3)},${p[1]!.toFixed(3)}`;
}

/** The two stored ends of a link: where `from` and `to` are drawn. */
function endsOf(f: LinkFeature): [LngLat, LngLat] {
	const c = f.geometry.coordinates;
	return [c[0] as LngLat, c[c.length - 1] as LngLat];
}

/**
 * The first and last point of the link's arc, without drawing it (`arcEndpoints`): the far end's
 * longitude within 180° of the near one's, both the same point for a loop.
 */
export function chordEnds(f: LinkFeature): [LngLat, LngLat] {
	const [from, to] = endsOf(f);
	return arcEndpoints(from, to);
}

/**
 * Gives every link of a file its fan index: its position among the links before it with the
 * same two ends, in either direction, as the ingest numbered them when it stored the arcs. Call it
 * once with every feature of the file in file order (before any split or filter).
 */
export function fanOut(features: readonly LinkFeature[]): void {
	// A few hundred distinct ends: each gets a number once (by its key, so points the ingest took
	// for one, within 3 decimals, share it), and a pair of ends is one number.
	const pointIds = new Map<string, number>();
	const idOf = new Map<number, Map<number, number>>();
	const pointId = (p: LngLat): number => {
		let byLat = idOf.get(p[0]);
		if (!byLat) idOf.set(p[0], (byLat = new Map()));
		let id = byLat.get(p[1]);
		if (id === undefined) {
			const key = pointKey(p);
			id = pointIds.get(key) ?? pointIds.size;
			pointIds.set(key, id);
			byLat.set(p[1], id);
		}
		return id;
	};
	const seen = new Map<number, number>();
	for (const f of features) {
		const [from, to] = endsOf(f);
		const a = pointId(from);
		const b = pointId(to);
		const pair = a < b ? a * 1048576 + b : b * 1048576 + a;
		const index = seen.get(pair) ?? 0;
		seen.set(pair, index + 1);
		fans.set(f, index);
		arcOfFeature.delete(f);
	}
}

/** The link's fan index (`fanOut`), 0 for a feature no file loaded. */
export function fanIndex(f: LinkFeature): number {
	return fans.get(f) ?? 0;
}

/** The arc a link is drawn as: arcCoordinates of its two ends and its fan index. */
export function arcOf(f: LinkFeature): LngLat[] {
	let arc = arcOfFeature.get(f);
	if (arc) return arc;
	const [from, to] = endsOf(f);
	const slot = fanIndex(f) % FAN_SLOTS;
	const key = `${from[0]},${from[1]},${to[0]},${to[1]},${slot}`;
	arc = arcsByKey.get(key);
	if (!arc) arcsByKey.set(key, (arc = arcCoordinates(from, to, { index: slot })));
	arcOfFeature.set(f, arc);
	return arc;
}

/** The links with their arcs as geometry (the export: other tools draw what the map draws). */
export function withArcs(features: readonly LinkFeature[]): LinkFeature[] {
	return features.map((f) => ({
		...f,
		geometry: { type: 'LineString', coordinates: arcOf(f) }
	}));
}

/** A collection's links fanned out and drawn: what a test or a tool compares with the map. */
export function drawnCollection(links: LinksCollection): LinksCollection {
	fanOut(links.features);
	return { ...links, features: withArcs(links.features) };
}
