/**
 * What the pointer is over: which place, link or flow a feature under it stands for, what a click
 * on it selects (`selectionForHit`), the source its hover state lives in, and its tooltip (counts
 * in the year range). Pure, over the map's lookup (lookup.ts); read only by the pointer's handling
 * (interaction.ts), which the map loads once it is first idle or a pointer first comes over it.
 */
import type { PlaceProperties } from '$lib/data/schema';
import { LINK_TYPE_LABELS } from '$lib/config/tokens';
import { certaintyOf } from '$lib/data/certainty';
import { certaintyWord, dateAsKnown } from '$lib/data/certainty-words';
import { linkEnds } from '$lib/data/link-ends';
import { inYears, mentionCount } from '$lib/data/selectors';
import type { Selection, YearRange } from '$lib/state/types';
import { countByType, pairId, type Flow } from './flows';
import { LAYERS, SOURCES, type SourceId } from './ids';
import type { MapLookup } from './lookup';

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
 * `isShown` tells which links the map shows now (a flow counts those); at the `overview` a city
 * standing for its neighbours names them.
 */
export function tooltipFor(
	hit: MapHit,
	lookup: MapLookup,
	range: YearRange | null,
	isShown: (linkId: string) => boolean = () => true,
	overview = false
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
		const merged = overview ? lookup.merged.get(sel.id) : undefined;
		if (merged) parts.push(`with ${mergedNames(merged, lookup)} nearby: zoom in to part them`);
		return { title: p.name, detail: parts.join(' · ') };
	}
	const party = hit.id === undefined ? undefined : lookup.ends.get(String(hit.id));
	if (party) return { title: lookup.partyName(party), detail: 'arcs drawn from or to it' };
	// Countries the articles never mention stay quiet: no tooltip.
	return null;
}

/** The names of the cities a marker stands for: the first three, then how many more. */
function mergedNames(ids: readonly string[], lookup: MapLookup): string {
	const names = ids.slice(0, 3).map((id) => lookup.places.get(id)?.name ?? id);
	const more = ids.length - names.length;
	return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
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
