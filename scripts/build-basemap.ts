/**
 * Builds static/geo/countries.geojson, the basemap the app draws: Natural Earth 1:110m admin-0
 * countries (from the world-atlas TopoJSON), as GeoJSON that MapLibre parses in its worker.
 *
 * - Polygons carry `iso` (ISO 3166-1 alpha-2, joined through world-countries by numeric code) and
 *   `name`; one Point per country carries the label position and a `rank` (bigger countries first).
 * - Rings crossing ±180° (Russia, Fiji) are unwrapped so they are not drawn as stripes across the map.
 * - Antarctica is dropped (never mentioned, and its ring wraps the pole); coordinates are rounded
 *   to 0.01° (≈1 km, far below the 1:110m scale's own precision) to keep the file small.
 *
 * Usage: tsx scripts/build-basemap.ts  (writes the file, logs sizes to stderr; fails loudly).
 */
import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature, polygon } from '@turf/turf';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PRECISION = 2;

/** Countries world-atlas gives no ISO numeric code; alpha-2 where one is in common use. */
const NO_NUMERIC: Record<string, string> = {
	Kosovo: 'XK',
	'N. Cyprus': 'ZZ-NCY',
	Somaliland: 'ZZ-SOL'
};

/** Shift longitudes so no segment jumps more than 180°: a ring crossing the antimeridian stays continuous. */
export function unwrapRing(ring: Position[]): Position[] {
	const out: Position[] = [];
	let shift = 0;
	let prev: number | null = null;
	for (const p of ring) {
		const lon = p[0]!;
		if (prev !== null) {
			const d = lon - prev;
			if (d > 180) shift -= 360;
			else if (d < -180) shift += 360;
		}
		prev = lon;
		out.push([lon + shift, p[1]!]);
	}
	return out;
}

export function roundPosition(p: Position, digits = PRECISION): Position {
	const f = 10 ** digits;
	return [Math.round(p[0]! * f) / f, Math.round(p[1]! * f) / f];
}

/** Round and drop consecutive duplicates (rounding collapses near points); keep rings closed. */
export function roundRing(ring: Position[], digits = PRECISION): Position[] {
	const out: Position[] = [];
	for (const p of ring) {
		const r = roundPosition(p, digits);
		const last = out[out.length - 1];
		if (!last || last[0] !== r[0] || last[1] !== r[1]) out.push(r);
	}
	const first = out[0];
	const last = out[out.length - 1];
	if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([...first]);
	return out;
}

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
	return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** A point inside the country's largest polygon, for its label. */
export function labelPoint(polys: Position[][][]): Position {
	let best = polys[0]!;
	let bestArea = -1;
	for (const rings of polys) {
		const a = area(polygon(rings));
		if (a > bestArea) {
			bestArea = a;
			best = rings;
		}
	}
	const poly = polygon(best);
	const c = centerOfMass(poly);
	const pt = booleanPointInPolygon(c, poly) ? c : pointOnFeature(poly);
	return roundPosition(pt.geometry.coordinates);
}

interface CountryProps {
	iso: string;
	name: string;
}

export function buildBasemap(
	topology: Topology,
	numericToAlpha2: Map<string, string>
): FeatureCollection<Polygon | MultiPolygon | Point> {
	const collection = feature(
		topology,
		topology.objects.countries as GeometryCollection<{ name: string }>
	) as FeatureCollection<Polygon | MultiPolygon | null, { name: string }>;
	const polys: Feature<Polygon | MultiPolygon, CountryProps>[] = [];
	const labels: Feature<Point, CountryProps & { rank: number }>[] = [];
	for (const f of collection.features) {
		const name = f.properties.name;
		if (!f.geometry || name === 'Antarctica') continue;
		const iso =
			(f.id !== undefined ? numericToAlpha2.get(String(f.id)) : undefined) ?? NO_NUMERIC[name];
		if (!iso) throw new Error(`build-basemap: no ISO code for ${name} (${String(f.id)})`);
		const parts = polygonsOf(f.geometry)
			.map((rings) => rings.map((r) => roundRing(unwrapRing(r))).filter((r) => r.length >= 4))
			.filter((rings) => rings.length > 0);
		if (parts.length === 0) continue;
		const geometry: Polygon | MultiPolygon =
			parts.length === 1
				? { type: 'Polygon', coordinates: parts[0]! }
				: { type: 'MultiPolygon', coordinates: parts };
		polys.push({ type: 'Feature', properties: { iso, name }, geometry });
		const km2 = parts.reduce((s, rings) => s + area(polygon(rings)), 0) / 1e6;
		labels.push({
			type: 'Feature',
			properties: { iso, name, rank: Math.round(Math.log10(Math.max(km2, 1)) * 10) / 10 },
			geometry: { type: 'Point', coordinates: labelPoint(parts) }
		});
	}
	polys.sort((a, b) => a.properties.iso.localeCompare(b.properties.iso));
	labels.sort((a, b) => b.properties.rank - a.properties.rank);
	return { type: 'FeatureCollection', features: [...polys, ...labels] };
}

function main() {
	const topology = JSON.parse(
		readFileSync(resolve(ROOT, 'node_modules/world-atlas/countries-110m.json'), 'utf8')
	) as Topology;
	const countries = JSON.parse(
		readFileSync(resolve(ROOT, 'node_modules/world-countries/countries.json'), 'utf8')
	) as Array<{ cca2: string; ccn3: string }>;
	const numericToAlpha2 = new Map(countries.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca2]));
	const out = buildBasemap(topology, numericToAlpha2);
	const text = JSON.stringify(out);
	const file = resolve(ROOT, 'static/geo/countries.geojson');
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file + '.tmp', text);
	renameSync(file + '.tmp', file);
	const n = out.features.filter((f) => f.geometry.type !== 'Point').length;
	console.error(
		`build-basemap: ${n} countries → static/geo/countries.geojson, ${text.length} B, ${gzipSync(text, { level: 9 }).length} B gzip`
	);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
