import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { indexArticles } from '../../src/lib/data/reading';
import { validateArticles } from '../../src/lib/data/articles-schema';
import { validateLinks, validatePlaces } from '../../src/lib/data/schema';
import { AppState } from '../../src/lib/state/AppState.svelte';
import { ArticleStore } from '../../src/lib/state/ArticleStore.svelte';
import { restoreFromUrl } from '../../src/lib/state/url-restore.svelte';
import { serializeUrlState, viewOf } from '../../src/lib/state/url-sync.svelte';

const read = (f: string) =>
	JSON.parse(readFileSync(new URL(`../fixtures/app/${f}`, import.meta.url), 'utf8'));
const articles = () => indexArticles(validateArticles(read('articles.json')));
const app = (loadArticles = async () => articles()) =>
	new AppState({
		places: validatePlaces(read('places.geojson')),
		links: validateLinks(read('links.geojson')),
		loadArticles
	});

/** A map API that records what the app asks of it. */
function fakeMap() {
	return {
		flyToPlace: vi.fn(),
		fitToIds: vi.fn(),
		setCamera: vi.fn(),
		getCamera: vi.fn(),
		setBottomInset: vi.fn(),
		setRightInset: vi.fn(),
		setLeftInset: vi.fn(),
		getBounds: vi.fn(),
		captureCanvas: vi.fn()
	};
}

describe('ArticleStore', () => {
	it('loads once however often it is asked', async () => {
		const load = vi.fn(async () => articles());
		const store = new ArticleStore(load);
		await Promise.all([store.ensure(), store.ensure()]);
		await store.ensure();
		expect(load).toHaveBeenCalledTimes(1);
		expect(store.status).toBe('ready');
		expect(store.articles.get('000_dushanbe')?.outlet).toBe('Global Research');
	});

	it('reports a failure and loads again on the next request', async () => {
		const load = vi
			.fn()
			.mockRejectedValueOnce(new Error('Could not load articles.json: HTTP 404'))
			.mockResolvedValueOnce(articles());
		const store = new ArticleStore(load);
		await store.ensure();
		expect(store.status).toBe('error');
		expect(store.error).toContain('HTTP 404');
		await store.ensure();
		expect(store.status).toBe('ready');
	});
});

describe('ArticleStore: articles of another ingest run than the map', () => {
	const withGeneration = (generation: string) => async () =>
		indexArticles(validateArticles(read('articles.json')), generation);

	it('says so plainly once the articles arrive, and still uses them', async () => {
		const store = new ArticleStore(withGeneration('bbbbbbbbbbbbbbbb'), 'aaaaaaaaaaaaaaaa');
		expect(store.mixed).toBeNull();
		await store.ensure();
		expect(store.status).toBe('ready');
		expect(store.mixed).toBe(
			'The map data and the articles come from different ingest runs: run `npm run ingest` again and rebuild. Until then, what the panel quotes may not match the map.'
		);
		expect(store.articles.size).toBeGreaterThan(0);
	});

	it('says nothing when they come from the same run', async () => {
		const store = new ArticleStore(withGeneration('aaaaaaaaaaaaaaaa'), 'aaaaaaaaaaaaaaaa');
		await store.ensure();
		expect(store.mixed).toBeNull();
	});

	it('shows on the page state, as does a map whose two files disagree', async () => {
		const state = new AppState({
			places: validatePlaces(read('places.geojson')),
			links: validateLinks(read('links.geojson')),
			loadArticles: withGeneration('bbbbbbbbbbbbbbbb'),
			generation: 'aaaaaaaaaaaaaaaa'
		});
		expect(state.mixedData).toBeNull();
		await state.articles.ensure();
		expect(state.mixedData).toMatch(/^The map data and the articles come from different/);
		const split = new AppState({
			places: validatePlaces(read('places.geojson')),
			links: validateLinks(read('links.geojson')),
			loadArticles: withGeneration('aaaaaaaaaaaaaaaa'),
			generation: 'aaaaaaaaaaaaaaaa',
			mixed: 'places and links differ'
		});
		expect(split.mixedData).toBe('places and links differ');
	});
});

