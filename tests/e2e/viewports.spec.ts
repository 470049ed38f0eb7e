/**
 * Every screen size: this spec runs in the four viewport projects of the config (a phone held
 * upright with touch, 800×600, 1440×900 and a 4K screen at 100 %). At each: every visible control
 * is inside the window and can be reached (by Tab with a keyboard, by a tap on the phone); the
 * panel (a bottom sheet below 900 px) shows Kabul's and Dushanbe's excerpts without hiding the
 * selected place; Back walks back through the selections and stays in the app; axe finds nothing
 * serious or critical in any state. Screenshots for review go to test-results-keep/viewports/.
 */
import { writeFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import {
	test,
	expect,
	openApp,
	jumpMap,
	keepPath,
	loadCorpus,
	lngLatOf,
	mapContainer,
	pagePointOf,
	placeNamed,
	waitForMapIdle,
	waitForMapSettled
} from './fixtures';
import { excerptPanel, listView, listViewButton, searchBox, themeSelect, timeline } from './ui';

type Box = { x: number; y: number; width: number; height: number };

/** The smallest thing a thumb must hit (LAYOUT.touchTarget in tokens.ts). */
const TOUCH_TARGET = 44;

function isTouch(testInfo: TestInfo): boolean {
	return testInfo.project.use.hasTouch === true;
}

function menuButton(page: Page): Locator {
	return page.getByRole('button', { name: 'Menu' });
}

/** A header control: on small screens it is in the menu, which is opened first. */
async function headerControl(page: Page, control: Locator, touch: boolean): Promise<Locator> {
	if (await menuButton(page).isVisible()) {
		if ((await menuButton(page).getAttribute('aria-expanded')) !== 'true')
			await (touch ? menuButton(page).tap() : menuButton(page).click());
		await expect(control).toBeVisible();
	}
	return control;
}

/**
 * The visible controls of the page (what a person could press or type in), each with its box,
 * whether it takes part in Tab order, and whether it is what a tap at its centre would hit.
 * Marks each with `data-reach` so the Tab walk can name what it reached.
 */
async function visibleControls(page: Page, within = 'body') {
	return page.evaluate((within) => {
		const sel =
			'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
		const out: {
			id: string;
			name: string;
			box: { x: number; y: number; width: number; height: number };
			tabbable: boolean;
			onTop: boolean;
		}[] = [];
		let n = 0;
		for (const el of document.querySelectorAll<HTMLElement>('[data-reach]'))
			delete el.dataset.reach;
		for (const el of document.querySelector(within)?.querySelectorAll<HTMLElement>(sel) ?? []) {
			const r = el.getBoundingClientRect();
			if (r.width <= 1 || r.height <= 1 || !el.checkVisibility({ visibilityProperty: true }))
				continue;
			// Clipped away by a scrolling ancestor (the panel's later excerpts): not on screen now.
			let clipped = false;
			for (let p = el.parentElement; p; p = p.parentElement) {
				const style = getComputedStyle(p);
				if (!/(auto|scroll|hidden)/.test(style.overflowY + style.overflowX)) continue;
				const c = p.getBoundingClientRect();
				if (r.bottom <= c.top || r.top >= c.bottom || r.right <= c.left || r.left >= c.right)
					clipped = true;
			}
			if (clipped) continue;
			const id = String(n++);
			el.dataset.reach = id;
			// A link wrapped over two lines is tapped on its first line.
			const t = el.getClientRects()[0] ?? r;
			const cx = Math.min(Math.max(t.left + t.width / 2, 0), innerWidth - 1);
			const cy = Math.min(Math.max(t.top + t.height / 2, 0), innerHeight - 1);
			const hit = document.elementFromPoint(cx, cy);
			const label = el.closest('label');
			const onTop = !!hit && (el.contains(hit) || (!!label && label.contains(hit)));
			const disabled = (el as HTMLButtonElement).disabled === true;
			out.push({
				id,
				name: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
				box: { x: r.left, y: r.top, width: r.width, height: r.height },
				tabbable: el.tabIndex >= 0 && !disabled && !el.closest('[inert]'),
				onTop
			});
		}
		return out;
	}, within);
}

function outside(box: Box, page: Page): boolean {
	const v = page.viewportSize()!;
	return (
		box.x < -0.5 ||
		box.y < -0.5 ||
		box.x + box.width > v.width + 0.5 ||
		box.y + box.height > v.height + 0.5
	);
}

/** Tabs from the top of the page until focus comes round again; returns the `data-reach` ids met. */
async function tabWalk(page: Page, max = 150): Promise<Set<string>> {
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	const met = new Set<string>();
	let first: string | null = null;
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const id = await page.evaluate(
			() => (document.activeElement as HTMLElement | null)?.dataset.reach ?? ''
		);
		if (!id) continue;
		if (id === first) break;
		first ??= id;
		met.add(id);
	}
	return met;
}

