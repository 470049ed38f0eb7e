/**
 * Typed builders of the filters and data-driven expressions that more than one layer, a test or
 * the controller share. Not every raw expression is here: a layer's own one-off `case` (an
 * opacity, a stroke width) stays beside its layer in paint.ts, and the style's constant geometry
 * filters in style.ts. How the year range reaches them: see `offFlag`.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { Certainty } from '$lib/data/certainty';
import { LINK_TYPES } from '$lib/data/schema';
import { mentionedRamp, over, type ThemeTokens } from '$lib/config/tokens';
import { STATE } from './ids';
import { EVENTS_ZOOM } from './flows';

/**
 * The year range reaches the map only as feature-state (see `yearStates` in year-states.ts and
 * `applyYearStates` in apply.ts): `off` hides a place or link, `count` holds a place's mentions in
 * the range. The filters of the circles and arcs stay constant, so the frame that shows a year
 * change never waits for a source to be re-laid out in the worker (a filter change would): it
 * only updates paint arrays. Only the place labels get a filter as well, once the range has rested
 * (see `placeLabelFilter` in apply.ts). Without any state (all years) the expressions fall back to the
 * all-years values.
 */
export function offFlag(): ExpressionSpecification {
	return ['boolean', ['feature-state', STATE.off], false];
}

/** `value`, or 0 while the year range hides the feature. */
export function unlessOff<T extends number>(
	value: T | ExpressionSpecification
): ExpressionSpecification {
	return ['case', offFlag(), 0, value];
}

/** Mentions of a place in the range (feature-state `count`; all years before any state is set). */
export function placeCountExpression(): ExpressionSpecification {
	return ['number', ['feature-state', STATE.count], ['get', 'total']];
}

/** The arcs drawn by one of the link layers: those of one certainty (constant; see prepareLinks). */
export function certaintyFilter(c: Certainty): FilterSpecification {
	return ['==', ['get', 'certainty'], c];
}

/** Constant filters of the place point layers. */
export interface PlaceFilters {
	/** Drawn as a point: not a country (filled polygon), not a region with a polygon. */
	places: FilterSpecification;
	/** The same, restricted to capitals (the dot in their ring). */
	capitals: FilterSpecification;
}

export function placeFilters(): PlaceFilters {
	const places = pointPlaceFilter();
	return { places, capitals: ['all', places, ['==', ['get', 'capital'], true]] };
}

/** Places drawn as circles: not countries (filled polygons) and not regions with a polygon. */
export function pointPlaceFilter(): ExpressionSpecification {
	return ['all', ['!=', ['get', 'kind'], 'country'], ['==', ['get', 'polygon'], '']];
}

export function featureStateFlag(key: keyof typeof STATE): ExpressionSpecification {
	return ['boolean', ['feature-state', STATE[key]], false];
}

/**
 * `value` for every feature, written as an expression MapLibre evaluates per feature (a vertex
 * attribute) rather than once per layer (a uniform): both branches are `value`, the test is only
 * there to make the expression depend on the feature.
 *
 * Why: MapLibre compiles one WebGL program per layer type *and* per set of per-feature paint
 * properties. Layers of one type with different sets each compile their own, and on a machine
 * without a GPU every program blocks the main thread for tens of milliseconds before the first
 * frame. style.ts gives every layer of a type the same per-feature set (this helper fills the
 * gaps), so each type compiles one program. The cost is a few bytes per vertex.
 */
export function perFeature<T extends string | number>(value: T): ExpressionSpecification {
	return ['case', ['has', 'id'], value, value];
}

/** True where the polygon's feature-state count (mentions in the range) is above zero. */
export function countedFlag(): ExpressionSpecification {
	return ['>', ['number', ['feature-state', STATE.count], 0], 0];
}

