/**
 * Pure lookups behind the map's selection and camera: the places, links, flows and arc ends by id,
 * the points to frame. Which source feature a selection highlights and what it is connected to are
 * in focus.ts, fetched with the selection's handling; what the pointer is over, a click's selection
 * and the tooltip in hit.ts, loaded with the pointer's handling (interaction.ts) rather than with
 * the first frame.
 */
import type {
	LinkFeature,
	LinksCollection,
	PlacesCollection,
	PlaceProperties
} from '$lib/data/schema';
import { arcOf } from '$lib/data/link-arcs';
import { partyName } from '$lib/data/selectors';
import { arcEnds, clampLine } from './prepare';
import { placeClusters } from './place-clusters';
import { buildFlows, type Flow } from './flows';

export interface MapLookup {
	places: Map<string, PlaceProperties>;
	links: Map<string, LinksCollection['features'][number]['properties']>;
	/** Region polygon id → place id. */
	placeByPolygon: Map<string, string>;
	/** ISO alpha-2 → place id of the country. */
	placeByIso: Map<string, string>;
	/** Coordinates per place and arc-end id (its point), for camera moves. Read them through `coordsOf`. */
	coords: Map<string, number[][]>;
	/** Link features by id: their arcs are built when a camera move first frames them (`coordsOf`). */
	linkFeatures: Map<string, LinkFeature>;
	/** Per link id: the place or arc-end marker ids at its two ends (see `arcEnds`). */
	endsOfLink: Map<string, [string, string]>;
	/** Arc-end markers (see `arcEnds`): their id → the party drawn there. */
	ends: Map<string, string>;
	/** Flows (see flows.ts) by id. */
	flows: Map<string, Flow>;
	/** Link id → the id of the flow it is part of. */
	flowOfLink: Map<string, string>;
	/** The name every view shows for a party id (partyName in selectors.ts). */
	partyName: (party: string) => string;
	/** A city standing for its neighbours at the overview → their ids (place-clusters.ts). */
	merged: ReadonlyMap<string, readonly string[]>;
}

/**
 * The points to frame for a place or link id (a link's every arc point), within Web Mercator's
 * latitudes (none when unknown).
 */
export function coordsOf(lookup: MapLookup, id: string): [number, number][] {
	const link = lookup.linkFeatures.get(id);
	const coords = link ? arcOf(link) : lookup.coords.get(id);
	return coords ? (clampLine(coords) as [number, number][]) : [];
}

export function buildLookup(places: PlacesCollection, links: LinksCollection): MapLookup {
	const flows = buildFlows(links);
	const lookup: MapLookup = {
		places: new Map(),
		links: new Map(),
		placeByPolygon: new Map(),
		placeByIso: new Map(),
		coords: new Map(),
		linkFeatures: new Map(),
		endsOfLink: new Map(),
		ends: new Map(),
		flows: flows.byId,
		flowOfLink: flows.flowOfLink,
		partyName: (party) => partyName(party, places, links),
		merged: placeClusters(places).members
	};
	for (const f of places.features) {
		const p = f.properties;
		lookup.places.set(p.id, p);
		if (p.polygon) lookup.placeByPolygon.set(p.polygon, p.id);
		if (p.kind === 'country' && p.country) lookup.placeByIso.set(p.country, p.id);
		lookup.coords.set(p.id, [f.geometry.coordinates]);
	}
	for (const f of links.features) {
		lookup.links.set(f.properties.id, f.properties);
		lookup.linkFeatures.set(f.properties.id, f);
	}
	const { ends, byLink } = arcEnds(places, links);
	lookup.endsOfLink = byLink;
	for (const e of ends) {
		lookup.ends.set(e.id, e.party);
		lookup.coords.set(e.id, [e.coord]);
	}
	return lookup;
}
