/**
 * The first load holds only what the first frame needs: the views opened on demand (the panel,
 * the reader, the list, the help, the event feed, the presenter, the correction form), the
 * pointer's tooltip, the words of certainty, the tour's builder, the saved view's composition and
 * the offline copy's registration come after it (docs/ARCHITECTURE.md, "What loads when").
 *
 * The first-load files are worked out from the build as `npm run bundle:size` does (the page's
 * links closed under static imports). Each view is recognised in the built files by a string of
 * its own (a test id, a message), which must be in the build and in none of the first-load files.
 * The browser tests hold back every other file of the build: the map must reach its first idle
 * without them (so the set is not too small for the first frame), and a move or a click made
 * before the pointer's code arrives is answered once it has, as are a query typed into the search
 * box before its combobox arrives and a move of the camera asked for before the moves' code.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { builtFiles } from '../../scripts/bundle-size';
import type { Page } from '@playwright/test';
import {
	BUILD_DIR,
	expect,
	jumpMap,
	lngLatOf,
	loadCorpus,
	openApp,
	pagePointOf,
	placeNamed,
	test,
	waitForMapIdle
} from './fixtures';
import { excerptPanel, searchBox } from './ui';

/** A string each lazily loaded part writes into its chunk, and the part's name. */
const LAZY_MARKERS: [part: string, marker: string][] = [
	['the excerpt panel (ExcerptPanel)', 'excerpt-panel'],
	["a link's facts (LinkFacts)", 'link-facts'],
	['the correction form (CorrectionForm)', 'correction-form'],
	['the reader (ArticleReader)', 'reader-date-source'],
	['the list (ListView)', 'Close list'],
	['the help (HelpDialog)', 'How to use Parley'],
	['the event feed (EventFeed)', 'event-feed'],
	['the presenter (PresentMode)', 'present-counter'],
	["the tour's builder (tour.ts)", 'Left out of this tour'],
	["the saved view's composition (export.ts)", 'Could not encode the PNG'],
	["the pointer's tooltip (hit.ts)", 'arcs drawn from or to it'],
	['the words of certainty (certainty-words.ts)', 'date written in the sentence'],
	["the offline copy's registration (offline.ts)", 'Parley offline copy incomplete'],
	["the camera's moves (camera-moves.ts)", 'applyInset'],
	["the search box's combobox (SearchCombobox)", 'Search is not available'],
	['the view written into the address (url-sync.svelte.ts)', '%7E']
];

const build = builtFiles(BUILD_DIR);
const text = (file: string) => readFileSync(file, 'utf8');
const immutablePath = (file: string) => relative(BUILD_DIR, file).replaceAll('\\', '/');

test('no view loaded on demand is in the first load', () => {
	const first = [...build.first].map((f) => ({ file: immutablePath(f), text: text(f) }));
	const all = build.all.map((f) => ({ file: immutablePath(f), text: text(f) }));
	for (const [part, marker] of LAZY_MARKERS) {
		// The marker is in the build: the check below cannot pass for a string no file holds.
		expect(
			all.some((f) => f.text.includes(marker)),
			`${part}: "${marker}" in the build`
		).toBe(true);
		const inFirst = first.filter((f) => f.text.includes(marker)).map((f) => f.file);
		expect(inFirst, `${part} came back into the first load`).toEqual([]);
	}
});

/**
 * Holds back every JS and CSS file of the build outside the first load until `release()`, as a
 * slow network would: the page must reach its first idle without them.
 */
