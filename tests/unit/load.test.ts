import { describe, expect, it } from 'vitest';
import { DataLoadError, loadMapData } from '../../src/lib/data/load';
import { loadArticles } from '../../src/lib/data/load-articles';
import { LINKS_FORMAT } from '../../src/lib/data/schema';

/** A fetch whose requests are never answered (until aborted), counting them. */
function hangingFetch() {
	const calls: string[] = [];
	const fetchFn = ((url: string, init?: RequestInit) => {
		calls.push(url);
		return new Promise<Response>((_, reject) =>
			init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))
		);
	}) as typeof fetch;
	return { fetchFn, calls };
}

describe('data requests that are never answered', () => {
	it('are tried once more, then end in a message naming the file', async () => {
		const { fetchFn, calls } = hangingFetch();
		const failed = loadMapData(fetchFn, (p) => p, 20);
		await expect(failed).rejects.toBeInstanceOf(DataLoadError);
		await expect(failed).rejects.toThrow(
			/Could not load (places|links)\.geojson: no answer within .* \(tried twice\)/
		);
		expect(calls.filter((u) => u.endsWith('links.geojson'))).toHaveLength(2);
	});

	it('the article text too', async () => {
		const { fetchFn } = hangingFetch();
		await expect(loadArticles(fetchFn, (p) => p, 20)).rejects.toThrow(
			/Could not load articles\.json: no answer/
		);
	});

	it('a request answered on the second try is used', async () => {
		let n = 0;
		const fetchFn = ((url: string, init?: RequestInit) => {
			if (url.endsWith('articles.json') && n++ === 0)
				return new Promise<Response>((_, reject) =>
					init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))
				);
			return Promise.resolve(
				new Response(JSON.stringify({ articles: [], generation: '0123456789abcdef' }), {
					status: 200
				})
			);
		}) as typeof fetch;
		const reading = await loadArticles(fetchFn, (p) => p, 20);
		expect(reading.articles.size).toBe(0);
		expect(n).toBe(2);
	});
});

describe('data files of two ingest runs', () => {
	const collection = (generation: string) =>
		JSON.stringify({ type: 'FeatureCollection', format: LINKS_FORMAT, features: [], generation });
	const serving =
		(files: Record<string, string>) =>
		async (url: string): Promise<Response> =>
			new Response(files[url.slice(url.lastIndexOf('/') + 1)] ?? '', { status: 200 });

	it('still give the map, with a plain message when places and links differ', async () => {
		const fetchFn = serving({
			'places.geojson': collection('aaaaaaaaaaaaaaaa'),
			'links.geojson': collection('bbbbbbbbbbbbbbbb')
		}) as typeof fetch;
		const map = await loadMapData(fetchFn);
		expect(map.generation).toBe('aaaaaaaaaaaaaaaa');
		expect(map.mixed).toBe(
			"The map's places.geojson and links.geojson come from different ingest runs: run `npm run ingest` again and rebuild. Until then, what the panel quotes may not match the map."
		);
	});

	it('say nothing when they are one run', async () => {
		const fetchFn = serving({
			'places.geojson': collection('aaaaaaaaaaaaaaaa'),
			'links.geojson': collection('aaaaaaaaaaaaaaaa'),
			'articles.json': JSON.stringify({ articles: [], generation: 'aaaaaaaaaaaaaaaa' })
		}) as typeof fetch;
		expect((await loadMapData(fetchFn)).mixed).toBeNull();
		expect((await loadArticles(fetchFn)).generation).toBe('aaaaaaaaaaaaaaaa');
	});

	it('reject a map file written before generations, saying what to do', async () => {
		const fetchFn = serving({
			'places.geojson': JSON.stringify({ type: 'FeatureCollection', features: [] }),
			'links.geojson': collection('aaaaaaaaaaaaaaaa')
		}) as typeof fetch;
		await expect(loadMapData(fetchFn)).rejects.toThrow(
			/places\.geojson: generation: missing .*npm run ingest/
		);
	});

	it('reject a links.geojson of the layout before (arcs stored), saying what to do', async () => {
		const arc = [
			[73.0433, 33.7215],
			[71.1, 34.2],
			[69.1725, 34.5267]
		];
		const fetchFn = serving({
			'places.geojson': collection('aaaaaaaaaaaaaaaa'),
			'links.geojson': JSON.stringify({
				type: 'FeatureCollection',
				features: [{ type: 'Feature', geometry: { type: 'LineString', coordinates: arc } }],
				generation: 'aaaaaaaaaaaaaaaa'
			})
		}) as typeof fetch;
		await expect(loadMapData(fetchFn)).rejects.toThrow(
			'The data does not follow the schema: links.geojson: format: missing (data written by an older ingest: run `npm run ingest`)'
		);
	});
});