/** Checks the controls on screen now: inside the window, and reachable by Tab or by a tap. */
async function expectReachable(page: Page, touch: boolean, where: string, within = 'body') {
	const controls = await visibleControls(page, within);
	expect(controls.length, `${where}: controls found`).toBeGreaterThan(2);
	const off = controls.filter((c) => outside(c.box, page)).map((c) => c.name);
	expect(off, `${where}: controls outside the window`).toEqual([]);
	if (touch) {
		const covered = controls.filter((c) => !c.onTop).map((c) => c.name);
		expect(covered, `${where}: controls a tap at their centre would miss`).toEqual([]);
	} else {
		const met = await tabWalk(page);
		const missed = controls.filter((c) => c.tabbable && !met.has(c.id)).map((c) => c.name);
		expect(missed, `${where}: controls Tab never reaches`).toEqual([]);
	}
}

test('every control is inside the window and can be reached', async ({ page }, testInfo) => {
	const touch = isTouch(testInfo);
	await openApp(page);
	const v = page.viewportSize()!;
	// Nothing makes the page wider or taller than the window.
	const scroll = await page.evaluate(() => ({
		width: document.documentElement.scrollWidth,
		height: document.documentElement.scrollHeight
	}));
	expect(scroll).toEqual({ width: v.width, height: v.height });
	await page.screenshot({ path: keepPath(`viewports/${testInfo.project.name}-default.png`) });
	await expectReachable(page, touch, 'first view');

	// On small screens the header's buttons are in a menu: open it and check them too.
	if (await menuButton(page).isVisible()) {
		await (touch ? menuButton(page).tap() : menuButton(page).press('Enter'));
		await expect(listViewButton(page)).toBeVisible();
		await page.screenshot({ path: keepPath(`viewports/${testInfo.project.name}-menu.png`) });
		for (const control of [
			listViewButton(page),
			page.getByRole('button', { name: 'Present' }),
			themeSelect(page)
		])
			await expect(control).toBeInViewport({ ratio: 1 });
		// The open menu covers what is under it: its own controls are the ones to reach.
		await expectReachable(page, touch, 'menu open', '#header-tools');
		await page.keyboard.press('Escape');
		await expect(listViewButton(page)).toBeHidden();
	} else {
		await expect(listViewButton(page)).toBeInViewport({ ratio: 1 });
		await expect(themeSelect(page)).toBeInViewport({ ratio: 1 });
	}

	// A thumb can work the timeline on a touch screen.
	if (touch) {
		for (const control of [
			timeline(page).getByRole('button', { name: /^(Play|Pause)$/ }),
			timeline(page).getByRole('button', { name: 'All years' }),
			timeline(page).getByRole('slider', { name: 'First year' }),
			timeline(page).getByRole('slider', { name: /Last year|Up to year/ }),
			menuButton(page),
			searchBox(page)
		]) {
			const box = (await control.boundingBox())!;
			expect(box.height, `${control} is a thumb high`).toBeGreaterThanOrEqual(TOUCH_TARGET - 0.5);
		}
	}
});

/** Clicks (or taps, on a touch screen) the map at a longitude/latitude. */
async function pressMap(page: Page, lngLat: [number, number], touch: boolean) {
	const { x, y } = await pagePointOf(page, lngLat);
	if (touch) await page.touchscreen.tap(x, y);
	else await page.mouse.click(x, y);
}

/** Where the panel leaves the map visible: the map's box less the panel (beside it or over it). */
async function expectShownBesidePanel(page: Page, lngLat: [number, number], name: string) {
	await waitForMapSettled(page);
	const point = await pagePointOf(page, lngLat);
	const map = (await mapContainer(page).boundingBox())!;
	const panel = (await excerptPanel(page).boundingBox())!;
	const inMap =
		point.x >= map.x &&
		point.x <= map.x + map.width &&
		point.y >= map.y &&
		point.y <= map.y + map.height;
	const underPanel =
		point.x >= panel.x &&
		point.x <= panel.x + panel.width &&
		point.y >= panel.y &&
		point.y <= panel.y + panel.height;
	expect(
		inMap && !underPanel,
		`${name} at ${point.x},${point.y} is on the map and not under the panel`
	).toBe(true);
}

