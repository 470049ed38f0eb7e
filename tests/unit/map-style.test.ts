import { describe, expect, it } from 'vitest';
import {
	Color,
	createPropertyExpression,
	latest,
	validateStyleMin,
	type StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { buildStyle, type StyleInput } from '$lib/map/style';
import { LAYERS, SOURCES } from '$lib/map/ids';
import { LINK_TYPES } from '$lib/data/schema';
import { themeTokens, THEME_NAMES } from '$lib/config/tokens';
import type { Theme } from '$lib/state/types';

function input(theme: Theme): StyleInput {
	return {
		tokens: themeTokens(theme),
		countriesUrl: 'http://localhost/geo/countries.geojson',
		regionsUrl: 'http://localhost/geo/regions.geojson',
		fontUrl: 'http://localhost/fonts/noto.woff2',
		places: { type: 'FeatureCollection', features: [] },
		links: { type: 'FeatureCollection', features: [] },
		flows: { type: 'FeatureCollection', features: [] }
	};
}

/**
 * What a layer's paint property evaluates to for one feature in one feature-state, as MapLibre
 * evaluates it (zoom 3 unless given).
 */
function paintOf(
	style: ReturnType<typeof buildStyle>,
	layerId: string,
	property: string,
	properties: Record<string, unknown>,
	state: Record<string, unknown> = {},
	zoom = 3
): unknown {
	const layer = style.layers.find((l) => l.id === layerId)!;
	const specs = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
		`paint_${layer.type}`
	]!;
	const value = (layer.paint as Record<string, unknown>)[property];
	const parsed = createPropertyExpression(value, property, specs[property]!);
	if (parsed.result !== 'success') throw new Error(`${layerId} ${property}: invalid`);
	return parsed.value.evaluate({ zoom }, { type: 2, properties } as never, state as never);
}

/** A link as the links source holds it. */
const talks = { id: 'l1', type: 'talks', articles: 3, certainty: 'certain' };
const ARC_LAYERS = [LAYERS.linkLine, LAYERS.linkLineUncertain, LAYERS.linkLineNotHeld];

