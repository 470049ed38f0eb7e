/**
 * Cities that would crowd one another at the overview merge into one marker: within a country,
 * the city with the most mentions stands for those whose markers would touch its own at the
 * first view's zoom (CLUSTER_ZOOM, CLUSTER_RADIUS_PX apart). A corpus of thousands of articles
 * names a thousand cities, most of them a few pixels from the next; the five bundled articles
 * name none that close. Zoomed in past EVENTS_ZOOM (flows.ts), as the flows give way to their
 * events, every city has its own marker again.
 *
 * At the overview the head's marker counts the mentions of them all and is labelled with how
 * many it stands for ("Tehran +5"), the others are off (year-states.ts), and the flows ending at
 * one of them end at the head (prepareFlows). Worked out once per data load.
 */
import type { PlacesCollection } from '$lib/data/schema';
import { mentionCount } from '$lib/data/selectors';
import { pointKey } from './point-key';
import { mercatorY } from './mercator';

/** The zoom the clusters are made for: about the first view's. */
const CLUSTER_ZOOM = 3;
/** Cities closer than this at CLUSTER_ZOOM, in CSS px, merge (about two markers' width). */
const CLUSTER_RADIUS_PX = 24;

export interface PlaceClusters {
	/** A head's id → the ids of the cities it stands for (itself not included). */
	members: Map<string, string[]>;
	/** A point (pointKey) where a merged city is → its head's coordinates. */
	snap: Map<string, [number, number]>;
}

const NO_CLUSTERS: PlaceClusters = { members: new Map(), snap: new Map() };
const cache = new WeakMap<PlacesCollection, PlaceClusters>();

/** World pixels at CLUSTER_ZOOM (Web Mercator, 512-px tiles as MapLibre's). */
function worldPx(c: readonly number[]): [number, number] {
	const size = 512 * 2 ** CLUSTER_ZOOM;
	return [((c[0]! + 180) / 360) * size, mercatorY(c[1]!) * size];
}

/**
 * The clusters of a corpus's cities: greedy, most mentioned first (ties by id), each city joining
 * the first head of its country within CLUSTER_RADIUS_PX, else becoming a head.
 */
export function placeClusters(places: PlacesCollection): PlaceClusters {
	const cached = cache.get(places);
	if (cached) return cached;
	const cities = places.features
		.filter((f) => f.properties.kind === 'city' && f.geometry.type === 'Point')
		.map((f) => ({
			id: f.properties.id,
			country: f.properties.country ?? '',
			coord: f.geometry.coordinates as [number, number],
			px: worldPx(f.geometry.coordinates),
			total: mentionCount(f.properties, null)
		}))
		.sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const headsOf = new Map<string, typeof cities>();
	const result: PlaceClusters = { members: new Map(), snap: new Map() };
	for (const city of cities) {
		let heads = headsOf.get(city.country);
		if (!heads) headsOf.set(city.country, (heads = []));
		const head = heads.find(
			(h) => Math.hypot(h.px[0] - city.px[0], h.px[1] - city.px[1]) < CLUSTER_RADIUS_PX
		);
		if (!head) {
			heads.push(city);
			continue;
		}
		const list = result.members.get(head.id);
		if (list) list.push(city.id);
		else result.members.set(head.id, [city.id]);
		result.snap.set(pointKey(city.coord), head.coord);
	}
	const out = result.members.size ? result : NO_CLUSTERS;
	cache.set(places, out);
	return out;
}
