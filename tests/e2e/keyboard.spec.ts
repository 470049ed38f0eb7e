/**
 * Keyboard-only use: Tab reaches every control, and Enter/Space/arrows operate them.
 * Controls are reached with Tab only (never `.focus()`), as a person without a mouse would.
 */
import type { Locator, Page } from '@playwright/test';
import type { PlacesCollection } from '../../src/lib/data/schema';
import { test, expect, openApp, waitForMapIdle, readBuiltData } from './fixtures';
import {
	allYearsButton,
	cumulativeSwitch,
	excerptPanel,
	firstYearSlider,
	lastYearSlider,
	legend,
	listView,
	listViewButton,
	panelCloseButton,
	playButton,
	searchBox,
	sliderYears,
	themeSelect
} from './ui';

const isFocused = (target: Locator) => () =>
	target.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab until `target` has focus; fails the test if 80 presses do not get there. */
async function tabTo(page: Page, target: Locator): Promise<void> {
	const focused = isFocused(target);
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		if (await focused()) return;
	}
	throw new Error(`Tab never reached ${target}`);
}

/** Opens Dushanbe's panel from the search box, with the keyboard. */
async function openDushanbeByKeyboard(page: Page): Promise<void> {
	await tabTo(page, searchBox(page));
	await page.keyboard.type('Dushanbe');
	await page.keyboard.press('Enter');
	await expect(excerptPanel(page).getByRole('heading', { name: 'Dushanbe' })).toBeVisible();
}

test('Tab reaches every control', async ({ page }) => {
	const places = readBuiltData<PlacesCollection>('places.geojson');
	const dushanbe = places.features.find((f) => f.properties.name === 'Dushanbe')!.properties.id;
	await openApp(page, `/?sel=place:${dushanbe}`);
	await expect(excerptPanel(page)).toBeVisible();
	const controls: Record<string, Locator> = {
		search: searchBox(page),
		'first year': firstYearSlider(page),
		'last year': lastYearSlider(page),
		play: playButton(page),
		'all years': allYearsButton(page),
		cumulative: cumulativeSwitch(page),
		legend: legend(page).locator('summary'),
		'list view': listViewButton(page),
		theme: themeSelect(page),
		'panel close': panelCloseButton(page)
	};
	for (const [name, control] of Object.entries(controls)) {
		await control.evaluate((el, n) => el.setAttribute('data-e2e-control', n), name);
	}
	const reached = new Set<string>();
	for (let i = 0; i < 120 && reached.size < Object.keys(controls).length; i++) {
		await page.keyboard.press('Tab');
		const name = await page.evaluate(
			() => document.activeElement?.getAttribute('data-e2e-control') ?? null
		);
		if (name) reached.add(name);
	}
	expect([...reached].sort()).toEqual(Object.keys(controls).sort());
});

test('Enter in the search box flies to the place and opens its panel', async ({ page }) => {
	await openApp(page);
	const zoomBefore = await page.evaluate(() => window.__parleyMap!.getZoom());
	await openDushanbeByKeyboard(page);
	// The panel shows before the flight starts (its code may still be on its way): wait for the
	// camera to leave the first view, then for the map to come to rest, as a person would.
	await expect
		.poll(() => page.evaluate(() => window.__parleyMap!.getZoom()), { timeout: 30_000 })
		.toBeGreaterThan(zoomBefore);
	await waitForMapIdle(page);
	// Dushanbe (about 68.8 E, 38.5 N) is now in the middle part of the map, closer than before.
	const view = await page.evaluate(() => {
		const map = window.__parleyMap!;
		const p = map.project([68.78, 38.54]);
		const c = map.getCanvas();
		return { x: p.x / c.clientWidth, y: p.y / c.clientHeight, zoom: map.getZoom() };
	});
	expect(view.x).toBeGreaterThan(0.2);
	expect(view.x).toBeLessThan(0.8);
	expect(view.y).toBeGreaterThan(0.2);
	expect(view.y).toBeLessThan(0.8);
	expect(view.zoom).toBeGreaterThan(zoomBefore);
});

