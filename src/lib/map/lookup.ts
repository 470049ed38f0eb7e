/**
 * Pure lookups behind hover, click and selection: which place or link a map feature stands for,
 * which source feature to highlight for a selection, and the tooltip text (counts in the range).
 */
import type {
	LinkFeature,
	LinksCollection,
	PlacesCollection,
	PlaceProperties
} from '$lib/data/schema';
import { arcOf } from '$lib/data/link-arcs';
import { LINK_TYPE_LABELS } from '$lib/config/tokens';
import { certaintyOf, certaintyWord, dateAsKnown } from '$lib/data/certainty';
import { inYears, mentionCount, partyName } from '$lib/data/selectors';
import type { Selection, YearRange } from '$lib/state/types';
import { LAYERS, SOURCES, type SourceId } from './ids';
import { arcEnds, clampLine } from './prepare';
import { buildFlows, countByType, pairId, partiesOfPair, type Flow } from './flows';
import { linkEnds } from '$lib/data/link-ends';

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
		partyName: (party) => partyName(party, places, links)
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

/** A feature under the pointer, as the map reports it. */
export interface MapHit {
	layer: string;
	/** The promoted id (place id, link id, region polygon id, country ISO code). */
	id: string | number | undefined;
}

/** What a click on a map feature selects (null: the map itself, or an unmentioned country). */
export function selectionForHit(hit: MapHit | null, lookup: MapLookup): Selection {
	if (!hit || hit.id === undefined) return null;
	const id = String(hit.id);
	switch (hit.layer) {
		case LAYERS.placeCircle:
		case LAYERS.placeLabel: {
			if (lookup.places.has(id)) return { type: 'place', id };
			// An arc-end marker stands for its party: a state selects its country.
			const country = lookup.placeByIso.get(lookup.ends.get(id) ?? '');
			return country ? { type: 'place', id: country } : null;
		}
		case LAYERS.linkLine:
		case LAYERS.linkLineUncertain:
		case LAYERS.linkLineNotHeld:
		case LAYERS.linkArrow:
			return lookup.links.has(id) ? { type: 'link', id } : null;
		case LAYERS.flowLine:
		case LAYERS.flowArrow: {
			// A flow selects its pair of parties: its events both ways.
			const flow = lookup.flows.get(id);
			return flow ? { type: 'pair', id: pairId(flow.from, flow.to) } : null;
		}
		case LAYERS.regionFill: {
			const place = lookup.placeByPolygon.get(id) ?? (lookup.places.has(id) ? id : null);
			return place ? { type: 'place', id: place } : null;
		}
		case LAYERS.land: {
			const place = lookup.placeByIso.get(id);
			return place ? { type: 'place', id: place } : null;
		}
		default:
			return null;
	}
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

/** The source a hovered layer's feature-state lives in. */
export function sourceOfLayer(layer: string): SourceId | null {
	switch (layer) {
		case LAYERS.placeCircle:
			return SOURCES.places;
		case LAYERS.linkLine:
		case LAYERS.linkLineUncertain:
		case LAYERS.linkLineNotHeld:
			return SOURCES.links;
		case LAYERS.flowLine:
			return SOURCES.flows;
		case LAYERS.regionFill:
			return SOURCES.regions;
		case LAYERS.land:
			return SOURCES.countries;
		default:
			return null;
	}
}

function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

export interface TooltipText {
	title: string;
	detail: string;
}

/**
 * Tooltip for a hovered feature (null for anything but a mentioned place, a link or a flow).
 * `isShown` tells which links the map shows now (a flow counts those).
 */
export function tooltipFor(
	hit: MapHit,
	lookup: MapLookup,
	range: YearRange | null,
	isShown: (linkId: string) => boolean = () => true
): TooltipText | null {
	const flow = hit.layer === LAYERS.flowLine ? lookup.flows.get(String(hit.id)) : undefined;
	if (flow) return flowTooltip(flow, lookup, isShown);
	const sel = selectionForHit(hit, lookup);
	if (sel?.type === 'link') {
		const l = lookup.links.get(sel.id)!;
		const n = l.articles;
		const status = certaintyOf(l) === 'certain' ? '' : ` · ${certaintyWord(l)}`;
		return {
			title: `${LINK_TYPE_LABELS[l.type]}: ${linkEnds(l, lookup.partyName)}`,
			detail: `${dateAsKnown(l)} · ${plural(n, 'article', 'articles')}${status}`
		};
	}
	if (sel?.type === 'place') {
		const p = lookup.places.get(sel.id)!;
		const n = mentionCount(p, range);
		const linkCount = countLinks(p, lookup, range);
		const parts = [plural(n, 'mention', 'mentions')];
		if (linkCount > 0) parts.push(plural(linkCount, 'link', 'links'));
		return { title: p.name, detail: parts.join(' · ') };
	}
	const party = hit.id === undefined ? undefined : lookup.ends.get(String(hit.id));
	if (party) return { title: lookup.partyName(party), detail: 'arcs drawn from or to it' };
	// Countries the articles never mention stay quiet: no tooltip.
	return null;
}

/** A flow's tooltip: its two parties, its events shown by type (most first), a hint to click. */
function flowTooltip(
	flow: Flow,
	lookup: MapLookup,
	isShown: (linkId: string) => boolean
): TooltipText {
	const byType = countByType(flow, isShown);
	let n = 0;
	for (const k of byType.values()) n += k;
	const types = [...byType]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([t, k]) => `${LINK_TYPE_LABELS[t as keyof typeof LINK_TYPE_LABELS] ?? t} ${k}`);
	return {
		title: linkEnds(flow, lookup.partyName),
		detail: `${plural(n, 'event', 'events')}: ${types.join(', ')} · click to see them`
	};
}

/** Links in the range a place takes part in (as a party, for countries and actors, or as venue). */
function countLinks(p: PlaceProperties, lookup: MapLookup, range: YearRange | null): number {
	let n = 0;
	for (const l of lookup.links.values()) {
		if (l.status !== 'held' || !inYears(l.year, range)) continue;
		const party = p.kind === 'country' && p.country ? l.parties.includes(p.country) : false;
		if (party || l.place === p.id) n++;
	}
	return n;
}
