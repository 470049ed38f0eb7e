import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../../ingest/gazetteer';
import { buildGazetteer } from '../../scripts/build-gazetteer';
import { loadGazetteer, root } from '../fixtures/geoparse/seeds';

const readJson = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8')) as unknown;
const mini = () =>
	createGazetteer(
		readJson('tests/fixtures/geoparse/mini-gazetteer.json'),
		readJson('tests/fixtures/geoparse/mini-aliases.json')
	);

describe('createGazetteer (fixture data)', () => {
	it('looks a country up by its ISO alpha-2 code, in either case', () => {
		expect(mini().country('pk')?.id).toBe('country-pk');
	});

	it('returns the capital city of a country', () => {
		expect(mini().capital('AF')?.id).toBe('city-kabul');
	});

	it('adds curated places from the aliases file', () => {
		expect(mini().get('other-white-house')).toMatchObject({ kind: 'other', country: 'US' });
	});

	it('keeps only the typed fields on places (no surface forms)', () => {
		expect(Object.keys(mini().get('country-pk')!).sort()).toEqual([
			'coord',
			'country',
			'id',
			'kind',
			'name'
		]);
	});

	it('rejects a gazetteer file without a places array, naming the file', () => {
		expect(() => createGazetteer({}, {})).toThrow(/gazetteer\.json/);
	});

	it('rejects a place with a bad coordinate, naming the place', () => {
		const bad = { places: [{ id: 'city-x', name: 'X', kind: 'city', country: 'PK', coord: [1] }] };
		expect(() => createGazetteer(bad, {})).toThrow(
			/^gazetteer\.json: places\[0\]\.coord\[1\] \(city-x\): expected a number in -90\.\.90, got undefined$/
		);
	});

	it('rejects country aliases for an unknown country', () => {
		const aliases = { countryAliases: { map: { ZZ: ['Zedland'] } } };
		expect(() =>
			createGazetteer(readJson('tests/fixtures/geoparse/mini-gazetteer.json'), aliases)
		).toThrow(/unknown country ZZ/);
	});
});

describe('the bundled gazetteer', () => {
	const gz = loadGazetteer();

	it.each([
		'country-af',
		'city-kabul',
		'city-new-york',
		'city-gwadar',
		'city-astana',
		'province-panjshir',
		'province-khyber-pakhtunkhwa',
		'province-balochistan',
		'province-xinjiang',
		'region-fata',
		'region-central-asia',
		'region-middle-east',
		'other-white-house',
		'other-10-downing-street'
	])('has the place id other modules rely on: %s', (id) => {
		expect(gz.get(id)).toBeDefined();
	});

	it('draws the five polygon places with polygons of their own id', () => {
		const ids = [
			'province-panjshir',
			'region-fata',
			'province-khyber-pakhtunkhwa',
			'province-balochistan',
			'province-xinjiang'
		];
		expect(ids.map((id) => gz.get(id)?.polygon)).toEqual(ids);
	});

	it('files FATA as a region of Pakistan', () => {
		expect(gz.get('region-fata')).toMatchObject({ kind: 'region', country: 'PK' });
	});

	it('knows Astana as the capital of Kazakhstan', () => {
		expect(gz.capital('KZ')?.name).toBe('Astana');
	});

	it('keeps a capital whose name is a common word (Malé) without matching it', () => {
		expect(gz.capital('MV')?.id).toBe('city-male');
	});

	it('falls back to the capital named by world-countries when GeoNames marks none (Jerusalem)', () => {
		expect(gz.capital('IL')?.name).toBe('Jerusalem');
	});

	it('gives every place a coordinate on the globe', () => {
		const off = [...gz.places.values()].filter(
			(p) => Math.abs(p.coord[0]) > 180 || Math.abs(p.coord[1]) > 90
		);
		expect(off).toEqual([]);
	});

	it('gives countries an extent that contains their label point', () => {
		const af = gz.country('AF')!;
		const [w, s, e, n] = af.bbox!;
		expect(af.coord[0] > w && af.coord[0] < e && af.coord[1] > s && af.coord[1] < n).toBe(true);
	});

	it('does not wrap the extent of a country across the antimeridian', () => {
		const [w, , e] = gz.country('RU')!.bbox!;
		expect(w).toBeGreaterThan(e); // west edge in the east: the box crosses ±180° the short way
	});

	it('is committed small (under 1.5 MB)', () => {
		expect(readFileSync(join(root, 'geodata/gazetteer.json')).length).toBeLessThan(1.5e6);
	});
});

describe('scripts/build-gazetteer.ts', () => {
	it('regenerates exactly the committed geodata/gazetteer.json places', () => {
		const aliases = readJson('geodata/aliases.json') as Parameters<typeof buildGazetteer>[0];
		const committed = readJson('geodata/gazetteer.json') as { places: unknown[] };
		expect(JSON.parse(JSON.stringify(buildGazetteer(aliases)))).toEqual(committed.places);
	}, 60_000);
});
