import { describe, expect, it } from 'vitest';
import { fakeMap } from '../fixtures/map/fake-map';
import {
	createPropertyExpression,
	latest,
	validateStyleMin,
	type StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';
import { applyLabelScale } from '$lib/map/apply';
import { LAYERS, type LayerId } from '$lib/map/ids';
import { layerLayout, layerPaint } from '$lib/map/paint';
import { buildStyle, presentLabelScale } from '$lib/map/style';
import { themeTokens } from '$lib/config/tokens';

const projector = themeTokens('projector');

/** A line width of the projector theme's paint at label scale `k`, as MapLibre evaluates it. */
function lineWidth(
	k: number,
	layer: LayerId,
	properties: Record<string, unknown>,
	state: Record<string, unknown>
): number {
	const spec = latest.paint_line['line-width'] as StylePropertySpecification;
	const value = layerPaint(projector, k)[layer]['line-width'];
	const parsed = createPropertyExpression(value, 'line-width', spec);
	if (parsed.result !== 'success') throw new Error(`${layer}: invalid line-width`);
	return parsed.value.evaluate(
		{ zoom: 4 },
		{ type: 2, properties } as never,
		state as never
	) as number;
}

describe('presentLabelScale', () => {
	it('is 1 on a 1920×1080 screen', () => {
		expect(presentLabelScale(1920, 1080)).toBe(1);
	});

	it('doubles on a 3840×2160 screen', () => {
		expect(presentLabelScale(3840, 2160)).toBe(2);
	});

	it('never shrinks labels below desk size on a small window', () => {
		expect(presentLabelScale(800, 600)).toBe(1);
	});

	it('follows the shorter side on an ultrawide screen', () => {
		expect(presentLabelScale(5120, 1440)).toBeCloseTo(1440 / 1080, 2);
	});

	it('stops at 3 on a very large screen', () => {
		expect(presentLabelScale(15360, 8640)).toBe(3);
	});

	it('falls back to 1 for sizes that are not numbers', () => {
		expect(presentLabelScale(Number.NaN, 1080)).toBe(1);
	});
});

describe('label scale in the style', () => {
	it('multiplies the fixed label sizes', () => {
		const layout = layerLayout(projector, 2);
		expect(layout[LAYERS.placeLabel]?.['text-size']).toBe(projector.type.mapPlaceLabel * 2);
		expect(layout[LAYERS.regionLabel]?.['text-size']).toBe(projector.type.mapRegionLabel * 2);
	});

	it('multiplies every stop of the zoom-driven country label size, keeping zoom on top', () => {
		const size = layerLayout(projector, 2)[LAYERS.countryLabel]?.['text-size'];
		const c = projector.type.mapCountryLabel;
		expect(size).toEqual(['interpolate', ['linear'], ['zoom'], 2, c * 2, 6, c * 1.35 * 2]);
	});

	it('multiplies the label halo width', () => {
		const desk = layerPaint(projector)[LAYERS.placeLabel]['text-halo-width'] as number;
		expect(layerPaint(projector, 2)[LAYERS.placeLabel]['text-halo-width']).toBeCloseTo(desk * 2);
	});

	it('doubles every arc width at scale 2, for solid, dashed, dotted and halo lines', () => {
		const layers = [
			LAYERS.linkLine,
			LAYERS.linkLineUncertain,
			LAYERS.linkLineNotHeld,
			LAYERS.linkHalo
		];
		for (const layer of layers)
			for (const articles of [1, 2, 3, 6, 10, 40])
				for (const state of [{}, { hover: true }, { selected: true }]) {
					const link = { id: 'l', type: 'talks', articles };
					const desk = lineWidth(1, layer, link, state);
					expect(lineWidth(2, layer, link, state)).toBeCloseTo(desk * 2);
				}
		// Not a trivial 0 = 2 × 0: the halo of a selected link and every arc have a width.
		expect(lineWidth(1, LAYERS.linkHalo, { articles: 3 }, { selected: true })).toBeGreaterThan(0);
		expect(lineWidth(1, LAYERS.linkLine, { articles: 1 }, {})).toBeGreaterThan(0);
	});

	it('doubles the overview flows and their arrowheads at scale 2', () => {
		for (const count of [1, 4, 30])
			for (const state of [{ count }, { count, hover: true }]) {
				const desk = lineWidth(1, LAYERS.flowLine, { links: count }, state);
				expect(desk).toBeGreaterThan(0);
				expect(lineWidth(2, LAYERS.flowLine, { links: count }, state)).toBeCloseTo(desk * 2);
			}
		const icon = layerLayout(projector, 2)[LAYERS.flowArrow]?.['icon-size'] as unknown[];
		const deskIcon = layerLayout(projector)[LAYERS.flowArrow]?.['icon-size'] as unknown[];
		expect(icon.at(-1)).toBeCloseTo((deskIcon.at(-1) as number) * 2);
	});

	it('keeps arc colours and opacities at any scale', () => {
		const desk = layerPaint(projector)[LAYERS.linkLine];
		const big = layerPaint(projector, 2)[LAYERS.linkLine];
		expect(big['line-color']).toEqual(desk['line-color']);
		expect(big['line-opacity']).toEqual(desk['line-opacity']);
	});

	it('grows arrowheads and place-marker rings with the scale', () => {
		const icon = (k: number) => layerLayout(projector, k)[LAYERS.linkArrow]?.['icon-size'];
		expect(icon(2)).toEqual([
			'interpolate',
			['linear'],
			['get', 'articles'],
			1,
			1.3 * projector.strokeScale * 2,
			10,
			2 * projector.strokeScale * 2
		]);
		const ring = (k: number) =>
			layerPaint(projector, k)[LAYERS.placeCircle]['circle-stroke-width'] as unknown[];
		expect(ring(2).at(-1)).toBeCloseTo((ring(1).at(-1) as number) * 2);
	});

	it('treats a scale below 1 as desk size', () => {
		expect(layerLayout(projector, 0.5)).toEqual(layerLayout(projector));
	});

	it('builds a valid style with a scale', () => {
		const style = buildStyle({
			tokens: projector,
			labelScale: 2.5,
			countriesUrl: 'http://localhost/geo/countries.geojson',
			regionsUrl: 'http://localhost/geo/regions.geojson',
			fontUrl: 'http://localhost/fonts/noto.woff2',
			places: { type: 'FeatureCollection', features: [] },
			links: { type: 'FeatureCollection', features: [] },
			flows: { type: 'FeatureCollection', features: [] }
		});
		expect(validateStyleMin(style)).toEqual([]);
	});
});

describe('applyLabelScale', () => {
	it('sets only label sizes, halo widths, markers, arc widths and arrowheads, scaled', () => {
		const map = fakeMap();
		applyLabelScale(map, projector, 2);
		const set = map.calls.map(([method, layer, name]) => `${method} ${layer} ${name}`).sort();
		expect(set).toEqual(
			[
				`setLayoutProperty ${LAYERS.countryLabel} text-size`,
				`setLayoutProperty ${LAYERS.regionLabel} text-size`,
				`setLayoutProperty ${LAYERS.placeLabel} text-size`,
				`setPaintProperty ${LAYERS.countryLabel} text-halo-width`,
				`setPaintProperty ${LAYERS.regionLabel} text-halo-width`,
				`setPaintProperty ${LAYERS.placeLabel} text-halo-width`,
				`setPaintProperty ${LAYERS.placeCircle} circle-radius`,
				`setPaintProperty ${LAYERS.placeCircle} circle-stroke-width`,
				`setPaintProperty ${LAYERS.capitalDot} circle-radius`,
				`setPaintProperty ${LAYERS.linkHalo} line-width`,
				`setPaintProperty ${LAYERS.linkLine} line-width`,
				`setPaintProperty ${LAYERS.linkLineUncertain} line-width`,
				`setPaintProperty ${LAYERS.linkLineNotHeld} line-width`,
				`setPaintProperty ${LAYERS.flowLine} line-width`,
				`setLayoutProperty ${LAYERS.linkArrow} icon-size`,
				`setLayoutProperty ${LAYERS.flowArrow} icon-size`
			].sort()
		);
		expect(map.calls).toContainEqual([
			'setLayoutProperty',
			LAYERS.placeLabel,
			'text-size',
			projector.type.mapPlaceLabel * 2
		]);
	});

	it('touches no filter, source or feature-state', () => {
		const map = fakeMap();
		applyLabelScale(map, projector, 2);
		expect(map.calls.filter(([m]) => m === 'setFilter' || m === 'setFeatureState')).toEqual([]);
	});
});
