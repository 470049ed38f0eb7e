/**
 * Presentation mode (issue 4), as a presenter uses it: enter by key, button or URL; drive the tour
 * with a clicker's keys; the URL names the stop; the caption reads from the back of the room at
 * 1920×1080 and 3840×2160; the speaker window follows; reduced motion jumps; the map survives a
 * lost WebGL context; the app works offline after a first visit; memory stays flat over a long loop.
 * Screenshots go to test-results-keep/present/.
 */
import type { Page } from '@playwright/test';
import { SOURCES } from '../../src/lib/map/ids';
import {
	expect,
	imageStats,
	keepPath,
	mapContainer,
	openApp,
	test,
	waitForMapIdle
} from './fixtures';

const present = (page: Page) => page.getByTestId('present');
const caption = (page: Page) => page.getByTestId('present-caption');
const header = (page: Page) => page.locator('header.top');

/** The stop on screen, 1-based, as the counter shows it. */
async function stopIndex(page: Page): Promise<number> {
	return Number(await present(page).getAttribute('data-stop-index'));
}

function stopParam(page: Page): string | null {
	return new URL(page.url()).searchParams.get('stop');
}

/** Whether the link with this id carries the `selected` feature-state (the highlighted arc). */
async function arcHighlighted(page: Page, linkId: string): Promise<boolean> {
	return page.evaluate(
		({ id, source }) => {
			const map = window.__parleyMap!;
			const f = map
				.querySourceFeatures(source)
				.find((g) => (g.properties?.id ?? g.id) === id && g.id !== undefined);
			if (!f) return false;
			return map.getFeatureState({ source, id: f.id! }).selected === true;
		},
		{ id: linkId, source: SOURCES.links }
	);
}

/** Presses a key and waits until the counter shows `expected`. */
async function pressTo(page: Page, key: string, expected: number) {
	await page.keyboard.press(key);
	await expect(present(page)).toHaveAttribute('data-stop-index', String(expected));
}

