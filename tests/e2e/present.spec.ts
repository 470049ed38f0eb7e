/**
 * Presentation mode (issue 4), as a presenter uses it: enter by key, button or URL; drive the tour
 * with a clicker's keys; the URL names the stop; the caption reads from the back of the room at
 * 1920×1080 and 3840×2160; the speaker window follows; reduced motion jumps; the map survives a
 * lost WebGL context; the app works offline after a first visit; memory stays flat over a long loop.
 * By mouse and touch: on-screen buttons, swipes, a click or tap on the map's empty area, the stop
 * strip, on a desk screen and on a phone held landscape; at 3840×2160 a stop frames its arc to the
 * same share of the screen as at 1920×1080. Screenshots go to test-results-keep/present/.
 */
import type { Page } from '@playwright/test';
import { LAYERS, SOURCES } from '../../src/lib/map/ids';
import {
	expect,
	imageStats,
	keepPath,
	LINK_LINE_LAYERS,
	loadCorpus,
	mapContainer,
	openApp,
	test,
	waitForMapIdle
} from './fixtures';

/** The project that runs the long heap loop (playwright.config.ts, `npm run test:soak`). */
const SOAK_PROJECT = 'soak';

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

/**
 * A point of the map's empty area, in page pixels: the canvas is what is under it (no caption,
 * button or legend), and no arc, arrowhead or place marker is within 12 px.
 */
async function emptyMapPoint(page: Page): Promise<{ x: number; y: number }> {
	return page.evaluate(
		(layers) => {
			const map = window.__parleyMap!;
			const rect = map.getCanvasContainer().getBoundingClientRect();
			const shown = layers.filter((l) => map.getLayer(l));
			for (let fy = 0.25; fy <= 0.6; fy += 0.05)
				for (let fx = 0.25; fx <= 0.75; fx += 0.05) {
					const x = rect.left + rect.width * fx;
					const y = rect.top + rect.height * fy;
					if (document.elementFromPoint(x, y) !== map.getCanvas()) continue;
					const px = x - rect.left;
					const py = y - rect.top;
					const near = map.queryRenderedFeatures(
						[
							[px - 12, py - 12],
							[px + 12, py + 12]
						],
						{ layers: shown }
					);
					if (near.length === 0) return { x, y };
				}
			throw new Error('no empty area on the map');
		},
		[...LINK_LINE_LAYERS, LAYERS.linkArrow, LAYERS.placeCircle, LAYERS.placeLabel] as string[]
	);
}

/**
 * A one-finger swipe as a touch screen sends it (touchstart, moves, touchend through the browser's
 * input pipeline, so the map sees it too), over 200 ms of event time.
 */