test('the panel shows Kabul and Dushanbe, keeps each in view, and Back walks back through them', async ({
	page
}, testInfo) => {
	const touch = isTouch(testInfo);
	const { places } = loadCorpus();
	const kabul = lngLatOf(placeNamed(places, 'Kabul'));
	const dushanbe = lngLatOf(placeNamed(places, 'Dushanbe'));
	await openApp(page);
	const start = new URL(page.url());

	// The first visit's hint is dismissed first, as a person does (it lies over the map).
	const gotIt = page.getByTestId('first-visit-hint').getByRole('button', { name: 'Got it' });
	await (touch ? gotIt.tap() : gotIt.click());
	await expect(gotIt).toBeHidden();

	// Kabul a quarter of the map's height below its centre: where a sheet opening would cover it.
	await jumpMap(page, { center: kabul, zoom: 5 });
	const map = (await mapContainer(page).boundingBox())!;
	await page.evaluate((dy) => window.__parleyMap!.panBy([0, -dy], { duration: 0 }), map.height / 4);
	await waitForMapIdle(page);
	await pressMap(page, kabul, touch);
	const panel = excerptPanel(page);
	await expect(panel.getByRole('heading', { name: 'Kabul', exact: true })).toBeVisible();
	await expect(panel.locator('mark', { hasText: 'Kabul' }).first()).toBeVisible();
	await expect(panel).toBeInViewport({ ratio: 1 });
	await expect(page).toHaveURL(/sel=place:city-kabul/);
	await expectShownBesidePanel(page, kabul, 'Kabul');
	await page.screenshot({ path: keepPath(`viewports/${testInfo.project.name}-kabul.png`) });

	// Dushanbe, brought to the middle of what the panel leaves visible, then pressed.
	await jumpMap(page, { center: dushanbe, zoom: 5 });
	await pressMap(page, dushanbe, touch);
	await expect(panel.getByRole('heading', { name: 'Dushanbe', exact: true })).toBeVisible();
	await expect(
		panel.getByText(
			/Dushanbe on September 17 between Tajik President Emomali Rahmon and Pakistani Prime Minister Imran Khan/
		)
	).toBeVisible();
	await expect(page).toHaveURL(/sel=place:city-dushanbe/);
	await expectShownBesidePanel(page, dushanbe, 'Dushanbe');
	await page.screenshot({ path: keepPath(`viewports/${testInfo.project.name}-dushanbe.png`) });

	await page.goBack();
	await expect(panel.getByRole('heading', { name: 'Kabul', exact: true })).toBeVisible();
	await page.goBack();
	await expect(panel).toBeHidden();
	const now = new URL(page.url());
	expect(now.origin + now.pathname).toBe(start.origin + start.pathname);
	expect(now.searchParams.get('sel')).toBeNull();
	await waitForMapIdle(page);
});

test('the first view holds the whole setting, and a tap on the map leaves no tooltip behind', async ({
	page
}, testInfo) => {
	const touch = isTouch(testInfo);
	const { places } = loadCorpus();
	await openApp(page);
	await waitForMapIdle(page);
	const map = (await mapContainer(page).boundingBox())!;
	for (const name of ['Moscow', 'Kabul', 'Gwadar', 'Dushanbe', 'Islamabad']) {
		const p = await pagePointOf(page, lngLatOf(placeNamed(places, name)));
		expect(
			p.x > map.x && p.x < map.x + map.width && p.y > map.y && p.y < map.y + map.height,
			`${name} (${Math.round(p.x)},${Math.round(p.y)}) is inside the map at the first view`
		).toBe(true);
	}
	await page.screenshot({ path: keepPath(`viewports/${testInfo.project.name}-first-view.png`) });

	const gotIt = page.getByTestId('first-visit-hint').getByRole('button', { name: 'Got it' });
	await (touch ? gotIt.tap() : gotIt.click());
	const kabul = lngLatOf(placeNamed(places, 'Kabul'));
	await jumpMap(page, { center: kabul, zoom: 5 });
	const tooltip = page.getByTestId('map-tooltip');
	if (!touch) {
		// A mouse pointing at Kabul gets its tooltip (the finger below must not).
		const { x, y } = await pagePointOf(page, kabul);
		await page.mouse.move(x, y);
		await expect(tooltip).toContainText('Kabul');
	}
	await pressMap(page, kabul, touch);
	await expect(
		excerptPanel(page).getByRole('heading', { name: 'Kabul', exact: true })
	).toBeVisible();
	// Once the panel is open and filled (its excerpts come with articles.json) and the map has
	// made room for it (resized beside it, or eased its padding above the sheet: Kabul is no longer
	// under the pointer), nothing moves: a second press on Kabul, where it is now, is the map's
	// alone to answer. A finger's leaves no tooltip; a mouse's shows Kabul's.
	await expect(excerptPanel(page).locator('blockquote').first()).toBeVisible();
	await waitForMapSettled(page);
	await pressMap(page, kabul, touch);
	await waitForMapIdle(page);
	if (touch) await expect(tooltip).toBeHidden();
	else await expect(tooltip).toContainText('Kabul');
});

