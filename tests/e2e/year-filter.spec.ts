/**
 * Time: choosing 2017 on the timeline hides the 2021 arcs and shows the Moscow talks of 2017.
 * What is drawn is read back from the map (rendered features carry the link ids).
 */
import type {
	ArticlesFile,
	LinkFeature,
	LinksCollection,
	PlacesCollection
} from '../../src/lib/data/schema';
import {
	test,
	expect,
	openApp,
	loadCorpus,
	placeNamed,
	renderedLinkIds,
	waitForMapIdle,
	readBuiltData,
	keepPath,
	serveChanged
} from './fixtures';
import { LAYERS } from '../../src/lib/map/ids';
import { chooseYear, listViewButton } from './ui';

let places: PlacesCollection;
let links: LinksCollection;
let moscowLinks2017: LinkFeature[];
let links2021: LinkFeature[];

/** Shows every arc of the corpus: fits the map to the bounding box of all link coordinates. */
async function fitAllLinks(page: import('@playwright/test').Page) {
	const coords = links.features.flatMap((f) => f.geometry.coordinates);
	const lngs = coords.map((c) => c[0] ?? 0);
	// Clamped: fitBounds refuses latitudes beyond ±90 (some long arcs in the data overshoot the pole).
	const lats = coords.map((c) => Math.max(-85, Math.min(85, c[1] ?? 0)));
	const bounds: [[number, number], [number, number]] = [
		[Math.min(...lngs), Math.min(...lats)],
		[Math.max(...lngs), Math.max(...lats)]
	];
	await page.evaluate(
		(b) => window.__parleyMap!.fitBounds(b, { padding: 40, animate: false }),
		bounds
	);
	await waitForMapIdle(page);
}

test.beforeEach(async ({ page }) => {
	({ places, links } = loadCorpus());
	const { articles } = readBuiltData<ArticlesFile>('articles.json');
	const moscow = placeNamed(places, 'Moscow').properties.id;
	// Held in Moscow: the venue is Moscow, or an evidence sentence (in articles.json) says so.
	const saysMoscow = new Set(
		articles.flatMap((a) =>
			a.evidence.filter((e) => e.sentence.includes('Moscow')).map((e) => e.link)
		)
	);
	moscowLinks2017 = links.features.filter(
		(f) =>
			f.properties.year === 2017 &&
			(f.properties.place === moscow || saysMoscow.has(f.properties.id))
	);
	links2021 = links.features.filter((f) => f.properties.year === 2021);
	expect(moscowLinks2017.length, 'links held in Moscow in 2017 in links.geojson').toBeGreaterThan(
		0
	);
	expect(links2021.length, 'links of 2021 in links.geojson').toBeGreaterThan(0);
	await openApp(page);
	await fitAllLinks(page);
});

test('with all years, 2021 arcs are drawn', async ({ page }) => {
	const drawn = await renderedLinkIds(page, links2021);
	expect(drawn.length).toBeGreaterThan(0);
});

test('choosing 2017 hides the 2021 arcs', async ({ page }) => {
	await chooseYear(page, 2017);
	await expect.poll(() => renderedLinkIds(page, links2021)).toEqual([]);
});

test('choosing 2017 shows the Moscow talks', async ({ page }) => {
	await chooseYear(page, 2017);
	await expect
		.poll(() => renderedLinkIds(page, moscowLinks2017))
		.toEqual(expect.arrayContaining([expect.any(String)]));
});

test('choosing 2017 lists the Moscow talks and no 2021 link in the list view', async ({ page }) => {
	await chooseYear(page, 2017);
	await listViewButton(page).click();
	const table = page.getByRole('table', { name: /Diplomatic links/ });
	await expect(table).toBeVisible();
	await expect(table.getByRole('row').filter({ hasText: 'Moscow' }).first()).toBeVisible();
	await expect(table.getByRole('row').filter({ hasText: /2021/ })).toHaveCount(0);
});

test('choosing 2017 draws no label for a place neither mentioned in 2017 nor at an end of a 2017 arc', async ({
	page
}) => {
	// A hidden place's label would still take room from the others: it must be gone, not only faded.
	// An arc shown in 2017 keeps the places at its ends (the default view shows what took place).
	const endsIn2017 = new Set(
		links.features
			.filter((f) => f.properties.year === 2017 && f.properties.status === 'held')
			.flatMap((f) => {
				const c = f.geometry.coordinates;
				return [c[0]!.join(), c[c.length - 1]!.join()];
			})
	);
	const silentIn2017 = new Set(
		places.features
			.filter(
				(f) =>
					f.properties.kind !== 'country' &&
					!f.properties.polygon &&
					!(f.properties.mentionsByYear['2017'] ?? 0) &&
					!endsIn2017.has(f.geometry.coordinates.join())
			)
			.map((f) => f.properties.id)
	);
	const labelled = () =>
		page.evaluate(
			(layer) =>
				window.__parleyMap!.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.id)),
			LAYERS.placeLabel
		);
	const before = (await labelled()).filter((id) => silentIn2017.has(id));
	expect(before.length, 'labels of places not mentioned in 2017, all years shown').toBeGreaterThan(
		0
	);
	await chooseYear(page, 2017);
	// The labels follow a few frames after the circles (the filter re-lays out the places source).
	await expect
		.poll(async () => {
			const now = await labelled();
			return { hidden: now.filter((id) => silentIn2017.has(id)), shown: now.length > 0 };
		})
		.toEqual({ hidden: [], shown: true });
});

test('decades of years: the timeline labels every few years, none overlapping, beside its status', async ({
	page
}) => {
	// The bundled links spread over 2016–2058, a year each: too many years to label them all.
	const { features } = await serveChanged(page, 'links.geojson', (served) =>
		served.map((f, i) => ({
			...f,
			properties: { ...f.properties, year: 2016 + i, date: String(2016 + i) }
		}))
	);
	await openApp(page);
	const timeline = page.getByTestId('timeline');
	const labels = timeline.locator('.year');
	await expect(labels).toHaveCount(features.length);
	const boxes = await labels.evaluateAll((els) =>
		els
			.filter((e) => getComputedStyle(e).visibility !== 'hidden')
			.map((e) => {
				const r = e.getBoundingClientRect();
				return { text: e.textContent, left: r.left, right: r.right };
			})
	);
	expect(boxes.length).toBeGreaterThan(3);
	expect(boxes.length).toBeLessThan(features.length);
	for (let i = 1; i < boxes.length; i++)
		expect(boxes[i]!.left, `${boxes[i]!.text} after ${boxes[i - 1]!.text}`).toBeGreaterThan(
			boxes[i - 1]!.right
		);
	// The bars stay in their column: the status beside them is not drawn over.
	const bars = await timeline.locator('.bars').boundingBox();
	const status = await page.getByTestId('year-status').boundingBox();
	expect(bars!.x + bars!.width).toBeLessThanOrEqual(status!.x);
	await timeline.screenshot({ path: keepPath('year-filter/decades.png') });
});
