import { describe, expect, it } from 'vitest';
import { cssVariables, mentionedRamp, over, themeTokens, THEME_NAMES } from '$lib/config/tokens';
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

	it('mixes a colour over another as the screen shows it', () => {
		expect(over('#000000', '#ffffff', 0.5)).toBe('#808080');
		expect(over('#102030', '#102030', 0.3)).toBe('#102030');
		expect(over('#fff', '#000', 1)).toBe('#000000');
		expect(() => over('red', '#000', 0.5)).toThrow(/not a hex colour: red/);
	});

	it.each(THEME_NAMES)(
		'gives the %s theme a mention ramp between the land and the mention colours',
		(theme) => {
			const m = themeTokens(theme).map;
			const ramp = mentionedRamp(m);
			const ch = (h: string) => [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
			// Each end lies, channel by channel, between the land and its mention colour.
			for (const [end, colour] of [
				[ramp.low, m.mentionedLow],
				[ramp.high, m.mentionedHigh]
			] as const)
				ch(end).forEach((v, i) => {
					const [a, b] = [ch(m.land)[i]!, ch(colour)[i]!];
					expect(v).toBeGreaterThanOrEqual(Math.min(a, b));
					expect(v).toBeLessThanOrEqual(Math.max(a, b));
				});
			expect(ramp.low).not.toBe(ramp.high);
			expect(ramp.high).not.toBe(m.land);
		}
	);
});
