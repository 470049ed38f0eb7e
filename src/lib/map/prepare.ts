/**
 * Turns the loaded data into what the map sources hold, once per data load (never per year
 * change): only what expressions read goes to the worker. What the year range, the choices, the
 * zoom and the selection change is feature-state, worked out here too (`yearStates`).
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { LinksCollection, PlacesCollection, PlaceProperties } from '$lib/data/schema';
import { certaintyOf, isLinkShown, type Certainty } from '$lib/data/certainty';
import { partyName } from '$lib/data/selectors';
import { ALL_SHOWN, type LinksShown, type YearRange } from '$lib/state/types';
import { buildFlows, countByType } from './flows';

const UNDATED = 'undated';

export interface MapPlaceProps {
	id: string;
	name: string;
	/** `party`: the marker of an arc end no mentioned place marks (see `arcEnds`). */
	kind: PlaceProperties['kind'] | 'party';
	country: string;
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
}

/** Mentions by year (`undated` for undated articles). */
export function mentionsByYear(p: PlaceProperties): Record<string, number> {
	return p.mentionsByYear;
}

/** Mentions of a place in a year range; null = all years, undated included. */
export function countInRange(byYear: Record<string, number>, range: YearRange | null): number {
	let n = 0;
	for (const [k, v] of Object.entries(byYear)) {
		if (range === null) n += v;
		else if (k !== UNDATED && Number(k) >= range.from && Number(k) <= range.to) n += v;
	}
	return n;
}

