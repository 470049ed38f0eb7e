/**
 * Loading always ends: before the scripts run the page says it is loading, and a data request
 * that is never answered ends in a clear message with a way to try again, within 20 s.
 */
import { test, expect } from './fixtures';

test('the page says it is loading before its scripts run', async ({ request }) => {
	const html = await (await request.get('/')).text();
	expect(html).toContain('Loading Parley…');
});

test('a map data request that never answers ends in a message with "Try again"', async ({
	page
}) => {
	// Never fulfilled: the request hangs as on a stalled server.
	await page.route('**/data/links.geojson', () => {});
	const started = Date.now();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Parley could not load its data' })).toBeVisible({
		timeout: 20_000
	});
	expect(Date.now() - started).toBeLessThan(20_000);
	await expect(page.getByRole('alert')).toContainText('links.geojson');
	await expect(page.getByRole('alert')).toContainText('no answer');
	await expect(page.getByText('Loading Parley…')).toBeHidden();
	await expect(page.getByTestId('load-retry')).toBeVisible();
	// Once the server answers again, "Try again" brings the map.
	await page.unroute('**/data/links.geojson');
	await page.getByTestId('load-retry').click();
	await expect(page.getByTestId('map')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByText('Loading Parley…')).toBeHidden();
});
