import { describe, expect, it } from 'vitest';
import { DataLoadError, loadArticles, loadMapData } from '../../src/lib/data/load';

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
			return Promise.resolve(new Response('[]', { status: 200 }));
		}) as typeof fetch;
		const reading = await loadArticles(fetchFn, (p) => p, 20);
		expect(reading.articles.size).toBe(0);
		expect(n).toBe(2);
	});
});