async function swipe(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
	const cdp = await page.context().newCDPSession(page);
	const t0 = Date.now() / 1000;
	const at = (f: number) => ({
		x: from.x + (to.x - from.x) * f,
		y: from.y + (to.y - from.y) * f
	});
	await cdp.send('Input.dispatchTouchEvent', {
		type: 'touchStart',
		touchPoints: [at(0)],
		timestamp: t0
	});
	for (const f of [0.25, 0.5, 0.75, 1])
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchMove',
			touchPoints: [at(f)],
			timestamp: t0 + 0.2 * f
		});
	await cdp.send('Input.dispatchTouchEvent', {
		type: 'touchEnd',
		touchPoints: [],
		timestamp: t0 + 0.21
	});
	await cdp.detach();
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
			/Left out of this tour: \d+ uncertain events? \(confidence under 40 %, or a date inferred\)/
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

	// 30 stops in the default suite; 200 in the soak project (`npm run test:soak`).
	test('a loop of stops keeps the JS heap flat', async ({ page, context }, testInfo) => {
		const stops = testInfo.project.name === SOAK_PROJECT ? 200 : 30;
		test.setTimeout(stops > 30 ? 900_000 : 300_000);
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
		await loop(stops); // warm-up: caches, glyphs, tiles
		const start = await heap();
		await loop(stops);
		const end = await heap();
		const growthMb = (end - start) / 1024 / 1024;
		console.log(
			`present heap: ${(start / 1048576).toFixed(2)} MB → ${(end / 1048576).toFixed(2)} MB after ${stops} stops (${growthMb.toFixed(2)} MB)`
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

test.describe('presenting by mouse on a 1440×900 screen', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('next and previous buttons, the stop strip, a click on the map, a click on the blank screen', async ({
		page
	}) => {
		await openApp(page, '/?present&stop=2');
		await expect(present(page)).toBeVisible();
		await page.getByTestId('present-next').click();
		await expect(present(page)).toHaveAttribute('data-stop-index', '3');
		await expect.poll(() => stopParam(page)).toBe('3');
		await page.getByTestId('present-prev').click();
		await expect(present(page)).toHaveAttribute('data-stop-index', '2');

		// The counter opens the strip of every stop; the current one is marked; a stop jumps there.
		await page.getByTestId('present-overview-button').click();
		const strip = page.getByTestId('present-strip');
		await expect(strip.locator('[aria-current="step"]')).toHaveAttribute('data-stop-number', '2');
		await strip.locator('[data-stop-number="13"]').click();
		await expect(present(page)).toHaveAttribute('data-stop-index', '13');
		await expect(page.getByTestId('present-overview')).toHaveCount(0);
		// G opens it too, and Escape closes it without leaving the presentation.
		await page.keyboard.press('g');
		await expect(page.getByTestId('present-overview')).toBeVisible();
		await page.screenshot({ path: keepPath('present/mouse-1440-strip.png') });
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('present-overview')).toHaveCount(0);
		await expect(present(page)).toBeVisible();

		// A click on the map's empty area goes to the next stop.
		await waitForMapIdle(page);
		const empty = await emptyMapPoint(page);
		await page.mouse.click(empty.x, empty.y);
		await expect(present(page)).toHaveAttribute('data-stop-index', '14');
		// Nothing was selected by that click: no panel, no `sel` in the address.
		expect(new URL(page.url()).searchParams.has('sel')).toBe(false);

		// Switched off in the strip, a click on the map does nothing (and the choice is kept).
		await page.keyboard.press('g');
		await page.getByTestId('present-tap-choice').uncheck();
		await page.keyboard.press('Escape');
		await waitForMapIdle(page);
		const again = await emptyMapPoint(page);
		await page.mouse.click(again.x, again.y);
		// Input is handled in order: once B has blanked the screen, the click has been handled too.
		await page.keyboard.press('b');
		await expect(page.getByTestId('present-blank')).toBeVisible();
		expect(await stopIndex(page)).toBe(14);
		expect(await page.evaluate(() => localStorage.getItem('parley.present.tap-advances'))).toBe(
			'0'
		);

		// A click on the blank screen brings the picture back, on the same stop.
		await page.getByTestId('present-blank').click();
		await expect(page.getByTestId('present-blank')).toHaveCount(0);
		expect(await stopIndex(page)).toBe(14);
	});

	test('the buttons hide with the cursor and come back when the mouse moves', async ({ page }) => {
		await openApp(page, '/?present&stop=3');
		const nav = page.getByTestId('present-nav');
		await waitForMapIdle(page);
		await expect(nav).toHaveClass(/hidden/, { timeout: 10_000 });
		await expect(nav).toHaveCSS('opacity', '0');
		await page.mouse.move(300, 300);
		await page.mouse.move(320, 310);
		await expect(nav).not.toHaveClass(/hidden/);
		await expect(nav).toHaveCSS('opacity', '1');
		await page.screenshot({ path: keepPath('present/mouse-1440.png') });
		// On the first stop there is no previous one.
		await page.keyboard.press('Home');
		await expect(page.getByTestId('present-prev')).toBeDisabled();
	});
});

test.describe('on a phone held landscape (844×390, touch)', () => {
	test.use({
		viewport: { width: 844, height: 390 },
		hasTouch: true,
		isMobile: true,
		deviceScaleFactor: 2
	});

	test('a tap on next advances, swipes turn stops, a tap on the map advances', async ({ page }) => {
		await openApp(page, '/?present&stop=2');
		await expect(present(page)).toBeVisible();
		const next = (await page.getByTestId('present-next').boundingBox())!;
		const point = { x: next.x + next.width / 2, y: next.y + next.height / 2 };
		// The button takes the tap, faded or not (a tap on the map would advance too).
		expect(
			await page.evaluate(
				(p) => document.elementFromPoint(p.x, p.y)?.getAttribute('data-testid'),
				point
			)
		).toBe('present-next');
		await page.touchscreen.tap(point.x, point.y);
		await expect(present(page)).toHaveAttribute('data-stop-index', '3');

		// Swiping left shows the next stop; swiping right goes back; a short one does nothing.
		await swipe(page, { x: 600, y: 180 }, { x: 250, y: 190 });
		await expect(present(page)).toHaveAttribute('data-stop-index', '4');
		await expect.poll(() => stopParam(page)).toBe('4');
		await swipe(page, { x: 250, y: 180 }, { x: 600, y: 170 });
		await expect(present(page)).toHaveAttribute('data-stop-index', '3');
		await swipe(page, { x: 420, y: 180 }, { x: 400, y: 180 });

		// A tap on the map's empty area goes to the next stop.
		await waitForMapIdle(page);
		expect(await stopIndex(page)).toBe(3);
		const empty = await emptyMapPoint(page);
		await page.touchscreen.tap(empty.x, empty.y);
		await expect(present(page)).toHaveAttribute('data-stop-index', '4');

		// The stop strip by touch.
		const counter = (await page.getByTestId('present-overview-button').boundingBox())!;
		await page.touchscreen.tap(counter.x + counter.width / 2, counter.y + counter.height / 2);
		const target = page.getByTestId('present-strip').locator('[data-stop-number="13"]');
		await target.scrollIntoViewIfNeeded();
		await target.tap();
		await expect(present(page)).toHaveAttribute('data-stop-index', '13');

		await waitForMapIdle(page);
		// For the picture: the buttons shown, as any touch or movement does.
		await page.mouse.move(400, 100);
		await expect(page.getByTestId('present-nav')).toHaveCSS('opacity', '1');
		expect(await stopIndex(page)).toBe(13);
		await page.screenshot({ path: keepPath('present/phone-844x390.png') });
	});
});

/**
 * Where a stop's arc is on screen: how wide its projected coordinates spread across the screen,
 * and how thick it is drawn (its halo and line), measured on a screenshot across the arc a third of
 * the way along (the arrowhead sits in the middle).
 */
async function arcOnScreen(page: Page, coords: [number, number][]) {
	const projected = await page.evaluate(
		(cs) => cs.map((c) => window.__parleyMap!.project(c)).map((p) => [p.x, p.y] as const),
		coords
	);
	const xs = projected.map(([x]) => x);
	const spread = Math.max(...xs) - Math.min(...xs);
	const i = Math.floor(projected.length / 3);
	const [ax, ay] = projected[Math.max(0, i - 1)]!;
	const [bx, by] = projected[Math.min(projected.length - 1, i + 1)]!;
	const [cx, cy] = projected[i]!;
	const len = Math.hypot(bx - ax, by - ay) || 1;
	const normal = { x: -(by - ay) / len, y: (bx - ax) / len };
	const r = 80;
	const clip = { x: Math.round(cx - r), y: Math.round(cy - r), width: 2 * r, height: 2 * r };
	const png = await page.screenshot({ clip });
	const thickness = await page.evaluate(
		async ({ b64, normal, r, offset }) => {
			const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
			const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(bitmap, 0, 0);
			const { data, width } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
			const at = (t: number) => {
				const x = Math.round(r + offset.x + normal.x * t);
				const y = Math.round(r + offset.y + normal.y * t);
				const k = (y * width + x) * 4;
				return [data[k]!, data[k + 1]!, data[k + 2]!];
			};
			const far = [at(-(r - 2)), at(r - 2)];
			const differs = (c: number[], bg: number[]) =>
				Math.hypot(c[0]! - bg[0]!, c[1]! - bg[1]!, c[2]! - bg[2]!) > 60;
			// Out from the arc's centre line on each side, while the colour is not the background's.
			let run = 1;
			for (const [side, bg] of [
				[-1, far[0]!],
				[1, far[1]!]
			] as const)
				for (let t = 1; t < r - 2 && differs(at(side * t), bg); t++) run++;
			return run;
		},
		{
			b64: png.toString('base64'),
			normal,
			r,
			offset: { x: cx - Math.round(cx - r) - r, y: cy - Math.round(cy - r) - r }
		}
	);
	return { spread, thickness };
}

test.describe('4K and 1080p', () => {
	test.use({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 });

	test('a stop frames its arc to the same share of the screen, drawn as thick for its size', async ({
		page
	}) => {
		test.setTimeout(300_000);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const { links } = loadCorpus();
		// Stop 11 joins two cities close together (Kabul, Islamabad): at 1080p the zoom cap decides.
		await openApp(page, '/?present&stop=11');
		const id = (await present(page).getAttribute('data-stop-id'))!;
		const link = links.features.find((f) => f.properties.id === id)!;
		const coords = link.geometry.coordinates as [number, number][];
		await waitForMapIdle(page);
		const zoomHd = await page.evaluate(() => window.__parleyMap!.getZoom());
		const hd = await arcOnScreen(page, coords);
		await page.screenshot({ path: keepPath('present/arc-1920x1080.png') });

		await page.setViewportSize({ width: 3840, height: 2160 });
		await page.reload();
		await waitForMapIdle(page, 180_000);
		await expect(present(page)).toHaveAttribute('data-stop-id', id);
		const zoom4k = await page.evaluate(() => window.__parleyMap!.getZoom());
		const uhd = await arcOnScreen(page, coords);
		await page.screenshot({ path: keepPath('present/arc-3840x2160.png') });

		const shareHd = hd.spread / 1920;
		const share4k = uhd.spread / 3840;
		const thickHd = hd.thickness / 1920;
		const thick4k = uhd.thickness / 3840;
		test.info().annotations.push({
			type: 'measured',
			description:
				`zoom ${zoomHd.toFixed(2)} → ${zoom4k.toFixed(2)}; arc across ${(shareHd * 100).toFixed(1)} % ` +
				`of 1920 px (${hd.spread.toFixed(0)} px) and ${(share4k * 100).toFixed(1)} % of 3840 px ` +
				`(${uhd.spread.toFixed(0)} px); drawn ${hd.thickness} px and ${uhd.thickness} px thick`
		});
		console.log(test.info().annotations.at(-1)!.description);
		expect(zoomHd).toBeCloseTo(6, 1);
		expect(Math.abs(share4k / shareHd - 1)).toBeLessThan(0.2);
		expect(Math.abs(thick4k / thickHd - 1)).toBeLessThan(0.2);
		expect(hd.thickness).toBeGreaterThan(4);
	});
});

test.describe('speaker clock', () => {
	test('keeps its start when the presenting window reloads', async ({ page }) => {
		await openApp(page, '/');
		await page.keyboard.press('p');
		await expect(present(page)).toBeVisible();
		const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
		await expect(speaker.getByTestId('speaker')).toHaveAttribute('data-connected', 'true');
		const seconds = async () => {
			const [h, m, s] = (await speaker.getByTestId('speaker-elapsed').innerText())
				.split(':')
				.map(Number);
			return h! * 3600 + m! * 60 + s!;
		};
		await expect.poll(seconds, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);

		await page.reload();
		await waitForMapIdle(page);
		await expect(present(page)).toBeVisible();
		await page.bringToFront();
		await pressTo(page, 'PageDown', 2);
		// The speaker mirrors the reloaded window's state: the clock did not start again.
		await expect(speaker.getByTestId('speaker-counter')).toHaveText(/^2 \//);
		expect(await seconds()).toBeGreaterThanOrEqual(3);

		// Leaving the presentation forgets the start: the next one starts from zero.
		await page.keyboard.press('Escape');
		await expect(present(page)).toHaveCount(0);
		await expect(speaker.getByTestId('speaker')).toHaveAttribute('data-connected', 'false');
		await page.keyboard.press('p');
		await expect(present(page)).toBeVisible();
		await expect(speaker.getByTestId('speaker')).toHaveAttribute('data-connected', 'true');
		expect(await seconds()).toBeLessThan(3);
	});

	test('the speaker strip and a swipe drive the main window', async ({ page }) => {
		await openApp(page, '/?present&stop=2');
		const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
		await expect(speaker.getByTestId('speaker')).toHaveAttribute('data-connected', 'true');
		await speaker.getByTestId('speaker-strip').locator('[data-stop-number="6"]').click();
		await expect(present(page)).toHaveAttribute('data-stop-index', '6');
		await expect(
			speaker.getByTestId('speaker-strip').locator('[aria-current="step"]')
		).toHaveAttribute('data-stop-number', '6');
		await swipe(speaker, { x: 900, y: 500 }, { x: 500, y: 510 });
		await expect(present(page)).toHaveAttribute('data-stop-index', '7');
	});
});