describe('buildStyle', () => {
	it.each(THEME_NAMES)('produces a valid style for the %s theme', (theme) => {
		expect(validateStyleMin(buildStyle(input(theme)))).toEqual([]);
	});

	it('filters the arc layers only by constants (certainty, direction): the year range is feature-state', () => {
		const style = buildStyle(input('light'));
		const filterOf = (id: string) => {
			const layer = style.layers.find((l) => l.id === id);
			return layer && 'filter' in layer ? layer.filter : undefined;
		};
		expect(filterOf(LAYERS.linkLine)).toEqual(['==', ['get', 'certainty'], 'certain']);
		expect(filterOf(LAYERS.linkLineUncertain)).toEqual(['==', ['get', 'certainty'], 'uncertain']);
		expect(filterOf(LAYERS.linkLineNotHeld)).toEqual(['==', ['get', 'certainty'], 'notHeld']);
		// An arrowhead only where the text gives the direction.
		expect(filterOf(LAYERS.linkArrow)).toEqual(['==', ['get', 'directed'], true]);
		expect(filterOf(LAYERS.flowArrow)).toEqual(['==', ['get', 'directed'], true]);
	});

	it('draws uncertain arcs dashed and not-held arcs dotted, lighter, in every theme', () => {
		for (const theme of ['light', 'dark', 'projector'] as const) {
			const style = buildStyle(input(theme));
			const paint = (id: string) =>
				(style.layers.find((l) => l.id === id) as { paint: Record<string, unknown> }).paint;
			expect(paint(LAYERS.linkLine)['line-dasharray']).toBeUndefined();
			expect(paint(LAYERS.linkLineUncertain)['line-dasharray']).toEqual(['literal', [2.2, 1.6]]);
			expect(paint(LAYERS.linkLineNotHeld)['line-dasharray']).toEqual(['literal', [0, 2.4]]);
			const opacity = (id: string) => paintOf(style, id, 'line-opacity', talks) as number;
			expect(opacity(LAYERS.linkLineUncertain)).toBeGreaterThan(0);
			expect(opacity(LAYERS.linkLineUncertain)).toBeLessThan(opacity(LAYERS.linkLine));
			expect(opacity(LAYERS.linkLineNotHeld)).toBeLessThan(opacity(LAYERS.linkLine));
		}
	});

	it('has no glyphs or sprite URL, so no label request can leave the app', () => {
		const style = buildStyle(input('light'));
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
	});

	it('draws labels from the font the app serves', () => {
		const style = buildStyle(input('light'));
		const font = themeTokens('light').type.mapFont;
		expect(style['font-faces']).toEqual({ [font]: 'http://localhost/fonts/noto.woff2' });
		const symbols = style.layers.filter((l) => l.type === 'symbol' && l.layout?.['text-field']);
		expect(symbols.length).toBeGreaterThan(0);
		for (const l of symbols) expect(l.type === 'symbol' && l.layout?.['text-font']).toEqual([font]);
	});

	it('uses exactly the registered layer ids, in registry order', () => {
		expect(buildStyle(input('light')).layers.map((l) => l.id)).toEqual(Object.values(LAYERS));
	});

	it('uses exactly the registered source ids', () => {
		expect(Object.keys(buildStyle(input('light')).sources).sort()).toEqual(
			Object.values(SOURCES).sort()
		);
	});

	it('colours arcs with the token colour of each link type', () => {
		const t = themeTokens('dark');
		const style = buildStyle(input('dark'));
		for (const type of LINK_TYPES)
			expect(paintOf(style, LAYERS.linkLine, 'line-color', { ...talks, type })).toEqual(
				Color.parse(t.linkColors[type])
			);
	});

	it('makes a link the year range hides transparent on every arc layer and its halo', () => {
		const style = buildStyle(input('light'));
		for (const id of [...ARC_LAYERS, LAYERS.linkHalo]) {
			expect(paintOf(style, id, 'line-opacity', talks, { off: true })).toBe(0);
			// Even selected: the range wins.
			expect(paintOf(style, id, 'line-opacity', talks, { off: true, selected: true })).toBe(0);
		}
		expect(paintOf(style, LAYERS.linkArrow, 'icon-opacity', talks, { off: true })).toBe(0);
		expect(paintOf(style, LAYERS.linkLine, 'line-opacity', talks, { off: false })).toBeGreaterThan(
			0
		);
	});

	it('draws a selected link wider and opaque, with a halo, and fades links the selection is not connected to', () => {
		const style = buildStyle(input('light'));
		const width = (state: Record<string, unknown>) =>
			paintOf(style, LAYERS.linkLine, 'line-width', talks, state) as number;
		const opacity = (state: Record<string, unknown>) =>
			paintOf(style, LAYERS.linkLine, 'line-opacity', talks, state) as number;
		expect(width({ selected: true })).toBeGreaterThan(width({}));
		expect(width({ hover: true })).toBeGreaterThan(width({}));
		expect(opacity({ selected: true })).toBe(1);
		expect(opacity({ dim: true })).toBeLessThan(opacity({}));
		expect(paintOf(style, LAYERS.linkHalo, 'line-width', talks, {})).toBe(0);
		expect(
			paintOf(style, LAYERS.linkHalo, 'line-width', talks, { selected: true })
		).toBeGreaterThan(width({ selected: true }));
	});

	it('widens a flow under the pointer and hides one with no event shown', () => {
		const style = buildStyle(input('light'));
		const flow = { id: 'AF>PK', links: 4 };
		const width = (state: Record<string, unknown>) =>
			paintOf(style, LAYERS.flowLine, 'line-width', flow, state) as number;
		expect(width({ count: 4, weight: 4, hover: true })).toBeGreaterThan(
			width({ count: 4, weight: 4 })
		);
		// As wide as its weight: its count, scaled down in a big corpus.
		expect(width({ count: 9, weight: 9 })).toBeGreaterThan(width({ count: 1, weight: 1 }));
		expect(width({ count: 900, weight: 9 })).toBe(width({ count: 9, weight: 9 }));
		expect(paintOf(style, LAYERS.flowLine, 'line-opacity', flow, { count: 0 })).toBe(0);
		expect(paintOf(style, LAYERS.flowLine, 'line-opacity', flow, { count: 2 })).toBeGreaterThan(0);
	});

	it('names Natural Earth and GeoNames in source attributions', () => {
		const text = JSON.stringify(buildStyle(input('light')).sources);
		expect(text).toContain('Natural Earth');
		expect(text).toContain('GeoNames');
	});
});

