import { describe, expect, it } from 'vitest';
import { fakeMap } from '../fixtures/map/fake-map';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { applyLabelScale } from '$lib/map/apply';
import { LAYERS } from '$lib/map/ids';
import { buildStyle, layerLayout, layerPaint, presentLabelScale } from '$lib/map/style';
import { themeTokens } from '$lib/config/tokens';

const projector = themeTokens('projector');

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

	it('leaves arcs as they are', () => {
		expect(layerPaint(projector, 2)[LAYERS.linkLine]).toEqual(
			layerPaint(projector)[LAYERS.linkLine]
		);
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
	it('sets only label sizes, halo widths and marker radii, with the scaled values', () => {
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
				`setPaintProperty ${LAYERS.capitalDot} circle-radius`
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
