/**
 * Typed builders for every filter and data-driven paint expression the map uses. Raw MapLibre
 * arrays live here and nowhere else; `yearFilter()` is the one place the year range becomes
 * expressions.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { LINK_TYPES } from '$lib/data/schema';
import type { ThemeTokens } from '$lib/config/tokens';
import type { YearRange } from '$lib/state/types';
import { STATE } from './ids';
import { UNDATED, yearKey } from './prepare';

/** Mentions of a place in the range, summed from its per-year properties. */
export function yearCountExpression(
	range: YearRange | null,
	years: readonly number[]
): ExpressionSpecification | number {
	if (range === null) return ['get', 'total'];
	const keys = years.filter((y) => y >= range.from && y <= range.to).map((y) => yearKey(y));
	const terms: ExpressionSpecification[] = keys.map((k) => ['get', k]);
	if (terms.length === 0) return 0;
	if (terms.length === 1) return terms[0]!;
	return ['+', ...terms] as ExpressionSpecification;
}

export interface YearFilter {
	/** Filter for the link layers: year inside the range (undated links only when range is null). */
	links: FilterSpecification;
	/** Filter for the place point layers: drawn as a point, and mentioned in the range. */
	places: FilterSpecification;
	/** The place filter restricted to capitals (the dot in their ring). */
	capitals: FilterSpecification;
	/** Mentions in the range, for circle radius. */
	placeCount: ExpressionSpecification | number;
}

/** The year filter: every layer that depends on the year range takes its expression from here. */
export function yearFilter(range: YearRange | null, years: readonly number[]): YearFilter {
	const placeCount = yearCountExpression(range, years);
	const links: FilterSpecification =
		range === null
			? ['literal', true]
			: ['all', ['>=', ['get', 'year'], range.from], ['<=', ['get', 'year'], range.to]];
	const places: FilterSpecification =
		// A constant 0 (no data year in the range) must not be written as ['>', 0, 0]: MapLibre
		// reads an expression without a lookup as the legacy filter syntax.
		typeof placeCount === 'number'
			? ['all', pointPlaceFilter(), placeCount > 0]
			: ['all', pointPlaceFilter(), ['>', placeCount, 0]];
	return {
		links,
		places,
		capitals: ['all', places, ['==', ['get', 'capital'], true]],
		placeCount
	};
}

/** Places drawn as circles: not countries (filled polygons) and not regions with a polygon. */
export function pointPlaceFilter(): ExpressionSpecification {
	return ['all', ['!=', ['get', 'kind'], 'country'], ['==', ['get', 'polygon'], '']];
}

export function featureStateFlag(key: keyof typeof STATE): ExpressionSpecification {
	return ['boolean', ['feature-state', STATE[key]], false];
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

/** Fill colour of a country by its share of mentions in the range (feature-state `share`). */
export function countryFillExpression(t: ThemeTokens): ExpressionSpecification {
	return [
		'interpolate',
		['linear'],
		['number', ['feature-state', STATE.share], 0],
		0,
		t.map.mentionedLow,
		1,
		t.map.mentionedHigh
	];
}

/** Visible only where the feature-state count is above zero. */
export function countedOpacity(opacity: number): ExpressionSpecification {
	return ['case', ['>', ['number', ['feature-state', STATE.count], 0], 0], opacity, 0];
}

export { UNDATED };