test.describe('presentation mode', () => {
	test('P enters, chrome hides, the URL names the stop, Esc leaves', async ({ page }) => {
		await openApp(page, '/');
		await expect(header(page)).toBeVisible();
		await page.keyboard.press('p');
		await expect(present(page)).toBeVisible();
		await expect(header(page)).toBeHidden();
		await expect(page.getByTestId('timeline')).toHaveCount(0);
		await expect.poll(() => stopParam(page)).toBe('1');
		expect(new URL(page.url()).searchParams.has('present')).toBe(true);
		await expect(page.locator('.shell')).toHaveAttribute('data-theme', 'projector');
		await page.keyboard.press('Escape');
		await expect(present(page)).toHaveCount(0);
		await expect(header(page)).toBeVisible();
		await expect.poll(() => new URL(page.url()).searchParams.has('present')).toBe(false);
		await expect(page.locator('.shell')).not.toHaveAttribute('data-theme', 'projector');
	});

	test('the Present button and F5 enter too', async ({ page }) => {
		await openApp(page, '/');
		await page.getByTestId('present-start').click();
		await expect(present(page)).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(present(page)).toHaveCount(0);
		await page.keyboard.press('F5');
		await expect(present(page)).toBeVisible();
		await expect.poll(() => stopParam(page)).toBe('1');
	});

	test('keys drive the tour: URL, caption and highlighted arc follow; reload keeps the stop', async ({
		page
	}) => {
		await openApp(page, '/?present&stop=2');
		await expect(present(page)).toBeVisible();
		expect(await stopIndex(page)).toBe(2);
		const count = Number(
			(await page.getByTestId('present-counter').innerText()).match(/\/\s*(\d+)/)?.[1]
		);
		expect(count).toBeGreaterThan(5);

		const heading2 = await page.getByTestId('present-caption-heading').innerText();
		await pressTo(page, 'PageDown', 3);
		await expect.poll(() => stopParam(page)).toBe('3');
		const heading3 = await page.getByTestId('present-caption-heading').innerText();
		expect(heading3).not.toBe(heading2);
		await expect(page.getByTestId('present-caption-text')).not.toBeEmpty();

		// The stop's arc is the selected feature on the map.
		const id3 = (await present(page).getAttribute('data-stop-id'))!;
		await waitForMapIdle(page);
		await expect.poll(() => arcHighlighted(page, id3)).toBe(true);

		await pressTo(page, 'PageUp', 2);
		await expect.poll(() => stopParam(page)).toBe('2');
		await expect(page.getByTestId('present-caption-heading')).toHaveText(heading2);
		// The map shows a selection change a frame after the page (see MapController.setSelection).
		await expect.poll(() => arcHighlighted(page, id3)).toBe(false);

		await page.keyboard.press('5');
		await expect(page.getByTestId('present-digits')).toContainText('5');
		await pressTo(page, 'Enter', 5);
		await expect.poll(() => stopParam(page)).toBe('5');

		await pressTo(page, 'ArrowRight', 6);
		await pressTo(page, 'ArrowLeft', 5);
		await pressTo(page, 'End', count);
		await pressTo(page, 'Home', 1);
		await page.keyboard.type('5');
		await pressTo(page, 'Enter', 5);

		await page.keyboard.press('b');
		await expect(page.getByTestId('present-blank')).toBeVisible();
		await page.keyboard.press('b');
		await expect(page.getByTestId('present-blank')).toHaveCount(0);
		expect(await stopIndex(page)).toBe(5);

		await page.reload();
		await waitForMapIdle(page);
		await expect(present(page)).toHaveAttribute('data-stop-index', '5');
	});

	test('Save this view downloads a PNG at the screen size, from the header and while presenting', async ({
		page
	}) => {
		await openApp(page, '/');
		const save = async (name: string) => {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByTestId('save-view').filter({ visible: true }).click()
			]);
			expect(download.suggestedFilename()).toMatch(/^parley-.*\.png$/);
			await download.saveAs(keepPath(`present/${name}.png`));
			const png = await (await download.createReadStream()).toArray();
			return imageStats(page, Buffer.concat(png));
		};
		const canvas = await page.evaluate(() => {
			const c = window.__parleyMap!.getCanvas();
			return { w: c.clientWidth, h: c.clientHeight };
		});
		const fromHeader = await save('save-view-header');
		expect(fromHeader.width).toBe(canvas.w);
		expect(fromHeader.height).toBe(canvas.h);
		expect(fromHeader.colours).toBeGreaterThan(50);

		await page.keyboard.press('p');
		await pressTo(page, 'PageDown', 2);
		await pressTo(page, 'PageDown', 3);
		await waitForMapIdle(page);
		const presenting = await save('save-view-presenting');
		expect(presenting.width).toBe(1366);
		expect(presenting.height).toBe(768);
		expect(presenting.colours).toBeGreaterThan(50);
	});

	test('the cursor hides after a few idle seconds and returns on movement', async ({ page }) => {
		await openApp(page, '/');
		await page.keyboard.press('p');
		await page.mouse.move(400, 300);
		const hidden = () =>
			page.evaluate(() => document.documentElement.classList.contains('parley-cursor-hidden'));
		expect(await hidden()).toBe(false);
		await expect.poll(hidden, { timeout: 10_000 }).toBe(true);
		await page.mouse.move(420, 320);
		await expect.poll(hidden).toBe(false);
	});

	test('arrow keys do not pan the map while touring', async ({ page }) => {
		// Reduced motion from the start: the camera jumps to the stop instead of flying there, so
		// nothing is still moving when the position is read (the presenter loads after the map).
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openApp(page, '/?present&stop=3');
		await expect(present(page)).toBeVisible();
		await waitForMapIdle(page);
		await page.locator('.maplibregl-canvas').focus();
		const before = await page.evaluate(() => window.__parleyMap!.getCenter().toArray());
		await pressTo(page, 'ArrowLeft', 2);
		await pressTo(page, 'ArrowRight', 3);
		await waitForMapIdle(page);
		const after = await page.evaluate(() => window.__parleyMap!.getCenter().toArray());
		expect(after[0]).toBeCloseTo(before[0]!, 3);
		expect(after[1]).toBeCloseTo(before[1]!, 3);
	});

	test('camera flies between stops, and jumps under prefers-reduced-motion', async ({ page }) => {
		await openApp(page, '/?present&stop=2');
		// Which camera call each stop makes, and how long the move lasts.
		await page.evaluate(() => {
			const map = window.__parleyMap!;
			const w = window as unknown as { __calls: string[] };
			w.__calls = [];
			for (const name of ['flyTo', 'jumpTo', 'easeTo'] as const) {
				const original = map[name].bind(map) as (...a: unknown[]) => unknown;
				(map as unknown as Record<string, unknown>)[name] = (...a: unknown[]) => {
					w.__calls.push(name);
					return original(...a);
				};
			}
		});
		const callsFor = async (key: string) => {
			await page.evaluate(() => ((window as unknown as { __calls: string[] }).__calls = []));
			await page.keyboard.press(key);
			await page.waitForTimeout(300);
			await waitForMapIdle(page);
			return page.evaluate(() => (window as unknown as { __calls: string[] }).__calls);
		};
		expect(await callsFor('PageDown')).toContain('flyTo');
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const reduced = await callsFor('PageDown');
		expect(reduced).toContain('jumpTo');
		expect(reduced).not.toContain('flyTo');
	});
});

