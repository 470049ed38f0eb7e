/**
 * Data files of two ingest runs side by side (an ingest killed between its renames, a file copied
 * by hand): the map still draws, and the page says plainly what happened and what to do. The
 * served files are rewritten on their way to the page, as a mixed folder would serve them.
 */
import type { Page } from '@playwright/test';
import { test, expect, keepPath, openApp } from './fixtures';
import { legend } from './ui';

const OTHER_RUN = '0123456789abcdef';

/** Serves `file` as written by another ingest run: its generation changed, nothing else. */
async function fromAnotherRun(page: Page, file: string): Promise<void> {
	await page.route(`**/data/${file}`, async (route) => {
		const response = await route.fetch();
		const json = await response.json();
		expect(json.generation).toMatch(/^[0-9a-f]{16}$/);
		expect(json.generation).not.toBe(OTHER_RUN);
		await route.fulfill({ response, json: { ...json, generation: OTHER_RUN } });
	});
}

test('articles of another run than the map: the map draws and the page says to re-ingest', async ({
	page
}) => {
	await fromAnotherRun(page, 'articles.json');
	await openApp(page, '/?sel=place:city-dushanbe');
	const notice = page.getByTestId('mixed-data');
	await expect(notice).toHaveText(
		'The map data and the articles come from different ingest runs: run `npm run ingest` again and rebuild. Until then, what the panel quotes may not match the map.'
	);
	await expect(notice).toHaveAttribute('role', 'alert');
	await expect(legend(page)).toBeVisible();
	await expect(page.getByTestId('excerpt-panel')).toContainText('Dushanbe');
	await page.screenshot({ path: keepPath('generations/mixed.png') });
});

test('places and links of two runs: the map draws and the page says so at once', async ({
	page
}) => {
	await fromAnotherRun(page, 'links.geojson');
	await openApp(page, '/');
	await expect(page.getByTestId('mixed-data')).toContainText(
		"The map's places.geojson and links.geojson come from different ingest runs"
	);
	await expect(legend(page)).toBeVisible();
});

test('one run: nothing is said', async ({ page }) => {
	await openApp(page, '/?sel=place:city-dushanbe');
	await expect(page.getByTestId('excerpt-panel').locator('mark').first()).toBeVisible();
	await expect(page.getByTestId('mixed-data')).toHaveCount(0);
});