test('arrow keys on the first-year slider narrow the years', async ({ page }) => {
	await openApp(page);
	const slider = firstYearSlider(page);
	await tabTo(page, slider);
	const min = Number(await slider.getAttribute('min'));
	await page.keyboard.press('ArrowRight');
	expect((await sliderYears(page)).from).toBe(min + 1);
	await expect(page).toHaveURL(new RegExp(`[?&]y=${min + 1}-`));
});

test('Home on the last-year slider shows the first year only', async ({ page }) => {
	await openApp(page);
	const slider = lastYearSlider(page);
	await tabTo(page, slider);
	const min = Number(await slider.getAttribute('min'));
	await page.keyboard.press('Home');
	expect(await sliderYears(page)).toEqual({ from: min, to: min });
});

test('Space on Play starts the player and Space again pauses it', async ({ page }) => {
	await openApp(page);
	const play = playButton(page);
	await tabTo(page, play);
	await page.keyboard.press('Space');
	await expect(play).toHaveAttribute('aria-pressed', 'true');
	await expect(play).toHaveAccessibleName('Pause');
	await page.keyboard.press('Space');
	await expect(play).toHaveAttribute('aria-pressed', 'false');
});

test('Enter on All years shows every year again', async ({ page }) => {
	await openApp(page, '/?y=2017');
	const all = allYearsButton(page);
	await tabTo(page, all);
	await page.keyboard.press('Enter');
	await expect(all).toHaveAttribute('aria-pressed', 'true');
	await expect(page).not.toHaveURL(/[?&]y=/);
});

test('Space toggles the cumulative switch', async ({ page }) => {
	await openApp(page);
	const cumulative = cumulativeSwitch(page);
	await tabTo(page, cumulative);
	await page.keyboard.press('Space');
	await expect(cumulative).toBeChecked();
	await expect(lastYearSlider(page)).toHaveAccessibleName('Up to year');
	await page.keyboard.press('Space');
	await expect(cumulative).not.toBeChecked();
});

test('Enter on the list button opens the list; Escape closes it and focus returns', async ({
	page
}) => {
	await openApp(page);
	const button = listViewButton(page);
	await tabTo(page, button);
	await page.keyboard.press('Enter');
	await expect(listView(page)).toBeVisible();
	await expect(listView(page).getByRole('table').first()).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(listView(page)).not.toBeVisible();
	await expect.poll(isFocused(button)).toBe(true);
});

test('a row of the list opens its panel with the keyboard', async ({ page }) => {
	await openApp(page);
	await tabTo(page, listViewButton(page));
	await page.keyboard.press('Enter');
	const row = listView(page)
		.getByRole('button', { name: /Dushanbe/ })
		.first();
	await tabTo(page, row);
	await page.keyboard.press('Enter');
	await expect(listView(page)).not.toBeVisible();
	await expect(excerptPanel(page).getByRole('heading', { name: 'Dushanbe' })).toBeVisible();
});

test('Enter on the panel close button closes the panel', async ({ page }) => {
	await openApp(page);
	await openDushanbeByKeyboard(page);
	await tabTo(page, panelCloseButton(page));
	await page.keyboard.press('Enter');
	await expect(excerptPanel(page)).not.toBeVisible();
});

test('Escape closes the panel', async ({ page }) => {
	await openApp(page);
	await openDushanbeByKeyboard(page);
	await page.keyboard.press('Escape');
	await expect(excerptPanel(page)).not.toBeVisible();
});

test('the legend opens and closes with Enter', async ({ page }) => {
	await openApp(page);
	const summary = legend(page).locator('summary');
	await tabTo(page, summary);
	const wasOpen = await legend(page).evaluate((el) => (el as HTMLDetailsElement).open);
	await page.keyboard.press('Enter');
	await expect
		.poll(() => legend(page).evaluate((el) => (el as HTMLDetailsElement).open))
		.toBe(!wasOpen);
});
