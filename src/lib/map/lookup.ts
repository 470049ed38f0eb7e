/**
 * Pure lookups behind the map's selection and camera: the places, links, flows and arc ends by id,
 * which source feature to highlight for a selection and what it is connected to (`focusOf`), the
 * points to frame. What the pointer is over, a click's selection and the tooltip are in hit.ts,
 * loaded with the pointer's handling (interaction.ts) rather than with the first frame.
 */
import type {
	LinkFeature,
	LinksCollection,
	PlacesCollection,
	PlaceProperties
} from '$lib/data/schema';
import { arcOf } from '$lib/data/link-arcs';
import { partyName } from '$lib/data/selectors';
import type { Selection } from '$lib/state/types';
import { SOURCES, type SourceId } from './ids';
import { arcEnds, clampLine } from './prepare';
import { placeClusters } from './place-clusters';
import { buildFlows, partiesOfPair, type Flow } from './flows';

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

/** The source feature that draws a selection (for feature-state highlight). */
export function featureForSelection(
	sel: Selection,
	lookup: MapLookup
): { source: SourceId; id: string } | null {
	if (!sel) return null;
	if (sel.type === 'link')
		return lookup.links.has(sel.id) ? { source: SOURCES.links, id: sel.id } : null;
	const p = lookup.places.get(sel.id);
	if (!p) return null;
	if (p.kind === 'country' && p.country) return { source: SOURCES.countries, id: p.country };
	if (p.polygon) return { source: SOURCES.regions, id: p.polygon };
	return { source: SOURCES.places, id: p.id };
}

/** What a selection is connected to: its links and the places they touch (see `focusOf`). */
export interface Focus {
	links: Set<string>;
	places: Set<string>;
}

/** The places an arc touches: the places (or end markers) at its two ends and its venue. */
function placesOfLink(id: string, lookup: MapLookup): string[] {
	const venue = lookup.links.get(id)?.place;
	return [...(lookup.endsOfLink.get(id) ?? []), ...(venue ? [venue] : [])];
}

/** The links drawn between the two parties of a pair id, both ways (none for a bad id). */
function linksOfPair(id: string, lookup: MapLookup): string[] {
	const pair = partiesOfPair(id);
	if (!pair) return [];
	const [a, b] = pair;
	return [
		...(lookup.flows.get(`${a}>${b}`)?.links ?? []),
		...(a === b ? [] : (lookup.flows.get(`${b}>${a}`)?.links ?? []))
	];
}

/**
 * Focus + context: the links and places connected to a selection, which the map keeps in full
 * colour while it dims the rest (null: nothing selected, nothing dimmed). A link is connected to
 * itself; a pair of parties to the links drawn between them; a party to the links it takes part
 * in; a country to the links it is a party to or
 * hosts; any other place to the links held there or drawn from or to it (a capital is where its
 * country's arcs end).
 */
export function focusOf(sel: Selection, lookup: MapLookup): Focus | null {
	if (!sel) return null;
	const links = new Set<string>();
	if (sel.type === 'link') {
		if (!lookup.links.has(sel.id)) return null;
		links.add(sel.id);
	} else if (sel.type === 'pair') {
		for (const id of linksOfPair(sel.id, lookup)) links.add(id);
		if (links.size === 0) return null;
	} else if (sel.type === 'party') {
		for (const [id, l] of lookup.links) if (l.parties.includes(sel.id)) links.add(id);
		if (links.size === 0) return null;
	} else {
		const p = lookup.places.get(sel.id);
		if (!p) return null;
		const iso = p.kind === 'country' ? p.country : null;
		for (const [id, l] of lookup.links) {
			const venue = l.place ? lookup.places.get(l.place) : undefined;
			const connected = iso
				? l.parties.includes(iso) || (venue?.country === iso && venue.kind !== 'country')
				: l.place === p.id || lookup.endsOfLink.get(id)?.includes(p.id) === true;
			if (connected) links.add(id);
		}
	}
	const places = new Set<string>(sel.type === 'place' ? [sel.id] : []);
	for (const id of links) for (const p of placesOfLink(id, lookup)) places.add(p);
	return { links, places };
}
