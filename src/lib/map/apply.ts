/**
 * Style updates applied to a live map: a year range, a theme, a label scale, polygon counts (the
 * focus on a selection is in focus.ts). Written against the
 * few Map methods they need (`StyleTarget`), so unit tests drive them with a fake map and can
 * check that a year change only sets feature-state — never a filter, paint property or source —
 * in the frame that shows it (the place-label filter follows once the range has rested).
 */
import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { ThemeTokens } from '$lib/config/tokens';
import { pointPlaceFilter } from './expressions';
import { LAYERS, SOURCES, STATE, type LayerId } from './ids';
import type { StateValues, YearStates } from './year-states';
import { LABEL_SCALED, layerLayout, layerPaint } from './paint';

/** The subset of maplibre-gl's Map these updates use. */
export interface StyleTarget {
	getLayer(id: string): unknown;
	getSource(id: string): unknown;
	setFilter(layer: string, filter: unknown): unknown;
	setPaintProperty(layer: string, name: string, value: unknown): unknown;
	setLayoutProperty(layer: string, name: string, value: unknown): unknown;
	setFeatureState(
		feature: { source: string; id: string | number },
		state: Record<string, unknown>
	): unknown;
}

/** A MapLibre map as the loosely typed target of these updates (property names come from style.ts). */
export function asStyleTarget(map: MapLibreMap): StyleTarget {
	return map as unknown as StyleTarget;
}

/**
 * Sets the year range's feature-state on places, links and flows, only where it differs from `previous`
 * (the states set last; null = nothing set yet, i.e. the all-years defaults). No filter, paint
 * property or source is touched, so MapLibre redraws without re-laying out any tile.
 */
export function applyYearStates(map: StyleTarget, next: YearStates, previous: YearStates): void {
	const apply = (source: string, values: StateValues, before: StateValues) => {
		// A year step hands back the same map when nothing in it changed (the links at the overview).
		if (values === before || !map.getSource(source)) return;
		for (const [id, state] of values) {
			const old = before.get(id);
			if (old === state) continue;
			const changed: Record<string, number | boolean | string> = {};
			let any = false;
			for (const [k, v] of Object.entries(state))
				if (old?.[k] !== v) {
					changed[k] = v;
					any = true;
				}
			if (any) map.setFeatureState({ source, id }, changed);
		}
	};
	apply(SOURCES.places, next.places, previous.places);
	apply(SOURCES.links, next.links, previous.links);
	apply(SOURCES.flows, next.flows, previous.flows);
}

/**
 * The place-label filter for a year range: the constant place filter, less the places the range
 * hides. Feature-state makes a hidden label transparent but it still takes room in label
 * placement, so a place shown in the range could lose its label to an invisible one; a filter
 * frees the room. Unlike the feature-state, a filter change re-lays out the (small) places source
 * in the worker and re-places the labels over several frames, so the controller applies it once
 * the year range has rested (see LABEL_SETTLE_MS in scheduling.ts): hidden labels vanish at once
 * (feature-state), the others take the freed room a moment later. Returns the filter and a key
 * that changes only when it does.
 */
export function placeLabelFilter(states: YearStates): { filter: FilterSpecification; key: string } {
	const base = pointPlaceFilter();
	const off = [...states.places].filter(([, s]) => s.off === true).map(([id]) => id);
	if (off.length === 0) return { filter: base, key: '' };
	off.sort();
	return {
		filter: ['all', base, ['!', ['in', ['get', 'id'], ['literal', off]]]],
		key: off.join('\n')
	};
}

export interface PolygonCounts {
	countries: Map<string, number>;
	regions: Map<string, number>;
}

/** The count and share set per country and region id. */
export interface PolygonsCounted {
	countries: ReadonlyMap<string, PolygonCount>;
	regions: ReadonlyMap<string, PolygonCount>;
}

interface PolygonCount {
	count: number;
	share: number;
}

/** Nothing set yet (or the map dropped its feature-state). */
export const NOTHING_COUNTED: PolygonsCounted = { countries: new Map(), regions: new Map() };

/**
 * Mentions in the range as feature-state on country and region polygons: `count`, and `share`
 * = sqrt(count / the source's largest count), which the fill ramp reads so the colours use their
 * whole range whatever the corpus size. Only the polygons whose values differ from `previous` are
 * set (each set re-evaluates the polygon's fill and outline over all its vertices); features
 * counted before but absent now are reset to 0. Returns what is set now, per source.
 */
export function applyPolygonCounts(
	map: StyleTarget,
	counts: PolygonCounts,
	previous: PolygonsCounted
): PolygonsCounted {
	const apply = (
		source: string,
		values: Map<string, number>,
		before: ReadonlyMap<string, PolygonCount>
	) => {
		if (!map.getSource(source)) return before;
		for (const id of before.keys())
			if (!values.has(id))
				map.setFeatureState({ source, id }, { [STATE.count]: 0, [STATE.share]: 0 });
		const max = Math.max(0, ...values.values());
		const now = new Map<string, PolygonCount>();
		for (const [id, n] of values) {
			const share = max > 0 ? Math.round(Math.sqrt(n / max) * 1000) / 1000 : 0;
			const old = before.get(id);
			const value = old && old.count === n && old.share === share ? old : { count: n, share };
			if (value !== old)
				map.setFeatureState({ source, id }, { [STATE.count]: n, [STATE.share]: share });
			now.set(id, value);
		}
		return now;
	};
	return {
		countries: apply(SOURCES.countries, counts.countries, previous.countries),
		regions: apply(SOURCES.regions, counts.regions, previous.regions)
	};
}

/** Every themed paint and layout property, set in place (the style is not rebuilt). */
export function applyTheme(
	map: StyleTarget,
	t: ThemeTokens,
	labelScale?: number,
	eventsZoom?: number
): void {
	const paint = layerPaint(t, labelScale);
	const layout = layerLayout(t, labelScale, eventsZoom);
	for (const id of Object.values(LAYERS) as LayerId[]) {
		if (!map.getLayer(id)) continue;
		for (const [k, v] of Object.entries(paint[id])) map.setPaintProperty(id, k, v);
		for (const [k, v] of Object.entries(layout[id] ?? {})) map.setLayoutProperty(id, k, v);
	}
}

/**
 * A new label scale: sets only the label sizes, halo widths, marker radii and rings, arc widths
 * and arrowhead sizes it changes (see LABEL_SCALED), in place. Call it only when the scale changed: symbol layers re-place their labels.
 */
export function applyLabelScale(map: StyleTarget, t: ThemeTokens, labelScale: number): void {
	const paint = layerPaint(t, labelScale);
	const layout = layerLayout(t, labelScale);
	for (const id of Object.values(LAYERS) as LayerId[]) {
		if (!map.getLayer(id)) continue;
		for (const k of LABEL_SCALED.paint[id] ?? []) map.setPaintProperty(id, k, paint[id][k]);
		for (const k of LABEL_SCALED.layout[id] ?? []) map.setLayoutProperty(id, k, layout[id]?.[k]);
	}
}
