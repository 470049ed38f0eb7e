import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UNUSED_MAPLIBRE_PARTS, withoutParts } from '$lib/map/unused-css';

const PARTS = ['popup', 'ctrl-logo'];

describe('withoutParts', () => {
	it('drops a rule whose every selector names a listed part, and keeps the others', () => {
		const css = '.maplibregl-popup{display:flex}.maplibregl-map{overflow:hidden}';
		expect(withoutParts(css, PARTS)).toBe('.maplibregl-map{overflow:hidden}');
	});

	it('drops the classes that start with a listed stem', () => {
		const css = '.maplibregl-popup-anchor-top .maplibregl-popup-tip{align-self:center}a{color:red}';
		expect(withoutParts(css, PARTS)).toBe('a{color:red}');
	});

	it('keeps the other selectors of a rule that also names a listed part', () => {
		const css = '.maplibregl-ctrl-logo,.maplibregl-ctrl-compass{cursor:grab}';
		expect(withoutParts(css, PARTS)).toBe('.maplibregl-ctrl-compass{cursor:grab}');
	});

	it('keeps a selector whose comma is inside parentheses whole', () => {
		const css = '.maplibregl-ctrl:is(.a,.b){margin:0}';
		expect(withoutParts(css, PARTS)).toBe(css);
	});

	it('filters inside @media and drops a block left empty', () => {
		const css =
			'@media (forced-colors:active){.maplibregl-ctrl-logo{color:red}.maplibregl-ctrl-icon{color:blue}}' +
			'@media screen{.maplibregl-popup{display:none}}';
		expect(withoutParts(css, PARTS)).toBe(
			'@media (forced-colors:active){.maplibregl-ctrl-icon{color:blue}}'
		);
	});

	it('drops keyframes no remaining rule animates with, and keeps those still used', () => {
		const css =
			'.maplibregl-popup{animation:pulse 2s}@keyframes pulse{0%{opacity:1}to{opacity:0}}' +
			'.maplibregl-ctrl{animation:spin 1s}@keyframes spin{0%{opacity:1}to{opacity:0}}';
		expect(withoutParts(css, PARTS)).toBe(
			'.maplibregl-ctrl{animation:spin 1s}@keyframes spin{0%{opacity:1}to{opacity:0}}'
		);
	});
});

describe("maplibre-gl's stylesheet without the parts the map never shows", () => {
	const css = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'utf8');
	const trimmed = withoutParts(css, UNUSED_MAPLIBRE_PARTS);

	it('keeps the rules of the controls the map adds: navigation and compact attribution', () => {
		for (const selector of [
			'.maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon{background-image',
			'.maplibregl-ctrl button.maplibregl-ctrl-zoom-out .maplibregl-ctrl-icon{background-image',
			'.maplibregl-ctrl button.maplibregl-ctrl-compass .maplibregl-ctrl-icon{background-image',
			'.maplibregl-ctrl-attrib.maplibregl-compact{',
			'.maplibregl-ctrl-attrib-button{',
			'.maplibregl-canvas-container.maplibregl-interactive',
			'.maplibregl-boxzoom{'
		])
			expect(trimmed).toContain(selector);
	});

	it('names none of the listed parts', () => {
		for (const part of UNUSED_MAPLIBRE_PARTS) expect(trimmed).not.toContain(`.maplibregl-${part}`);
	});

	it('keeps the declarations of every rule it keeps as they were', () => {
		const bodies = trimmed.match(/\{[^{}]*\}/g) ?? [];
		expect(bodies.length).toBeGreaterThan(40);
		for (const body of bodies) expect(css).toContain(body);
	});

	it('is under a fifth of the original (the logo and the other icons go)', () => {
		expect(trimmed.length).toBeLessThan(css.length / 5);
	});
});