async function holdLazyFiles(page: Page) {
	const firstLoad = new Set([...build.first].map(immutablePath));
	const held: (() => Promise<void>)[] = [];
	let holding = true;
	await page.route('**/_app/immutable/**', (route) => {
		const path = new URL(route.request().url()).pathname.replace(/^\//, '');
		// Only code is held: the fonts under _app/immutable draw the first frame's labels.
		if (!holding || firstLoad.has(path) || !/\.(m?js|css)$/.test(path)) return route.fallback();
		held.push(() => route.fallback());
	});
	return async () => {
		holding = false;
		await Promise.all(held.map((release) => release()));
	};
}

/** Opens the app with the lazy files held; the first visit's hint dismissed, Kabul close up. */
async function openHeld(page: Page) {
	const release = await holdLazyFiles(page);
	await page.goto('/');
	// The first frame is drawn and the map idle with the first-load files alone.
	await waitForMapIdle(page);
	await page.getByTestId('first-visit-hint').getByRole('button', { name: 'Got it' }).click();
	const kabul = lngLatOf(placeNamed(loadCorpus().places, 'Kabul'));
	await jumpMap(page, { center: kabul, zoom: 5 });
	return { release, kabul: await pagePointOf(page, kabul) };
}

test('a pointer resting on a place before the pointer code arrives gets its tooltip', async ({
	page
}) => {
	const { release, kabul } = await openHeld(page);
	await page.mouse.move(kabul.x, kabul.y);
	await release();
	// No further move: the one made while the code was on its way is handed to it.
	await expect(page.getByTestId('map-tooltip')).toContainText('Kabul');
});

test('a click made before the pointer code and the panel arrive opens the panel', async ({
	page
}) => {
	const { release, kabul } = await openHeld(page);
	await page.mouse.click(kabul.x, kabul.y);
	await release();
	await expect(
		excerptPanel(page).getByRole('heading', { name: 'Kabul', exact: true })
	).toBeVisible();
	// The address, written by code that came after the first idle, names the selection, and Back
	// leaves it as it does any selection.
	const kabulId = placeNamed(loadCorpus().places, 'Kabul').properties.id;
	await expect(page).toHaveURL(new RegExp(`[?&]sel=place:${kabulId}(?:&|$)`));
	await page.goBack();
	await expect(page).not.toHaveURL(/[?&]sel=/);
	await expect(excerptPanel(page)).toBeHidden();
	// The other views come when asked for: the help, on its key.
	await page.keyboard.press('?');
	await expect(page.getByRole('heading', { name: 'How to use Parley' })).toBeVisible();
});

test('a query typed and entered before the search box’s code arrives is chosen once it has', async ({
	page
}) => {
	const { release } = await openHeld(page);
	await searchBox(page).click();
	await page.keyboard.type('Dushanbeh');
	await page.keyboard.press('Enter');
	await release();
	// The combobox took the box's place with what was typed and the focus, then chose.
	await expect(searchBox(page)).toHaveValue('Dushanbe');
	await expect(excerptPanel(page).getByRole('heading', { name: 'Dushanbe' }).first()).toBeVisible();
});

test('a shared selection without a camera is brought into view once the moves arrive', async ({
	page
}) => {
	const release = await holdLazyFiles(page);
	const moscow = placeNamed(loadCorpus().places, 'Moscow');
	await page.goto(`/?sel=place:${moscow.properties.id}`);
	await waitForMapIdle(page);
	await release();
	// The flight to Moscow, asked for as the map was made, is made when its code arrives.
	await expect
		.poll(() => page.evaluate(() => window.__parleyMap!.getZoom()), { timeout: 30_000 })
		.toBeGreaterThan(6);
	await waitForMapIdle(page);
	const point = await pagePointOf(page, lngLatOf(moscow));
	const box = await page.getByTestId('map').boundingBox();
	expect(box).not.toBeNull();
	expect(point.x).toBeGreaterThan(box!.x);
	expect(point.x).toBeLessThan(box!.x + box!.width);
	expect(point.y).toBeGreaterThan(box!.y);
	expect(point.y).toBeLessThan(box!.y + box!.height);
});

test('the address code arriving just after presenting starts leaves Back walking the stops, then out', async ({
	page
}) => {
	// Only the code that writes the view into the address is held back, until the tour has begun.
	const chunk = build.all.find((f) => text(f).includes('%7E'));
	expect(chunk, 'the chunk that writes the address').toBeDefined();
	let letGo: () => void = () => {};
	const held = new Promise<void>((done) => (letGo = done));
	await page.route(`**/${immutablePath(chunk!)}`, async (route) => {
		await held;
		await route.fallback();
	});
	const present = page.getByTestId('present');
	await openApp(page);
	await page.keyboard.press('p');
	letGo();
	await expect(present).toHaveAttribute('data-stop-index', '1');
	// The view (the camera of the first stop) goes into the address once the code is there.
	await expect.poll(() => new URL(page.url()).searchParams.has('cam')).toBe(true);
	for (const n of [2, 3]) {
		await page.keyboard.press('PageDown');
		await expect(present).toHaveAttribute('data-stop-index', String(n));
	}
	for (const n of [2, 1]) {
		await page.goBack();
		await expect(present).toHaveAttribute('data-stop-index', String(n));
	}
	await page.goBack();
	await expect(present).toBeHidden();
});
