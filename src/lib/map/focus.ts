/**
 * Focus + context: what a selection is connected to (`focusOf`), the feature that draws it
 * (`featureForSelection`) and the feature-state that dims the rest (`applyFocus`). Fetched with
 * the selection's handling (selection-states.ts) rather than with the first frame.
 */
import type { Selection } from '$lib/state/types';
import { SOURCES, STATE, type SourceId } from './ids';
import { partiesOfPair } from './flows';
import type { StyleTarget } from './apply';
import type { MapLookup } from './lookup';

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

/** The place and link ids drawn faint (feature-state `dim`). */
export interface Dimmed {
	places: Set<string>;
	links: Set<string>;
}

export const NOTHING_DIMMED: Dimmed = { places: new Set(), links: new Set() };

/**
 * Focus + context: dims every place and link of `all` not connected to the selection (`focus`;
 * null dims nothing), setting feature-state only where it changes from `previous`; one dimmed
 * before and no longer in `all` (a link that left the links source) is set back. `all.links` is
 * what the links source holds: at the overview of a big corpus that is the selection's few flows,
 * not the tens of thousands of links whose states each cost MapLibre a paint update. Returns what
 * is dimmed now.
 */
export function applyFocus(
	map: StyleTarget,
	focus: Focus | null,
	all: { places: Iterable<string>; links: Iterable<string> },
	previous: Dimmed
): Dimmed {
	const apply = (
		source: string,
		ids: Iterable<string>,
		keep: Set<string> | null,
		before: Set<string>
	) => {
		const now = new Set<string>();
		if (!map.getSource(source)) return before;
		for (const id of ids)
			if (keep !== null && !keep.has(id)) {
				now.add(id);
				if (!before.has(id)) map.setFeatureState({ source, id }, { [STATE.dim]: true });
			}
		for (const id of before)
			if (!now.has(id)) map.setFeatureState({ source, id }, { [STATE.dim]: false });
		return now;
	};
	return {
		places: apply(SOURCES.places, all.places, focus?.places ?? null, previous.places),
		links: apply(SOURCES.links, all.links, focus?.links ?? null, previous.links)
	};
}
