/**
 * Turns the loaded data into what the map sources hold, once per data load (never per year
 * change): the promoted id and what the style's expressions read, nothing more, goes to the
 * worker. What the year range, the choices, the zoom and the selection change is feature-state
 * (`yearStates`, year-states.ts); what a click or a tooltip needs is looked up on the main thread
 * (lookup.ts).
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type {
	LinkFeature,
	LinksCollection,
	PlacesCollection,
	PlaceProperties
} from '$lib/data/schema';
import { arcOf } from '$lib/data/link-arcs';
import { certaintyOf, type Certainty } from '$lib/data/certainty';
import { mentionCount, partyName } from '$lib/data/selectors';
import type { YearRange } from '$lib/state/types';
import { buildFlows, flowLine } from './flows';
import { placeClusters } from './place-clusters';
import { clampLat, MAX_LAT } from './mercator';
import { pointKey, wrapLng } from './point-key';

/** What the worker gets per place marker (read by the place layers' filters, sizes and labels). */
export interface MapPlaceProps {
	id: string;
	/** The label. */
	name: string;
	/** The label at the overview: a city standing for its neighbours says how many (`Tehran +5`). */
	label: string;
	/**
	 * `party`: the marker of an arc end no mentioned place marks (see `arcEnds`). A country is
	 * drawn as its polygon, not as a point.
	 */
	kind: PlaceProperties['kind'] | 'party';
	/** Ringed, with a dot (a state's arc end too). */
	capital: boolean;
	/** Region polygon id, '' when the place is drawn as a point. */
	polygon: string;
	/** Mentions in all years, undated included (the marker's size before any state is set). */
	total: number;
}

/**
 * What the worker gets per link: only what expressions read (colour by type, width by articles)
 * and the promoted id. The year range is feature-state; everything else stays on the main thread.
 */
export interface MapLinkProps {
	id: string;
	type: string;
	articles: number;
	/** Which of the arc layers draws it (constant per link: a layer filter reads it). */
	certainty: Certainty;
	/** Whether the text gives its direction (its arrowhead is drawn). */
	directed: boolean;
}

/** The marker of an arc end that no mentioned place marks: a party drawn at its capital. */
interface ArcEnd {
	id: string;
	party: string;
	coord: [number, number];
}

export interface ArcEnds {
	/** Markers for the ends no place marks, one per point. */
	ends: ArcEnd[];
	/** Per link id: the place or end ids at its two ends (from, to). */
	byLink: Map<string, [string, string]>;
}

const endsCache = new WeakMap<LinksCollection, { places: PlacesCollection; ends: ArcEnds }>();

/**
 * Where every arc ends: the mentioned place at that point, or else a marker of its own for the
 * party drawn there (a state's capital the articles never name, say), so no arc ends in nothing
 * whatever the year. Worked out once per data load.
 */
export function arcEnds(places: PlacesCollection, links: LinksCollection): ArcEnds {
	const cached = endsCache.get(links);
	if (cached && cached.places === places) return cached.ends;
	const atPoint = new Map<string, string>();
	for (const f of places.features) atPoint.set(pointKey(f.geometry.coordinates), f.properties.id);
	const ends: ArcEnd[] = [];
	const taken = new Set<string>();
	const endAt = (c: number[], party: string): string => {
		const key = pointKey(c);
		let id = atPoint.get(key);
		if (id) return id;
		const base = `end-${party.toLowerCase()}`;
		id = base;
		for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
		taken.add(id);
		atPoint.set(key, id);
		const [lng, lat] = key.split(',').map(Number) as [number, number];
		ends.push({ id, party, coord: [lng, lat] });
		return id;
	};
	const byLink = new Map<string, [string, string]>();
	for (const f of links.features) {
		const c = f.geometry.coordinates;
		if (c.length < 2) continue;
		byLink.set(f.properties.id, [
			endAt(c[0]!, f.properties.from),
			endAt(c[c.length - 1]!, f.properties.to)
		]);
	}
	const result = { ends, byLink };
	endsCache.set(links, { places, ends: result });
	return result;
}

export function preparePlaces(
	places: PlacesCollection,
	links?: LinksCollection
): FeatureCollection<Point, MapPlaceProps> {
	const ends = links ? arcEnds(places, links).ends : [];
	const { members } = placeClusters(places);
	return {
		type: 'FeatureCollection',
		features: [
			...places.features.map((f) => {
				const p = f.properties;
				const props: MapPlaceProps = {
					id: p.id,
					name: p.name,
					label: members.has(p.id) ? `${p.name} +${members.get(p.id)!.length}` : p.name,
					kind: p.kind,
					capital: p.capital === true,
					polygon: p.polygon ?? '',
					total: mentionCount(p, null)
				};
				return { type: 'Feature' as const, geometry: f.geometry, properties: props };
			}),
			...ends.map((e) => {
				const state = /^[A-Z]{2}$/.test(e.party);
				const name = partyName(e.party, places, links);
				const props: MapPlaceProps = {
					id: e.id,
					name,
					label: name,
					kind: 'party',
					capital: state,
					polygon: '',
					total: 0
				};
				return {
					type: 'Feature' as const,
					geometry: { type: 'Point' as const, coordinates: e.coord },
					properties: props
				};
			})
		]
	};
}

