/**
 * Data export: the list's links download as CSV and GeoJSON, holding exactly the links the list
 * shows (the year range and the legend's choices apply).
 */
import { readFileSync } from 'node:fs';
import { test, expect, openApp, keepPath } from './fixtures';
import { chooseYear, listView, listViewButton } from './ui';

test('the links in the current years download as CSV and GeoJSON, as many as the list shows', async ({
	page
}) => {
	await openApp(page);
	await chooseYear(page, 2017);
	await listViewButton(page).click();
	const table = listView(page).getByTestId('links-table');
	await expect(table).toBeVisible();
	const shown = await table.locator('tbody tr').count();
	expect(shown).toBeGreaterThan(0);
	await listView(page).getByTestId('links-csv').scrollIntoViewIfNeeded();
	await listView(page).screenshot({ path: keepPath('export/list.png') });

	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		listView(page).getByTestId('links-csv').click()
	]);
	expect(csv.suggestedFilename()).toBe('parley-links-2017-2017.csv');
	const text = readFileSync((await csv.path())!, 'utf8');
	const lines = text.trim().split('\r\n');
	expect(lines[0]).toMatch(/^id,type,status,from,to/);
	expect(lines).toHaveLength(shown + 1);
	// Every row is of 2017.
	const year = lines[0]!.split(',').indexOf('year');
	for (const line of lines.slice(1)) expect(line.split(',')[year]).toBe('2017');

	const [geo] = await Promise.all([
		page.waitForEvent('download'),
		listView(page).getByTestId('links-geojson').click()
	]);
	const collection = JSON.parse(readFileSync((await geo.path())!, 'utf8'));
	expect(collection.type).toBe('FeatureCollection');
	expect(collection.features).toHaveLength(shown);
	expect(collection.features[0].geometry.type).toBe('LineString');
});