test.describe('on a 1920×1080 screen at device ratio 3', () => {
	test.use({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 3 });

	test('caption is at least 32 px and the map pixel ratio is capped', async ({ page }) => {
		await openApp(page, '/');
		expect(await page.evaluate(() => window.__parleyMap!.getPixelRatio())).toBe(3);
		await page.keyboard.press('p');
		await page.keyboard.type('4');
		await page.keyboard.press('Enter');
		await expect(present(page)).toHaveAttribute('data-stop-index', '4');
		// 3840×2160 device pixels at most: ratio 2 on this screen.
		await expect.poll(() => page.evaluate(() => window.__parleyMap!.getPixelRatio())).toBe(2);
		const size = await page
			.getByTestId('present-caption-text')
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(size).toBeGreaterThanOrEqual(32);
		await page.waitForTimeout(500);
		await waitForMapIdle(page);
		const png = await page.screenshot({ path: keepPath('present/1920.png'), scale: 'css' });
		const stats = await imageStats(page, png);
		expect(stats.colours).toBeGreaterThan(50);
	});
});

test.describe('on a 3840×2160 screen', () => {
	test.use({ viewport: { width: 3840, height: 2160 } });

	test('caption scales up with the screen', async ({ page }) => {
		test.setTimeout(240_000);
		await openApp(page, '/?present&stop=4');
		await expect(caption(page)).toBeVisible();
		const text = page.getByTestId('present-caption-text');
		const size = await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(size).toBeGreaterThanOrEqual(64);
		const box = (await caption(page).boundingBox())!;
		// Not a small box in a corner: the caption spans a good part of the screen width.
		expect(box.width).toBeGreaterThan(3840 * 0.4);
		await page.waitForTimeout(500);
		await waitForMapIdle(page, 120_000);
		await page.screenshot({ path: keepPath('present/3840.png') });
	});
});

