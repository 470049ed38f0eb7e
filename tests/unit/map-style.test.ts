import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
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
		links: { type: 'FeatureCollection', features: [] }
	};
}

describe('buildStyle', () => {
	it.each(THEME_NAMES)('produces a valid style for the %s theme', (theme) => {
		expect(validateStyleMin(buildStyle(input(theme)))).toEqual([]);
	});

	it('gives the link layers no filter: the year range is feature-state', () => {
		const style = buildStyle(input('light'));
		const line = style.layers.find((l) => l.id === LAYERS.linkLine);
		expect(line && 'filter' in line ? line.filter : undefined).toBeUndefined();
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
		const line = buildStyle(input('dark')).layers.find((l) => l.id === LAYERS.linkLine);
		const json = JSON.stringify(line?.paint);
		for (const type of LINK_TYPES) expect(json).toContain(`"${type}","${t.linkColors[type]}"`);
	});

	it('names Natural Earth and GeoNames in source attributions', () => {
		const text = JSON.stringify(buildStyle(input('light')).sources);
		expect(text).toContain('Natural Earth');
		expect(text).toContain('GeoNames');
	});
});
