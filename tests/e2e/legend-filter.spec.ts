/**
 * The legend as a filter: each link type is a switch that hides or shows its arcs at once, says
 * how many arcs of that type the year range holds, and is kept in the URL.
 */
import {
	test,
	expect,
	openApp,
	waitForMapIdle,
	loadCorpus,
	renderedLinkIds,
	keepPath
} from './fixtures';
import { legend, chooseYear } from './ui';

test('a click on a link type in the legend hides its arcs, the URL keeps it, a second click shows them', async ({
	page
}) => {
	const { links } = loadCorpus();
	await openApp(page);
	const before = await renderedLinkIds(page, links.features);
	// The type with the most arcs on the first view, and the arcs of the other types.
	const typeOf = new Map(links.features.map((f) => [f.properties.id, f.properties.type]));
	const perType = new Map<string, number>();
	for (const id of before) perType.set(typeOf.get(id)!, (perType.get(typeOf.get(id)!) ?? 0) + 1);
	const [type] = [...perType].sort((a, b) => b[1] - a[1])[0]!;
	const others = before.filter((id) => typeOf.get(id) !== type);
	expect(others.length).toBeGreaterThan(0);

	const button = legend(page).locator(`[data-type="${type}"]`);
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	await button.click();
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	await expect(page).toHaveURL(new RegExp(`[?&]hide=${type}(&|$)`));
	await waitForMapIdle(page);
	let drawn = await renderedLinkIds(page, links.features);
	expect(drawn.filter((id) => typeOf.get(id) === type)).toEqual([]);
	expect(drawn).toEqual(others);
	await page.screenshot({ path: keepPath('legend-filter/type-hidden.png') });

	// Kept across a reload (a shared link shows the same map).
	await page.reload();
	await waitForMapIdle(page);
	await expect(legend(page).locator(`[data-type="${type}"]`)).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	drawn = await renderedLinkIds(page, links.features);
	expect(drawn).toEqual(others);

	await legend(page).locator(`[data-type="${type}"]`).click();
	await expect(page).not.toHaveURL(/[?&]hide=/);
	await waitForMapIdle(page);
	expect(await renderedLinkIds(page, links.features)).toEqual(before);
});

test('each link type in the legend counts its arcs in the year range', async ({ page }) => {
	const { links } = loadCorpus();
	await openApp(page);
	const held = links.features.filter((f) => f.properties.status === 'held');
	// The latest year with a held link (older years can lie before the timeline's first).
	const year = Math.max(...held.map((f) => f.properties.year ?? 0));
	const type = held.find((f) => f.properties.year === year)!.properties.type;
	await chooseYear(page, year);
	// Held links of that type and year (the default view hides only what did not take place).
	const expected = held.filter(
		(f) => f.properties.type === type && f.properties.year === year
	).length;
	await expect(legend(page).locator(`[data-type="${type}"]`)).toContainText(`(${expected})`);
});