/**
 * A line's coordinates within Web Mercator's latitudes (arcs bent over a pole must not leave the
 * projection): the same array when it already is (arcs are kept within ±85°), so a large corpus
 * is not copied point by point.
 */
export function clampLine(coordinates: number[][]): number[][] {
	for (const c of coordinates)
		if (!(Math.abs(c[1]!) <= MAX_LAT)) return coordinates.map((p) => [p[0]!, clampLat(p[1]!)]);
	return coordinates;
}

/** A link as the links source takes it. */
export type MapLinkFeature = Feature<LineString, MapLinkProps>;

const sourceFeatures = new WeakMap<LinkFeature, MapLinkFeature>();

/**
 * A link as the links source takes it: its arc (built here, when the link is first drawn: most
 * links of a large corpus are drawn only as part of their flow) and what the expressions read.
 * Made once per link and kept, so the source's data is the same objects view after view.
 */
export function linkSourceFeature(f: LinkFeature): MapLinkFeature {
	let out = sourceFeatures.get(f);
	if (!out) {
		const p = f.properties;
		out = {
			type: 'Feature',
			geometry: { type: 'LineString', coordinates: clampLine(arcOf(f)) },
			properties: {
				id: p.id,
				type: p.type,
				articles: p.articles,
				certainty: certaintyOf(p),
				directed: p.directed
			}
		};
		sourceFeatures.set(f, out);
	}
	return out;
}

/** Every link as the links source takes it (tests; the map draws only `drawnLinks`). */
export function prepareLinks(links: LinksCollection): FeatureCollection<LineString, MapLinkProps> {
	return { type: 'FeatureCollection', features: links.features.map(linkSourceFeature) };
}

/** What the worker gets per flow (see flows.ts): its id and size; the rest stays here. */
export interface MapFlowProps {
	id: string;
	/** Its links, whatever the range (the arrowhead's size: layout cannot read feature-state). */
	links: number;
	/** Whether one of its links has a direction the text gives (its arrowhead is drawn). */
	directed: boolean;
}

export function prepareFlows(
	links: LinksCollection,
	only: ReadonlySet<string>,
	snap: ReadonlyMap<string, [number, number]> = new Map()
): FeatureCollection<LineString, MapFlowProps> {
	return {
		type: 'FeatureCollection',
		features: buildFlows(links)
			.flows.filter((f) => only.has(f.id))
			.map((f) => ({
				type: 'Feature' as const,
				geometry: { type: 'LineString' as const, coordinates: clampLine(snapped(f.line, snap)) },
				properties: { id: f.id, links: f.links.length, directed: f.directed }
			}))
	};
}

/**
 * A flow's line drawn between the cities standing for its ends at the overview (place-clusters.ts):
 * the same line when neither end is merged, or when both merge into one city.
 */
function snapped(line: number[][], snap: ReadonlyMap<string, [number, number]>): number[][] {
	if (snap.size === 0) return line;
	const a = line[0]!;
	const b = line[line.length - 1]!;
	const a2 = snap.get(pointKey(a)) ?? a;
	const b2 = snap.get(pointKey(b)) ?? b;
	if ((a2 === a && b2 === b) || pointKey(a2) === pointKey(b2)) return line;
	// The far end may be unwrapped past ±180° (see flowLine): the snapped point keeps its side.
	const unwrap = b[0]! - wrapLng(b[0]!);
	return flowLine([a2, b2 === b ? b : [b2[0]! + unwrap, b2[1]!]]);
}

/**
 * Mentions in the range per polygon feature: countries keyed by ISO code (from `country` places),
 * regions keyed by polygon id. Applied as feature-state, so a year change never touches a source.
 */
export function polygonCounts(
	places: PlacesCollection,
	range: YearRange | null
): { countries: Map<string, number>; regions: Map<string, number> } {
	const countries = new Map<string, number>();
	const regions = new Map<string, number>();
	for (const f of places.features) {
		const p = f.properties;
		const n = mentionCount(p, range);
		if (p.kind === 'country' && p.country) countries.set(p.country, n);
		if (p.polygon) regions.set(p.polygon, (regions.get(p.polygon) ?? 0) + n);
	}
	return { countries, regions };
}