/** A point as a key, its longitude brought into -180…180 (an arc's far end may be unwrapped). */
function pointKey(c: readonly number[] | undefined): string {
	if (!c) return '';
	const lng = ((((c[0]! + 180) % 360) + 360) % 360) - 180;
	return `${Math.round(lng * 1e4) / 1e4},${c[1]}`;
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
	return {
		type: 'FeatureCollection',
		features: [
			...places.features.map((f) => {
				const p = f.properties;
				const byYear = mentionsByYear(p);
				const props: MapPlaceProps = {
					id: p.id,
					name: p.name,
					kind: p.kind,
					country: p.country ?? '',
					capital: p.capital === true,
					polygon: p.polygon ?? '',
					total: countInRange(byYear, null)
				};
				return { type: 'Feature' as const, geometry: f.geometry, properties: props };
			}),
			...ends.map((e) => {
				const state = /^[A-Z]{2}$/.test(e.party);
				const props: MapPlaceProps = {
					id: e.id,
					name: partyName(e.party, places),
					kind: 'party',
					country: state ? e.party : '',
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

/** Web Mercator's latitude limit: arcs bent over a pole must not leave the projection. */
const MAX_LAT = 85;

function clampLat(lat: number): number {
	return Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
}

/**
 * A line's coordinates within Web Mercator's latitudes: the same array when it already is (the
 * ingest keeps arcs within ±85°), so a large corpus is not copied point by point.
 */
export function clampLine(coordinates: number[][]): number[][] {
	for (const c of coordinates)
		if (!(Math.abs(c[1]!) <= MAX_LAT)) return coordinates.map((p) => [p[0]!, clampLat(p[1]!)]);
	return coordinates;
}

export function prepareLinks(links: LinksCollection): FeatureCollection<LineString, MapLinkProps> {
	return {
		type: 'FeatureCollection',
		features: links.features.map((f) => {
			const p = f.properties;
			const coordinates = clampLine(f.geometry.coordinates);
			return {
				type: 'Feature',
				geometry:
					coordinates === f.geometry.coordinates ? f.geometry : { type: 'LineString', coordinates },
				properties: { id: p.id, type: p.type, articles: p.articles, certainty: certaintyOf(p) }
			};
		})
	};
}

/** What the worker gets per flow (see flows.ts): its id and parties; the rest stays here. */
export interface MapFlowProps {
	id: string;
	from: string;
	to: string;
	/** Its links, whatever the range (the arrowhead's size: layout cannot read feature-state). */
	links: number;
}

export function prepareFlows(links: LinksCollection): FeatureCollection<LineString, MapFlowProps> {
	return {
		type: 'FeatureCollection',
		features: buildFlows(links).flows.map((f) => ({
			type: 'Feature' as const,
			geometry: { type: 'LineString' as const, coordinates: clampLine(f.line) },
			properties: { id: f.id, from: f.from, to: f.to, links: f.links.length }
		}))
	};
}

/** The flows drawn one link at a time at the overview: those holding a link of the selection. */
function expandedFlows(view: MapView, flowOfLink: ReadonlyMap<string, string>): Set<string> {
	const expanded = new Set<string>();
	if (!view.events && view.focus)
		for (const id of view.focus) {
			const flow = flowOfLink.get(id);
			if (flow) expanded.add(flow);
		}
	return expanded;
}

/**
 * What the links source holds in a view: every link past EVENTS_ZOOM; at the overview only the
 * links of the expanded flows (none with nothing selected), since the flows stand for the rest.
 * Lines the GPU must still draw cost every frame even when feature-state hides them: at 10,000
 * articles the hidden overview links made each frame of a click, a flight or a year change take
 * seconds without a GPU. `key` names the set, so the source is replaced only when it changes.
 */
export function drawnLinks(
	all: FeatureCollection<LineString, MapLinkProps>,
	flowOfLink: ReadonlyMap<string, string>,
	view: MapView
): { key: string; data: FeatureCollection<LineString, MapLinkProps> } {
	if (view.events) return { key: '*', data: all };
	const expanded = expandedFlows(view, flowOfLink);
	if (expanded.size === 0) return { key: '', data: { type: 'FeatureCollection', features: [] } };
	return {
		key: [...expanded].sort().join(),
		data: {
			type: 'FeatureCollection',
			features: all.features.filter((f) => expanded.has(flowOfLink.get(f.properties.id) ?? ''))
		}
	};
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
		const n = countInRange(mentionsByYear(p), range);
		if (p.kind === 'country' && p.country) countries.set(p.country, n);
		if (p.polygon) regions.set(p.polygon, (regions.get(p.polygon) ?? 0) + n);
	}
	return { countries, regions };
}

/** Feature-state values per feature id: what the year range sets on places and links. */
export type StateValues = Map<string, Record<string, number | boolean | string>>;

export interface YearStates {
	places: StateValues;
	links: StateValues;
	flows: StateValues;
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

/**
 * What the year range, the certainty choices, the link types shown, the zoom and the selection
 * set on the place, link and flow features.
 *
 * Links: `off` (hidden: outside the range, of a certainty not shown or of a type switched off,
 * undated links being on only when no range is set) and `agg` (shown, but drawn as part of its
 * flow: at the overview, unless its flow holds a link connected to the selection, when all of that
 * flow's links are drawn one by one). Flows: `count` (its links shown; 0 when it is not drawn: in
 * EVENTS_VIEW, or when its links are drawn one by one), `type` (the type most of them share, the
 * first by name among equals; '' when not drawn), `dim` (a selection elsewhere). Places: `count` (mentions in the range) and `off` (no mention in the
 * range and no link shown ending there); arc-end markers: `off` when no link shown ends there.
 * With `range` null, everything shown and EVENTS_VIEW these equal the style's defaults (no state).
 */
export function yearStates(
	places: PlacesCollection,
	links: LinksCollection,
	range: YearRange | null,
	shown: LinksShown = ALL_SHOWN,
	view: MapView = EVENTS_VIEW
): YearStates {
	const { ends, byLink } = arcEnds(places, links);
	const { flows, flowOfLink } = buildFlows(links);
	const expanded = expandedFlows(view, flowOfLink);
	const l: StateValues = new Map();
	const isOff = new Map<string, boolean>();
	// Places and markers at the ends of the arcs shown: kept on whatever their own mentions.
	const endsShown = new Set<string>();
	for (const f of links.features) {
		const p = f.properties;
		const y = p.year;
		const off =
			(range !== null && (y === null || y < range.from || y > range.to)) || !isLinkShown(p, shown);
		const flow = flowOfLink.get(p.id);
		const agg = !view.events && !(flow !== undefined && expanded.has(flow));
		l.set(p.id, { off, agg });
		isOff.set(p.id, off);
		if (!off) for (const id of byLink.get(p.id) ?? []) endsShown.add(id);
	}
	const fl: StateValues = new Map();
	for (const flow of flows) {
		const byType = countByType(flow, (id) => isOff.get(id) === false);
		let count = 0;
		let type = '';
		let most = 0;
		for (const [t, n] of byType) {
			count += n;
			if (n > most || (n === most && t < type)) [type, most] = [t, n];
		}
		// Not drawn (no link shown, or drawn one by one): no count, no type, as before any state.
		const drawn = count > 0 && !view.events && !expanded.has(flow.id);
		fl.set(flow.id, {
			count: drawn ? count : 0,
			type: drawn ? type : '',
			dim: view.focus !== null
		});
	}
	const p: StateValues = new Map();
	for (const f of places.features) {
		const count = countInRange(mentionsByYear(f.properties), range);
		const id = f.properties.id;
		p.set(id, { count, off: range !== null && count === 0 && !endsShown.has(id) });
	}
	for (const e of ends) p.set(e.id, { count: 0, off: !endsShown.has(e.id) });
	return { places: p, links: l, flows: fl };
}
