/**
 * The event feed, as a person uses it: a list of the events in the years and the part of the map
 * in view, newest first, in step with the map both ways (a row pointed at draws its flow or arc
 * hovered; a click selects it and opens its panel; the rows of a flow under the pointer are
 * marked), and only the rows in sight are in the page.
 */
import type { Page } from '@playwright/test';
import { SOURCES } from '../../src/lib/map/ids';
import {
	test,
	expect,
	openApp,
	waitForMapIdle,
	loadCorpus,
	keepPath,
	pagePointOf,
	clearFlowPoint
} from './fixtures';
import { chooseYear, excerptPanel } from './ui';

function feed(page: Page) {
	return page.getByTestId('event-feed');
}

/** The hover feature-state of a link and of its flow, as the map holds them. */
async function hoverState(page: Page, link: { id: string; from: string; to: string }) {
	return page.evaluate(
		({ link, sources }) => {
			const map = window.__parleyMap!;
			return {
				arc: map.getFeatureState({ source: sources.links, id: link.id }).hover === true,
				flow:
					map.getFeatureState({ source: sources.flows, id: `${link.from}>${link.to}` }).hover ===
					true
			};
		},
		{ link, sources: SOURCES }
	);
}

test('the event list shows the events in view, newest first, and a row opens its event', async ({
	page
}) => {
	const { links } = loadCorpus();
	await openApp(page);
	await page.getByTestId('open-feed').click();
	const rows = feed(page).getByRole('listitem');
	await expect(rows.first()).toBeVisible();
	await waitForMapIdle(page);

	// As many as the map shows: held and uncertain events (the default), in view. Opening the list
	// narrows the map, and the events in view follow it: the count is read once the heading and the
	// list's size agree.
	const title = feed(page).getByRole('heading', { level: 2 });
	let total = 0;
	await expect
		.poll(async () => {
			total = Number((await title.textContent())?.match(/^(\d+) event/)?.[1] ?? Number.NaN);
			return Number(await rows.first().getAttribute('aria-setsize')) === total;
		})
		.toBe(true);
	const shownAnywhere = links.features.filter((f) => f.properties.status === 'held');
	expect(total).toBeGreaterThan(10);
	expect(total).toBeLessThanOrEqual(shownAnywhere.length);
	// Only the rows in sight (and a few beyond) are in the page.
	const inPage = await rows.count();
	expect(inPage).toBeLessThan(total);
	await expect(rows.first()).toHaveAttribute('aria-posinset', '1');

	// Newest first: the dates of the rows in the page never grow.
	const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-link')!));
	const byId = new Map(links.features.map((f) => [f.properties.id, f.properties]));
	const dates = ids.map((id) => byId.get(id)!.date ?? '');
	expect([...dates].sort().reverse()).toEqual(dates);

	// Scrolled to the end, the oldest event is there.
	await feed(page)
		.locator('.scroller')
		.evaluate((el) => (el.scrollTop = el.scrollHeight));
	// (the list's size as it is now: the view, and the events in it, may still have settled since).
	const size = await rows.first().getAttribute('aria-setsize');
	await expect(feed(page).locator(`li[aria-posinset="${size}"]`)).toBeVisible();

	// Pointing at a row draws its event hovered on the map (its flow, at the overview).
	await feed(page)
		.locator('.scroller')
		.evaluate((el) => (el.scrollTop = 0));
	// The newest event's row, once the list has drawn the rows of the top again.
	const firstRow = feed(page).locator('li[aria-posinset="1"]');
	await expect(firstRow).toBeVisible();
	const link = byId.get((await firstRow.getAttribute('data-link'))!)!;
	await firstRow.getByRole('button').hover();
	await expect
		.poll(async () => {
			const s = await hoverState(page, link);
			return s.arc || s.flow;
		})
		.toBe(true);
	await page.screenshot({ path: keepPath('feed/row-pointed.png') });

	// A click selects it: its panel opens in the list's place, the address keeps it.
	await firstRow.getByRole('button').click();
	await expect(page).toHaveURL(new RegExp(`[?&]sel=link:${link.id}(&|$)`));
	await expect(excerptPanel(page)).toBeVisible();
	await expect(feed(page)).toHaveCount(0);
	// Closing the panel brings the list back, the event marked as the current one.
	await page.keyboard.press('Escape');
	await expect(feed(page)).toBeVisible();
});

test('the event list follows the years, and marks the rows of a flow under the pointer', async ({
	page
}) => {
	const { links } = loadCorpus();
	await openApp(page);
	await page.getByTestId('open-feed').click();
	await expect(feed(page).getByRole('listitem').first()).toBeVisible();
	await chooseYear(page, 2017);
	await waitForMapIdle(page);
	const ids = await feed(page)
		.getByRole('listitem')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-link')!));
	const byId = new Map(links.features.map((f) => [f.properties.id, f.properties]));
	expect(ids.length).toBeGreaterThan(0);
	for (const id of ids) expect(byId.get(id)!.year).toBe(2017);

	// A flow under the pointer marks its events in the list.
	const flow = await clearFlowPoint(page);
	expect(flow).not.toBeNull();
	const { x, y } = await pagePointOf(page, flow!.at);
	await page.mouse.move(x, y);
	const [from, to] = flow!.id.split('>');
	const expected = ids.filter((id) => byId.get(id)!.from === from && byId.get(id)!.to === to);
	expect(expected.length).toBeGreaterThan(0);
	for (const id of expected)
		await expect(feed(page).locator(`li[data-link="${id}"]`)).toHaveClass(/hovered/);
	await page.screenshot({ path: keepPath('feed/flow-pointed.png') });
});
