import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { roundRing, unwrapRing } from '../../scripts/build-basemap';
import { buildRegions, REGIONS } from '../../scripts/build-regions';

const square = (x: number, y: number): Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[x, y],
			[x + 1, y],
			[x + 1, y + 1],
			[x, y + 1],
			[x, y]
		]
	]
});
const ne = {
	type: 'FeatureCollection',
	features: REGIONS.map((r, i) => ({
		type: 'Feature',
		properties: { adm1_code: r.adm1 },
		geometry: square(60 + i * 2, 30)
	}))
} as FeatureCollection<Polygon | MultiPolygon, { adm1_code: string }>;

describe('unwrapRing', () => {
	it('keeps a ring crossing the antimeridian continuous', () => {
		const ring = unwrapRing([
			[179, 60],
			[-179, 60],
			[-179, 61],
			[179, 61],
			[179, 60]
		]);
		expect(ring.map((p) => p[0])).toEqual([179, 181, 181, 179, 179]);
	});

	it('leaves an ordinary ring alone', () => {
		const ring = [
			[60, 30],
			[61, 30],
			[61, 31],
			[60, 30]
		];
		expect(unwrapRing(ring)).toEqual(ring);
	});
});

describe('roundRing', () => {
	it('drops points that rounding merges and keeps the ring closed', () => {
		expect(
			roundRing(
				[
					[1.001, 1],
					[1.002, 1],
					[2, 1],
					[2, 2],
					[1.001, 1]
				],
				2
			)
		).toEqual([
			[1, 1],
			[2, 1],
			[2, 2],
			[1, 1]
		]);
	});
});

describe('buildRegions', () => {
	const out = buildRegions(ne);

	it('names AFG-1769 Panjshir, not Natural Earth’s "Parwan"', () => {
		const f = out.features.find((x) => x.properties.source === 'AFG-1769');
		expect([f?.id, f?.properties.name]).toEqual(['province-panjshir', 'Panjshir']);
	});

	it('labels FATA as former', () => {
		const f = out.features.find((x) => x.id === 'region-fata');
		expect([f?.properties.name, f?.properties.former]).toEqual(['FATA (former)', true]);
	});

	it('uses the gazetteer place ids', () => {
		expect(out.features.map((f) => f.id).sort()).toEqual([
			'province-balochistan',
			'province-khyber-pakhtunkhwa',
			'province-panjshir',
			'province-xinjiang',
			'region-fata'
		]);
	});

	it('fails loudly when a Natural Earth feature is missing', () => {
		expect(() => buildRegions({ type: 'FeatureCollection', features: [] })).toThrow(/AFG-1769/);
	});
});

describe('generated static/geo files', () => {
	it('keep the basemap and regions under 70 KB gzip together', () => {
		const size = ['static/geo/countries.geojson', 'static/geo/regions.geojson']
			.map((f) => gzipSync(readFileSync(f)).length)
			.reduce((a, b) => a + b, 0);
		expect(size).toBeLessThan(70_000);
	});

	it('have no ring jumping across the map (antimeridian unwrapped)', () => {
		const g = JSON.parse(readFileSync('static/geo/countries.geojson', 'utf8')) as FeatureCollection;
		let worst = 0;
		for (const f of g.features) {
			if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
			const polys =
				f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const ring of polys.flat())
				for (let i = 1; i < ring.length; i++)
					worst = Math.max(worst, Math.abs(ring[i]![0]! - ring[i - 1]![0]!));
		}
		expect(worst).toBeLessThan(180);
	});
});
