import { describe, expect, it } from 'vitest';
import {
	bundledCount,
	scaleTable,
	type ScaleColumn,
	type ScaleCorpus
} from '../../scripts/bench-scale';

const corpus = (n: number): ScaleCorpus => ({
	n,
	label: n.toLocaleString('en-US'),
	dataDir: null,
	articles: n,
	places: 10,
	links: 20,
	generateSeconds: null,
	ingestSeconds: null,
	loadAfterIngest: null,
	dataMB: 1
});

const column = (label: string, over: Partial<ScaleColumn>): ScaleColumn => ({
	label,
	runs: 3,
	failures: [],
	idleTimeouts: 0,
	pageErrors: 0,
	firstPageError: null,
	kb: { maplibre: 440, app: 57, font: 39, basemap: 63, data: 12, other: 0 },
	dataFiles: { 'links.geojson': 10, 'places.geojson': 2 },
	firstIdleMs: 4000,
	bareIdleMs: 3000,
	idleOverBare: 4000 / 3000,
	firstIdleCpuMs: 600,
	yearChangeMainThreadMs: 10,
	yearChangeToRenderMs: 20,
	yearSettledMs: 30,
	clickColdMs: 150,
	clickWarmMs: 80,
	clickColdExcerptsMs: 160,
	clickPlace: 'Dushanbe',
	heapUsedMB: 20,
	heapLiveMB: 10,
	programs: 10,
	...over
});

/** The cells of the row whose label starts with `name` (after the label and goal columns). */
function cells(table: string, name: string): string[] {
	const line = table.split('\n').find((l) => l.trimStart().startsWith(name));
	if (!line) throw new Error(`no row ${name}`);
	return line
		.slice(58)
		.trim()
		.split(/\s{2,}/);
}

describe('scale table', () => {
	const small = bundledCount();
	const table = scaleTable(
		[corpus(small), corpus(10_000)],
		[
			column('5', {}),
			column('10,000', {
				kb: { maplibre: 440, app: 57, font: 39, basemap: 63, data: 2000, other: 0 },
				clickColdMs: 150,
				heapUsedMB: 320,
				idleOverBare: null,
				yearChangeMainThreadMs: 40
			})
		]
	);

	it('holds each size to its own goal for a click on a cold panel', () => {
		// 150 ms misses the 5-article goal (< 100) and meets the 10,000-article one (< 300).
		expect(cells(table, 'click → panel cold')).toEqual(['150.0 ✗', '150.0 ✓']);
	});

	it('marks the data and heap goals at the large size only', () => {
		expect(cells(table, 'data + basemap')).toEqual(['75.0', '2063.0 ✗']);
		expect(cells(table, 'JS heap after load')).toEqual(['20', '320 ✗']);
		expect(cells(table, 'app JS+CSS+HTML')).toEqual(['57.0 ✓', '57.0']);
	});

	it('says n/a where a measure is missing, and marks the ratio to the bare map at every size', () => {
		expect(cells(table, 'first idle ÷ bare map')).toEqual(['1.33 ✓', 'n/a']);
		expect(cells(table, 'main thread (ms)')).toEqual(['10.0', '40.0 ✗']);
	});

	it('lists each corpus data file loaded before the first idle', () => {
		expect(cells(table, 'data: links.geojson')).toEqual(['10.0', '10.0']);
		expect(table.split('\n')[0]).toMatch(/measure\s+goal\s+5\s+10,000/);
	});
});