/**
 * The paint properties MapLibre's shader of each layer type takes either per feature (a vertex
 * attribute, when the value depends on the feature) or per layer (a uniform), by the name of the
 * shader input. Icons and text of a symbol layer share one SDF shader; an unset
 * fill-outline-color follows fill-color.
 */
const SHADER_INPUTS: Record<string, Record<string, string>> = {
	fill: { 'fill-color': 'color', 'fill-opacity': 'opacity', 'fill-outline-color': 'outline_color' },
	line: {
		'line-color': 'color',
		'line-width': 'width',
		'line-opacity': 'opacity',
		'line-blur': 'blur',
		'line-gap-width': 'gapwidth',
		'line-offset': 'offset'
	},
	circle: {
		'circle-radius': 'radius',
		'circle-color': 'color',
		'circle-blur': 'blur',
		'circle-opacity': 'opacity',
		'circle-stroke-width': 'stroke_width',
		'circle-stroke-color': 'stroke_color',
		'circle-stroke-opacity': 'stroke_opacity'
	},
	symbol: {
		color: 'fill_color',
		opacity: 'opacity',
		'halo-color': 'halo_color',
		'halo-width': 'halo_width',
		'halo-blur': 'halo_blur'
	}
};

function perFeatureInputs(layer: LayerSpecification): string[] {
	if (layer.type === 'background') return [];
	const paint = (layer.paint ?? {}) as Record<string, unknown>;
	const specs = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
		`paint_${layer.type}`
	]!;
	const prefix = layer.type === 'symbol' ? (layer.layout?.['text-field'] ? 'text-' : 'icon-') : '';
	const perFeature = (name: string): boolean => {
		const value = paint[name];
		if (!Array.isArray(value)) return false;
		const parsed = createPropertyExpression(value, name, specs[name]!);
		if (parsed.result !== 'success') throw new Error(`${layer.id} ${name}: invalid`);
		return parsed.value.kind === 'source' || parsed.value.kind === 'composite';
	};
	const inputs = new Set<string>();
	for (const [key, input] of Object.entries(SHADER_INPUTS[layer.type] ?? {})) {
		const name = prefix + key;
		if (perFeature(name)) inputs.add(input);
	}
	if (layer.type === 'fill' && paint['fill-outline-color'] === undefined && inputs.has('color'))
		inputs.add('outline_color');
	return [...inputs].sort();
}

describe('one shader program per layer type', () => {
	it.each(THEME_NAMES)(
		'gives every layer of a type the same per-feature paint properties (%s theme, desk and big screen)',
		(theme) => {
			for (const labelScale of [1, 2]) {
				const style = buildStyle({ ...input(theme), labelScale });
				const byType = new Map<string, Map<string, string>>();
				for (const layer of style.layers) {
					const sets = byType.get(layer.type) ?? new Map<string, string>();
					sets.set(layer.id, perFeatureInputs(layer).join(' '));
					byType.set(layer.type, sets);
				}
				for (const [type, sets] of byType) {
					const distinct = new Set(sets.values());
					expect(distinct.size, `${type}: ${JSON.stringify(Object.fromEntries(sets))}`).toBe(1);
				}
			}
		}
	);

	it('still draws the unmentioned land in the theme colours', () => {
		const t = themeTokens('light');
		const style = buildStyle(input('light'));
		const country = { iso: 'FR', name: 'France' };
		expect(paintOf(style, LAYERS.land, 'fill-color', country)).toEqual(Color.parse(t.map.land));
		expect(paintOf(style, LAYERS.land, 'fill-outline-color', country)).toEqual(
			Color.parse(t.map.border)
		);
	});
});
