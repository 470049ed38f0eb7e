import { describe, expect, it } from 'vitest';
import { cssVariables, themeTokens, THEME_NAMES } from '$lib/config/tokens';
import { LINK_TYPES } from '$lib/data/schema';

describe('tokens', () => {
	it.each(THEME_NAMES)('gives the %s theme a distinct colour per link type', (theme) => {
		const colors = LINK_TYPES.map((t) => themeTokens(theme).linkColors[t]);
		expect(new Set(colors).size).toBe(LINK_TYPES.length);
	});

	it('exposes link colours as CSS variables with the map’s values', () => {
		expect(cssVariables('dark')).toContain(
			`--link-dispute: ${themeTokens('dark').linkColors.dispute};`
		);
	});

	it('exposes the palette as --color-* variables', () => {
		expect(cssVariables('light')).toContain(
			`--color-text-muted: ${themeTokens('light').palette.textMuted};`
		);
	});

	it('makes the projector theme a token set with bigger map labels than dark', () => {
		expect(themeTokens('projector').type.mapPlaceLabel).toBeGreaterThan(
			themeTokens('dark').type.mapPlaceLabel
		);
	});
});
