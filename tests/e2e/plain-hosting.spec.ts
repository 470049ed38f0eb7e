/**
 * Behind the plainest static server (a file for each path, `index.html` for a folder, and `/speaker`
 * a 404 because its file is `speaker.html`), the offline copy still installs: after one visit the
 * app reloads with the network off and draws its map, and the speaker view opens from the cache.
 */
import { resolve } from 'node:path';
import { test, expect, waitForMapIdle } from './fixtures';
import { serveFolder } from './static-server';

test.describe('offline behind a plain static server', () => {
	test.use({ serviceWorkers: 'allow' });

	test('one visit, then the map and the speaker view load with the network off', async ({
		page,
		context
	}) => {
		test.setTimeout(240_000);
		const { server, url } = await serveFolder(resolve('build'));
		try {
			// The plain server has no `/speaker`: that is what used to break the whole install.
			expect((await page.request.get(`${url}/speaker`)).status()).toBe(404);
			const warnings: string[] = [];
			page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
			await page.goto(`${url}/`);
			await waitForMapIdle(page);
			await page.evaluate(async () => {
				await navigator.serviceWorker.ready;
			});
			await expect
				.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
				.toBe(true);
			await context.setOffline(true);
			try {
				await page.reload();
				await waitForMapIdle(page);
				await expect(page.getByTestId('legend')).toBeVisible();
				await page.goto(`${url}/speaker`);
				await expect(page.getByTestId('speaker')).toBeVisible();
			} finally {
				await context.setOffline(false);
			}
			expect(warnings.filter((w) => w.includes('could not cache'))).toEqual([]);
		} finally {
			server.close();
		}
	});
});
