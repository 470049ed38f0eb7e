/**
 * The view lives in the URL: year, selection and camera survive a reload and a shared link;
 * values that make no sense are ignored, never a crash (the fixture fails on any page error).
 * Parameters (src/lib/state/url-state.ts): ?y=2017[-2019] &cum=1 &sel=place:<id>|link:<id> &cam=lng,lat,zoom
 */
import type { Page } from '@playwright/test';
import {
	test,
	expect,
	openApp,
	waitForMapIdle,
	jumpMap,
	clickLngLat,
	loadCorpus,
	placeNamed,
	lngLatOf
} from './fixtures';
import { chooseYear, excerptPanel, sliderYears } from './ui';

async function camera(page: Page) {
	return page.evaluate(() => {
		const map = window.__parleyMap!;
		const c = map.getCenter();
		return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
	});
}

test('year, selection and camera survive a reload', async ({ page }) => {
	const { places } = loadCorpus();
	const dushanbe = lngLatOf(placeNamed(places, 'Dushanbe'));
	await openApp(page);
	await chooseYear(page, 2021);
	await jumpMap(page, { center: dushanbe, zoom: 5.5 });
	await clickLngLat(page, dushanbe);
	await expect(excerptPanel(page)).toBeVisible();
	await expect(page).toHaveURL(/[?&]y=2021(&|$)/);
	await expect(page).toHaveURL(/[?&]sel=place(:|%3A)city-dushanbe/);
	await expect(page).toHaveURL(/[?&]cam=/);
	const before = await camera(page);

	await page.reload();
	await waitForMapIdle(page);

	expect(await sliderYears(page)).toEqual({ from: 2021, to: 2021 });
	await expect(excerptPanel(page).getByRole('heading', { name: 'Dushanbe' }).first()).toBeVisible();
	const after = await camera(page);
	expect(after.lng).toBeCloseTo(before.lng, 2);
	expect(after.lat).toBeCloseTo(before.lat, 2);
	expect(after.zoom).toBeCloseTo(before.zoom, 1);
});

test('a shared URL opens on its year, selection and camera', async ({ page }) => {
	const { places } = loadCorpus();
	const moscow = placeNamed(places, 'Moscow');
	await openApp(page, `/?y=2017&sel=place:${moscow.properties.id}&cam=37.6,55.75,5`);
	expect(await sliderYears(page)).toEqual({ from: 2017, to: 2017 });
	await expect(excerptPanel(page).getByRole('heading', { name: 'Moscow' }).first()).toBeVisible();
	const cam = await camera(page);
	expect(cam.lng).toBeCloseTo(37.6, 1);
	expect(cam.lat).toBeCloseTo(55.75, 1);
	expect(cam.zoom).toBeCloseTo(5, 1);
});

const GARBAGE = [
	'/?y=abcd&cum=yes&sel=place:&cam=NaN,1e999,-4',
	'/?y=99999-1&sel=link:no-such-link&cam=1,2',
	'/?y=1066&sel=place:no-such-place&cam=200,100,30',
	'/?sel=%3Cscript%3Ealert(1)%3C%2Fscript%3E&cam=%E0%A4%A&y=2017-',
	'/?y=2017&y=2018&sel=banana:city-kabul&cam=,,'
];

for (const url of GARBAGE) {
	test(`garbage in the URL is ignored: ${url}`, async ({ page }) => {
		await openApp(page, url);
		// Nothing selected from garbage, and the map still answers.
		await expect(excerptPanel(page)).not.toBeVisible();
		const zoom = await page.evaluate(() => window.__parleyMap!.getZoom());
		expect(Number.isFinite(zoom)).toBe(true);
	});
}

test.describe('theme in the address', () => {
	const shell = (page: Page) => page.locator('.shell');

	test('a chosen theme goes into the URL and a shared link opens in it, over the kept one', async ({
		page
	}) => {
		await openApp(page);
		await page.getByLabel('Theme').selectOption('projector');
		await expect(page).toHaveURL(/[?&]theme=projector(&|$)/);
		// The kept choice (localStorage) says projector; a link naming dark wins.
		await openApp(page, '/?theme=dark&y=2017');
		await expect(shell(page)).toHaveAttribute('data-theme', 'dark');
		expect(await sliderYears(page)).toEqual({ from: 2017, to: 2017 });
		// Without a theme in the link, the kept one applies.
		await openApp(page, '/?y=2017');
		await expect(shell(page)).toHaveAttribute('data-theme', 'projector');
	});

	test('presenting does not write its projector theme into the URL', async ({ page }) => {
		await openApp(page, '/?theme=dark');
		await page.keyboard.press('p');
		await expect(page.getByTestId('present')).toBeVisible();
		await expect(shell(page)).toHaveAttribute('data-theme', 'projector');
		await expect.poll(() => new URL(page.url()).searchParams.get('stop')).toBe('1');
		await page.keyboard.press('PageDown');
		await expect.poll(() => new URL(page.url()).searchParams.get('stop')).toBe('2');
		expect(new URL(page.url()).searchParams.get('theme')).toBe('dark');
		await page.keyboard.press('Escape');
		await expect(shell(page)).toHaveAttribute('data-theme', 'dark');
		await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('dark');
	});

	test('an unknown theme in the URL is ignored', async ({ page }) => {
		await openApp(page, '/?theme=neon');
		await expect(shell(page)).toHaveAttribute('data-theme', /^(light|dark)$/);
	});
});