test('the bottom sheet grows when dragged up, closes when dragged down, and works from the keyboard', async ({
	page
}, testInfo) => {
	await openApp(page, '/?sel=place:city-kabul');
	const handle = page.getByTestId('sheet-handle');
	test.skip(!(await handle.isVisible()), 'the panel is beside the map at this size');
	const sheet = excerptPanel(page);
	await expect(sheet).toHaveAttribute('data-sheet', 'peek');
	const peek = (await sheet.boundingBox())!.height;

	// Dragged up by most of the map: expanded, and taller.
	const h = (await handle.boundingBox())!;
	const map = (await mapContainer(page).boundingBox())!;
	await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
	await page.mouse.down();
	await page.mouse.move(h.x + h.width / 2, map.y + 40, { steps: 8 });
	await page.mouse.up();
	await expect(sheet).toHaveAttribute('data-sheet', 'expanded');
	expect((await sheet.boundingBox())!.height).toBeGreaterThan(peek * 1.5);
	await page.screenshot({
		path: keepPath(`viewports/${testInfo.project.name}-sheet-expanded.png`)
	});

	// The handle is a button: Enter brings it back to the peek height.
	await handle.focus();
	await page.keyboard.press('Enter');
	await expect(sheet).toHaveAttribute('data-sheet', 'peek');
	await expect(handle).toHaveAttribute('aria-expanded', 'false');

	// Dragged down to the bottom: closed, and the selection with it.
	const down = (await handle.boundingBox())!;
	await page.mouse.move(down.x + down.width / 2, down.y + down.height / 2);
	await page.mouse.down();
	await page.mouse.move(down.x + down.width / 2, map.y + map.height - 5, { steps: 8 });
	await page.mouse.up();
	await expect(sheet).toBeHidden();
	await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBeNull();

	// Opened from the search, it takes focus; Escape closes it and gives focus back.
	await searchBox(page).fill('Kabul');
	await searchBox(page).press('Enter');
	await expect(sheet.getByRole('heading', { name: 'Kabul', exact: true })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(sheet).toBeHidden();
	await expect(searchBox(page)).toBeFocused();
});

/** Serious and critical axe violations on the page as it is now, kept for the report. */
async function seriousViolations(page: Page, state: string, log: Record<string, string[]>) {
	const result = await new AxeBuilder({ page }).analyze();
	log[state] = result.violations.map(
		(v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${state}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('axe finds nothing serious or critical in any state', async ({ page }, testInfo) => {
	const touch = isTouch(testInfo);
	const log: Record<string, string[]> = {};
	const found: string[] = [];

	await openApp(page);
	found.push(...(await seriousViolations(page, 'default', log)));

	await openApp(page, '/?sel=place:city-kabul');
	const panel = excerptPanel(page);
	await expect(panel.locator('mark').first()).toBeVisible();
	found.push(...(await seriousViolations(page, 'panel', log)));

	await panel
		.getByRole('button', { name: /Read the whole article/ })
		.first()
		.click();
	const reader = page.getByTestId('reader');
	await expect(reader).toBeVisible();
	found.push(...(await seriousViolations(page, 'reader', log)));
	await page.keyboard.press('Escape');
	await expect(reader).toBeHidden();

	await (await headerControl(page, listViewButton(page), touch)).click();
	await expect(listView(page)).toBeVisible();
	found.push(...(await seriousViolations(page, 'list', log)));
	await page.keyboard.press('Escape');
	await expect(listView(page)).toBeHidden();

	await (await headerControl(page, themeSelect(page), touch)).selectOption('projector');
	await expect(page.locator('[data-theme="projector"]')).toBeVisible();
	await waitForMapIdle(page);
	found.push(...(await seriousViolations(page, 'projector theme', log)));

	await (await headerControl(page, page.getByRole('button', { name: 'Present' }), touch)).click();
	await expect(page.getByTestId('present')).toBeVisible();
	await waitForMapIdle(page);
	found.push(...(await seriousViolations(page, 'present', log)));

	writeFileSync(
		keepPath(`viewports/axe-${testInfo.project.name}.json`),
		JSON.stringify(log, null, '\t')
	);
	expect(found).toEqual([]);
});