describe('AppState', () => {
	it('does not load article text until something is selected', async () => {
		const load = vi.fn(async () => articles());
		const state = app(load);
		expect(load).not.toHaveBeenCalled();
		state.select({ type: 'place', id: 'city-dushanbe' });
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('asks the map to fly to a place chosen outside the map, once the panel it opens is laid out', async () => {
		vi.useFakeTimers();
		try {
			const state = app();
			const map = fakeMap();
			state.map = map;
			state.select({ type: 'place', id: 'city-moscow' }, { fly: true });
			// The panel narrows the map first: the middle of what is left is known after it.
			expect(map.flyToPlace).not.toHaveBeenCalled();
			await vi.runAllTimersAsync();
			expect(map.flyToPlace).toHaveBeenCalledWith('city-moscow');
			// With the panel open, the next choice moves the map at once.
			state.select({ type: 'link', id: 'link-tj-pk-2021-meeting' }, { fly: true });
			expect(map.fitToIds).toHaveBeenCalledWith(['link-tj-pk-2021-meeting']);
		} finally {
			vi.useRealTimers();
		}
	});

	it('frames the links of a party chosen outside the map once the panel has opened', async () => {
		vi.useFakeTimers();
		try {
			const state = app();
			const map = fakeMap();
			state.map = map;
			state.select({ type: 'party', id: 'TJ' }, { fly: true });
			// The panel opens first and narrows the map: framing now would be cut by it.
			expect(map.fitToIds).not.toHaveBeenCalled();
			await vi.runAllTimersAsync();
			expect(map.fitToIds).toHaveBeenCalledWith(['link-tj-pk-2021-meeting', 'link-af-tj-undated']);
			expect(map.flyToPlace).not.toHaveBeenCalled();
			expect(state.focusPanel).toBe(true);
		} finally {
			vi.useRealTimers();
		}
	});

	it('frames only the links of the year range when there are some, else all of them', () => {
		const state = app();
		const map = fakeMap();
		state.map = map;
		state.years.restore({ from: 2021, to: 2021 }, false);
		// The panel is open already (a place is selected): the map frames at once.
		state.select({ type: 'place', id: 'city-moscow' });
		state.select({ type: 'party', id: 'TJ' }, { fly: true });
		expect(map.fitToIds).toHaveBeenLastCalledWith(['link-tj-pk-2021-meeting']);
		state.select({ type: 'party', id: 'taliban' }, { fly: true });
		expect(map.fitToIds).toHaveBeenLastCalledWith(['link-taliban-ru-2017-talks']);
	});

	it('knows a party by its links', () => {
		const state = app();
		expect(state.partyLinks('taliban').map((l) => l.id)).toEqual(['link-taliban-ru-2017-talks']);
		expect(state.has('party', 'taliban')).toBe(true);
		expect(state.has('party', 'ttp')).toBe(false);
		expect(state.has('party', 'city-kabul')).toBe(false);
	});
});

describe('restoreFromUrl', () => {
	it('applies years, cumulative, selection and camera from a shared URL', () => {
		const state = app();
		const camera = restoreFromUrl(state, '?y=2019&cum=1&sel=place:city-dushanbe&cam=68.7,38.5,5');
		expect(state.years.range).toEqual({ from: 2016, to: 2019 });
		expect(state.selection.current).toEqual({ type: 'place', id: 'city-dushanbe' });
		expect(camera).toEqual({ center: [68.7, 38.5], zoom: 5 });
	});

	it('ignores a selection whose id is not in the data', () => {
		const state = app();
		restoreFromUrl(state, '?sel=place:city-atlantis');
		expect(state.selection.current).toBeNull();
		restoreFromUrl(state, '?sel=link:no-such-link');
		expect(state.selection.current).toBeNull();
	});

	it('selects a party named in the URL, and drops an unknown one', () => {
		const state = app();
		restoreFromUrl(state, '?sel=party:taliban');
		expect(state.selection.current).toEqual({ type: 'party', id: 'taliban' });
		const other = app();
		restoreFromUrl(other, '?sel=party:atlantis');
		expect(other.selection.current).toBeNull();
	});

	it('accepts any country polygon, mentioned or not', () => {
		const state = app();
		restoreFromUrl(state, '?sel=place:country-fr');
		expect(state.selection.current).toEqual({ type: 'place', id: 'country-fr' });
	});

	it('survives garbage in every parameter', () => {
		const state = app();
		expect(() => restoreFromUrl(state, '?y=NaN&cum=%%&sel=::&cam=1,2,x')).not.toThrow();
		expect(state.years.range).toBeNull();
		expect(state.selection.current).toBeNull();
	});

	it('takes the theme a link names, and keeps the current one when it names none', () => {
		const state = app();
		state.theme = 'dark';
		restoreFromUrl(state, '?y=2017');
		expect(state.theme).toBe('dark');
		restoreFromUrl(state, '?theme=projector');
		expect(state.theme).toBe('projector');
		restoreFromUrl(state, '?theme=sepia');
		expect(state.theme).toBe('projector');
	});

	it('writes the theme it is given to share, and none when given none', () => {
		const state = app();
		state.theme = 'dark';
		expect(serializeUrlState(viewOf(state, null, 'dark'))).toBe('?theme=dark');
		expect(serializeUrlState(viewOf(state, null))).toBe('');
	});

	it('writes back the same view it read', () => {
		const state = app();
		const search = '?y=2017-2021&sel=link:link-tj-pk-2021-meeting&cam=68.7,38.5,5';
		const camera = restoreFromUrl(state, search);
		expect(serializeUrlState(viewOf(state, camera))).toBe(search);
	});
});
