/**
 * One name per party wherever it shows: the name ingest wrote into links.geojson (an actor's short
 * name from actors.json) is what the search, the panel, the list, the map's labels and the tour
 * say. Checked on the two bundled actors whose ids do not read as their names: `ttp` (TTP) and
 * `hizb-e-islami` (Hizb-e-Islami, never "Hizb E Islami").
 */
import type { Page } from '@playwright/test';
import { LAYERS } from '../../src/lib/map/ids';
import {
	test,
	expect,
	openApp,
	waitForMapIdle,
	loadCorpus,
	jumpMap,
	lngLatOf,
	placeNamed
} from './fixtures';
import { excerptPanel, listView, listViewButton, searchBox } from './ui';

const WRONG = /Hizb E Islami|Tehreek-e-Taliban Pakistan \(TTP\) →/;

async function choose(page: Page, query: string, name: string): Promise<void> {
	await searchBox(page).click();
	await searchBox(page).fill(query);
	const option = page
		.getByRole('listbox', { name: 'Matches' })
		.getByRole('option')
		.filter({ hasText: name })
		.first();
	await expect(option).toBeVisible();
	await option.click();
	await expect(excerptPanel(page).getByRole('heading', { name, exact: true })).toBeVisible();
}

test('TTP and Hizb-e-Islami are named the same in the search, the panel, the list, on the map and in the tour', async ({
	page
}) => {
	const { links, places } = loadCorpus();
	expect(links.parties?.['ttp']).toBe('TTP');
	expect(links.parties?.['hizb-e-islami']).toBe('Hizb-e-Islami');
	await openApp(page);

	// Search finds each by a name it goes by, lists it under the one name, and opens its panel.
	await choose(page, 'Hizb', 'Hizb-e-Islami');
	await expect(excerptPanel(page)).not.toContainText(WRONG);
	await choose(page, 'Tehreek', 'TTP');
	await expect(excerptPanel(page)).toContainText('TTP');
	await expect(excerptPanel(page)).not.toContainText(WRONG);

	// The list of places and links.
	await listViewButton(page).click();
	await expect(listView(page)).toContainText('Hizb-e-Islami');
	await expect(listView(page)).toContainText('TTP');
	await expect(listView(page)).not.toContainText(WRONG);
	await page.keyboard.press('Escape');
	await expect(listView(page)).toBeHidden();

	// The map's label at the actor's arc end.
	await openApp(page);
	await jumpMap(page, { center: lngLatOf(placeNamed(places, 'Kabul')), zoom: 6 });
	await waitForMapIdle(page);
	const labels = await page.evaluate(
		(layer) =>
			window.__parleyMap!.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties.name),
		LAYERS.placeLabel
	);
	expect(labels).toContain('Hizb-e-Islami');
	expect(labels).not.toContain('Hizb E Islami');

	// The tour's stops.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openApp(page, '/?present&stop=1');
	const present = page.getByTestId('present');
	await expect(present).toBeVisible();
	const headings: string[] = [];
	// The stop number reads "1 / N".
	const counter = page.getByTestId('present-overview-button');
	const total = Number((await counter.innerText()).split('/')[1]);
	expect(total).toBeGreaterThan(2);
	for (let i = 1; i <= total; i++) {
		await expect(present).toHaveAttribute('data-stop-index', String(i));
		headings.push(await page.getByTestId('present-caption-heading').innerText());
		await page.keyboard.press('ArrowRight');
	}
	expect(headings.some((h) => h.includes('Hizb-e-Islami'))).toBe(true);
	expect(headings.some((h) => h.includes('TTP'))).toBe(true);
	expect(headings.filter((h) => WRONG.test(h))).toEqual([]);
});
