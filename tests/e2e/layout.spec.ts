/**
 * Layout at a desk (1366×768) and on a big screen (1920×1080), the two projects of the config:
 * map, panel and timeline all on screen, nothing covering the timeline, no page scroll.
 * Screenshots for review go to test-results-keep/layout/.
 */
import type { Page } from '@playwright/test';
import {
	test,
	expect,
	openApp,
	mapContainer,
	keepPath,
	loadCorpus,
	placeNamed,
	waitForMapIdle
} from './fixtures';
import { excerptPanel, legend, searchBox, timeline } from './ui';

type Box = { x: number; y: number; width: number; height: number };

function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inViewport(box: Box, page: Page): boolean {
	const v = page.viewportSize()!;
	return (
		box.x >= 0 &&
		box.y >= 0 &&
		box.x + box.width <= v.width + 0.5 &&
		box.y + box.height <= v.height + 0.5
	);
}

async function boxOf(locator: import('@playwright/test').Locator): Promise<Box> {
	const box = await locator.boundingBox();
	expect(box, `${locator} has a box`).not.toBeNull();
	return box!;
}

/** Opens the app with Dushanbe selected, so the panel is open. */
async function openWithPanel(page: Page) {
	const { places } = loadCorpus();
	await openApp(page, `/?sel=place:${placeNamed(places, 'Dushanbe').properties.id}`);
	await expect(excerptPanel(page)).toBeVisible();
}

test('map, panel and timeline are all on screen', async ({ page }, testInfo) => {
	await openWithPanel(page);
	await page.screenshot({ path: keepPath(`layout/${testInfo.project.name}-panel.png`) });
	const v = page.viewportSize()!;
	const map = await boxOf(mapContainer(page));
	const panel = await boxOf(excerptPanel(page));
	const line = await boxOf(timeline(page));
	for (const box of [map, panel, line]) expect(inViewport(box, page)).toBe(true);
	// The panel lies over the map's right edge (the map keeps its size: no canvas resize); what it
	// leaves of the map is most of the screen, and the map's buttons stay clear of it.
	expect(panel.x + panel.width).toBeCloseTo(map.x + map.width, 0);
	expect((panel.x - map.x) * map.height).toBeGreaterThan(0.45 * v.width * v.height);
	for (const button of [
		page.getByRole('button', { name: 'Zoom in' }),
		page.getByTestId('open-help')
	])
		expect(overlaps(await boxOf(button), panel), `${button} is under the panel`).toBe(false);
	await expect(searchBox(page)).toBeInViewport();
});

test('nothing overlaps the timeline', async ({ page }) => {
	await openWithPanel(page);
	const line = await boxOf(timeline(page));
	for (const other of [mapContainer(page), excerptPanel(page), legend(page)]) {
		expect(overlaps(await boxOf(other), line), `${other} overlaps the timeline`).toBe(false);
	}
	// What is on top at points across the timeline belongs to the timeline.
	const covered = await timeline(page).evaluate((el) => {
		const r = el.getBoundingClientRect();
		const bad: string[] = [];
		for (const fx of [0.05, 0.25, 0.5, 0.75, 0.95])
			for (const fy of [0.2, 0.5, 0.8]) {
				const hit = document.elementFromPoint(r.left + fx * r.width, r.top + fy * r.height);
				if (!hit || !el.contains(hit)) bad.push(`${fx},${fy}: ${hit?.outerHTML.slice(0, 80)}`);
			}
		return bad;
	});
	expect(covered).toEqual([]);
});

test('the legend stays inside the map', async ({ page }) => {
	await openApp(page);
	const map = await boxOf(mapContainer(page));
	const key = await boxOf(legend(page));
	expect(key.x).toBeGreaterThanOrEqual(map.x);
	expect(key.y).toBeGreaterThanOrEqual(map.y);
	expect(key.x + key.width).toBeLessThanOrEqual(map.x + map.width + 0.5);
	expect(key.y + key.height).toBeLessThanOrEqual(map.y + map.height + 0.5);
});

test('the page does not scroll: it fits the screen', async ({ page }, testInfo) => {
	await openWithPanel(page);
	const size = await page.evaluate(() => ({
		scrollW: document.documentElement.scrollWidth,
		scrollH: document.documentElement.scrollHeight,
		w: window.innerWidth,
		h: window.innerHeight
	}));
	expect(size.scrollW).toBeLessThanOrEqual(size.w);
	expect(size.scrollH).toBeLessThanOrEqual(size.h);
	await page.keyboard.press('Escape');
	await expect(excerptPanel(page)).not.toBeVisible();
	await waitForMapIdle(page);
	await page.screenshot({ path: keepPath(`layout/${testInfo.project.name}.png`) });
});