test.describe('speaker view', () => {
	test('S opens it; it follows the main window, and drives it', async ({ page, context }) => {
		await openApp(page, '/?present&stop=2');
		const errors: string[] = [];
		context.on('page', (p) => {
			p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
			p.on('pageerror', (e) => errors.push(e.message));
		});
		// S opens the speaker window (a popup in the same browser context).
		const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
		await speaker.waitForLoadState();
		expect(new URL(speaker.url()).pathname).toBe('/speaker');
		await expect(speaker.getByTestId('speaker')).toHaveAttribute('data-connected', 'true');
		await expect(speaker.getByTestId('speaker-counter')).toHaveText(/^2 \//);

		await page.bringToFront();
		await pressTo(page, 'PageDown', 3);
		await expect(speaker.getByTestId('speaker-counter')).toHaveText(/^3 \//);
		const mainId = await present(page).getAttribute('data-stop-id');
		await expect(speaker.getByTestId('speaker-current')).toHaveAttribute('data-stop-id', mainId!);

		await speaker.getByTestId('speaker-next-button').click();
		await expect(present(page)).toHaveAttribute('data-stop-index', '4');
		await expect.poll(() => stopParam(page)).toBe('4');

		// The speaker is told which events the tour left out as uncertain or not held.
		await page.bringToFront();
		await page.keyboard.press('Home');
		await expect(speaker.getByTestId('speaker-counter')).toHaveText(/^1 \//);
		await expect(speaker.getByTestId('speaker-skipped')).toContainText(
			/Left out of this tour: \d+ uncertain events? \(confidence under 40 %\)/
		);
		await speaker.screenshot({ path: keepPath('present/speaker-title.png') });
		expect(errors).toEqual([]);
	});
});

test.describe('resilience', () => {
	test('a lost WebGL context is restored and the map redraws with its highlight', async ({
		page
	}) => {
		await openApp(page, '/?present&stop=3');
		const id = (await present(page).getAttribute('data-stop-id'))!;
		await expect.poll(() => arcHighlighted(page, id)).toBe(true);
		await page.evaluate(() => {
			const gl = window.__parleyMap!.getCanvas().getContext('webgl2');
			const ext = gl!.getExtension('WEBGL_lose_context')!;
			(window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
			ext.loseContext();
		});
		await expect(mapContainer(page).locator('[data-webgl]')).toHaveAttribute('data-webgl', 'lost');
		await page.evaluate(() =>
			(window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext()
		);
		await expect(mapContainer(page).locator('[data-webgl]')).toHaveAttribute('data-webgl', 'ok');
		await waitForMapIdle(page);
		await expect(mapContainer(page)).toHaveAttribute('data-map-state', 'idle');
		await expect.poll(() => arcHighlighted(page, id)).toBe(true);
		// The tour still drives the restored map.
		await pressTo(page, 'PageDown', 4);
		await waitForMapIdle(page);
		const png = await page.screenshot({ path: keepPath('present/after-context-loss.png') });
		expect((await imageStats(page, png)).colours).toBeGreaterThan(50);
	});

	test('a loop of 200 stops keeps the JS heap flat', async ({ page, context }) => {
		test.setTimeout(900_000);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openApp(page, '/?present&stop=1');
		const count = Number(
			(await page.getByTestId('present-counter').innerText()).match(/\/\s*(\d+)/)?.[1]
		);
		const cdp = await context.newCDPSession(page);
		const heap = async () => {
			await waitForMapIdle(page);
			await cdp.send('HeapProfiler.collectGarbage');
			await cdp.send('HeapProfiler.collectGarbage');
			return (await cdp.send('Runtime.getHeapUsage')).usedSize;
		};
		const loop = async (stops: number) => {
			for (let i = 0; i < stops; i++) {
				const at = await stopIndex(page);
				await pressTo(page, at >= count ? 'Home' : 'PageDown', at >= count ? 1 : at + 1);
				if (i % 10 === 9) await waitForMapIdle(page);
			}
		};
		await loop(200); // warm-up: caches, glyphs, tiles
		const start = await heap();
		await loop(200);
		const end = await heap();
		const growthMb = (end - start) / 1024 / 1024;
		console.log(
			`present heap: ${(start / 1048576).toFixed(2)} MB → ${(end / 1048576).toFixed(2)} MB after 200 stops (${growthMb.toFixed(2)} MB)`
		);
		expect(growthMb).toBeLessThan(5);
	});
});

test.describe('offline after a first visit', () => {
	test.use({ serviceWorkers: 'allow' });

	test('reloads and presents with the network off', async ({ page, context }) => {
		test.setTimeout(240_000);
		// Its install step downloads the whole build: it must not compete with the first map.
		await page.addInitScript(() => {
			const w = window as unknown as {
				__swAt?: { mapLoaded: boolean };
				__parleyMap?: { loaded(): boolean };
			};
			const register = ServiceWorkerContainer.prototype.register;
			ServiceWorkerContainer.prototype.register = function (...args) {
				w.__swAt ??= { mapLoaded: w.__parleyMap?.loaded() === true };
				return register.apply(this, args);
			};
		});
		await openApp(page, '/');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		expect(await page.evaluate(() => (window as unknown as { __swAt?: unknown }).__swAt)).toEqual({
			mapLoaded: true
		});
		await expect
			.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
			.toBe(true);
		await context.setOffline(true);
		try {
			await page.reload();
			await waitForMapIdle(page);
			await page.keyboard.press('p');
			await pressTo(page, 'PageDown', 2);
			await page.keyboard.type('4');
			await pressTo(page, 'Enter', 4);
			await expect(page.getByTestId('present-caption-heading')).not.toBeEmpty();
			// The article text (loaded lazily) comes from the cache too: the link stop's source fills in.
			await expect(page.getByTestId('present-caption-source')).toBeVisible();
		} finally {
			await context.setOffline(false);
		}
	});
});