/** `selected` wins over `hover` wins over the base value. */
export function stateValue<T extends string | number>(
	base: T | ExpressionSpecification,
	hover: T,
	selected: T
): ExpressionSpecification {
	return ['case', featureStateFlag('selected'), selected, featureStateFlag('hover'), hover, base];
}

export function linkColorExpression(t: ThemeTokens): ExpressionSpecification {
	const pairs = LINK_TYPES.flatMap((type) => [type, t.linkColors[type]]);
	return [
		'match',
		['get', 'type'],
		...pairs,
		t.palette.textMuted
	] as unknown as ExpressionSpecification;
}

/** A flow's colour: its type's (feature-state `type`, the type most of its events share). */
export function flowColorExpression(t: ThemeTokens): ExpressionSpecification {
	const pairs = LINK_TYPES.flatMap((type) => [type, t.linkColors[type]]);
	return [
		'match',
		['string', ['feature-state', STATE.type], ''],
		...pairs,
		t.palette.textMuted
	] as unknown as ExpressionSpecification;
}

/** A flow's number of events shown (feature-state `count`; none before any state is set). */
export function flowCountExpression(): ExpressionSpecification {
	return ['number', ['feature-state', STATE.count], 0];
}

/**
 * A flow's width grows with the square root of its events (area-like: four events look twice as
 * heavy as one), from an event arc's width up to a cap that keeps a busy pair from covering its
 * neighbours; in a big corpus its `weight` is its count scaled down with every other's, so the
 * largest drawn stays under the cap (WIDEST_COUNT, flow-limit.ts).
 */
export function flowWidthExpression(scale: number): ExpressionSpecification {
	const weight: ExpressionSpecification = ['number', ['feature-state', STATE.weight], 0];
	return ['*', scale, ['min', 16, ['+', 0.6, ['*', 1.8, ['sqrt', weight]]]]];
}

/** Arc width grows with the number of supporting articles. */
export function linkWidthExpression(scale: number): ExpressionSpecification {
	return [
		'interpolate',
		['linear'],
		['get', 'articles'],
		1,
		1.6 * scale,
		3,
		3 * scale,
		10,
		6 * scale
	];
}

/** Circle radius grows with the square root of mentions in the range (area ∝ mentions). */
export function placeRadiusExpression(
	count: ExpressionSpecification | number,
	scale: number
): ExpressionSpecification {
	return ['*', scale, ['min', 16, ['+', 3, ['*', 1.6, ['sqrt', count]]]]];
}

/**
 * Fill colour of a country: the land colour, or, where the feature-state count is above zero, the
 * mention ramp by its share of mentions in the range (feature-state `share`); a hovered or
 * selected country is tinted with the highlight colours instead. One layer paints all of it (with
 * `countryOutlineExpression` for its borders), so the basemap's countries are laid out and drawn
 * once, and a year change updates the per-vertex colours of one layer only.
 */
export function countryFillExpression(t: ThemeTokens): ExpressionSpecification {
	const m = t.map;
	const ramp = mentionedRamp(m);
	return stateValue(
		[
			'case',
			countedFlag(),
			[
				'interpolate',
				['linear'],
				['number', ['feature-state', STATE.share], 0],
				0,
				ramp.low,
				1,
				ramp.high
			],
			m.land
		],
		over(m.land, m.highlight, COUNTRY_TINT),
		over(m.land, m.selected, COUNTRY_TINT)
	);
}

/** How strongly a hovered or selected country's fill takes the highlight colour. */
export const COUNTRY_TINT = 0.4;

/** Country borders: the border colour, the highlight colours on a hovered or selected country. */
export function countryOutlineExpression(t: ThemeTokens): ExpressionSpecification {
	return stateValue(t.map.border, t.map.highlight, t.map.selected);
}

/** A city standing for its neighbours says how many until the events come in (`eventsZoom`). */
export function placeLabelField(eventsZoom = EVENTS_ZOOM): ExpressionSpecification {
	return ['step', ['zoom'], ['get', 'label'], eventsZoom, ['get', 'name']];
}
