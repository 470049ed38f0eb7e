/**
 * Behind the plainest static server (a file for each path, `index.html` for a folder, and `/speaker`
 * a 404 because its file is `speaker.html`), the offline copy still installs: after one visit the
 * app reloads with the network off and draws its map, and the speaker view opens from the cache.
 * A returning visitor online gets the data on the server, not the copy cached the visit before;
 * and a file the host will not give is reported in the speaker view, not silently left out.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { BUILD_DIR, test, expect, waitForMapIdle } from './fixtures';
import { serveFolder } from './static-server';
import { excerptPanel } from './ui';

/** A copy of the build this test may change, as a re-ingest would change the served data. */
function copyOfBuild(name: string): string {
	const dir = resolve('test-results', name);
	rmSync(dir, { recursive: true, force: true });
	cpSync(resolve(BUILD_DIR), dir, { recursive: true });
	return dir;
}

/** Waits until the service worker has installed and controls the page. */
async function offlineCopyInstalled(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
}

test.describe('offline behind a plain static server', () => {
	test.use({ serviceWorkers: 'allow' });

	test('one visit, then the map and the speaker view load with the network off', async ({
		page,
		context
	}) => {
		test.setTimeout(240_000);
		const { server, url } = await serveFolder(resolve(BUILD_DIR));
		try {
			// The plain server has no `/speaker`: that is what used to break the whole install.
			expect((await page.request.get(`${url}/speaker`)).status()).toBe(404);
			const warnings: string[] = [];
			page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
			await page.goto(`${url}/`);
			await waitForMapIdle(page);
			await offlineCopyInstalled(page);
			await context.setOffline(true);
			try {
				await page.reload();
				await waitForMapIdle(page);
				await expect(page.getByTestId('legend')).toBeVisible();
				await page.goto(`${url}/speaker`);
				await expect(page.getByTestId('speaker')).toBeVisible();
				await expect(page.getByTestId('offline-status')).toHaveText('Offline copy ready');
			} finally {
				await context.setOffline(false);
			}
			expect(warnings.filter((w) => w.includes('could not cache'))).toEqual([]);
		} finally {
			server.close();
		}
	});

	test('a returning visitor gets the data put on the server since, and offline still has it', async ({
		page,
		context
	}) => {
		test.setTimeout(240_000);
		const dir = copyOfBuild('returning-visitor');
		const { server, url } = await serveFolder(dir);
		const dushanbe = `${url}/?sel=place:city-dushanbe`;
		const title = excerptPanel(page).getByRole('heading', { level: 2 });
		try {
			await page.goto(dushanbe);
			await waitForMapIdle(page);
			await expect(title).toHaveText('Dushanbe');
			await offlineCopyInstalled(page);

			// A re-ingest on the server: the place has a new name (the same run's files otherwise).
			const places = join(dir, 'data', 'places.geojson');
			const renamed = readFileSync(places, 'utf8').replace(
				'"name":"Dushanbe"',
				'"name":"Dushanbe (re-ingested)"'
			);
			expect(renamed).toContain('Dushanbe (re-ingested)');
			writeFileSync(places, renamed);

			// The next visit, online: the new data at once, not the copy cached on the first.
			await page.goto(dushanbe);
			await waitForMapIdle(page);
			await expect(title).toHaveText('Dushanbe (re-ingested)');

			// Offline, the app still loads, with the data it saw last.
			await context.setOffline(true);
			try {
				await page.reload();
				await waitForMapIdle(page);
				await expect(title).toHaveText('Dushanbe (re-ingested)');
			} finally {
				await context.setOffline(false);
			}
		} finally {
			server.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('a file the host will not serve is reported in the speaker view and the console', async ({
		page
	}) => {
		test.setTimeout(240_000);
		const dir = copyOfBuild('incomplete-offline-copy');
		// Only the "Correct this" form fetches it: the app works, the offline copy lacks a file.
		rmSync(join(dir, 'data', 'corrections.json'));
		const { server, url } = await serveFolder(dir, { htmlFallback: true });
		const warnings: string[] = [];
		page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
		try {
			await page.goto(`${url}/speaker`);
			await expect(page.getByTestId('speaker')).toBeVisible();
			await expect(page.getByTestId('offline-status')).toHaveText(
				'Offline copy incomplete: 1 file could not be cached',
				{ timeout: 60_000 }
			);
			expect(warnings.join('\n')).toContain(
				'Parley offline copy incomplete: could not cache /data/corrections.json'
			);
		} finally {
			server.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
