/**
 * Flows, as a person sees them: at the overview, the events between two parties are one arc per
 * direction, as wide as their number; a click on it opens the events between the two, drawn one
 * by one; zoomed in past EVENTS_ZOOM every event has its own arc and the flows step aside; a
 * selected place's flows give way to its events while the others fade.
 */
import type { Page } from '@playwright/test';
import { EVENTS_ZOOM, flowIdOf } from '../../src/lib/map/flows';
import { FLOW_LIMIT, FLOWS_HELD } from '../../src/lib/map/flow-limit';
import { isLinkShown } from '../../src/lib/data/certainty';
import { validateLinks } from '../../src/lib/data/schema';
import { DEFAULT_SHOWN } from '../../src/lib/state/types';
import { LAYERS, SOURCES } from '../../src/lib/map/ids';
import {
	test,
	expect,
	openApp,
	waitForMapSettled,
	loadCorpus,
	keepPath,
	jumpMap,
	linkArcIds,
	pagePointOf,
	clearFlowPoint,
	serveChanged
} from './fixtures';
import { excerptPanel } from './ui';

/** The flows drawn now, with the count and type the map holds for each. */
async function drawnFlows(page: Page): Promise<Map<string, { count: number; type: string }>> {
	const rows = await page.evaluate(
		({ layer, source }) => {
			const map = window.__parleyMap!;
			const out: [string, { count: number; type: string }][] = [];
			for (const f of map.queryRenderedFeatures({ layers: [layer] })) {
				const id = String(f.id);
				const s = map.getFeatureState({ source, id });
				if (!out.some(([seen]) => seen === id))
					out.push([id, { count: Number(s.count), type: String(s.type) }]);
			}
			return out;
		},
		{ layer: LAYERS.flowLine, source: SOURCES.flows }
	);
	return new Map(rows);
}

/** A point of flow `id` where a person would click to mean it (see clearFlowPoint). */
async function flowPoint(page: Page, id: string): Promise<[number, number]> {
	const point = await clearFlowPoint(page, id);
	if (!point) throw new Error(`flow ${id} is not drawn clear of other features`);
	return point.at;
}

test('at the overview the events between two parties are one flow each way, which opens them', async ({
	page
}) => {
	const { links } = loadCorpus();
	const between = (a: string, b: string) =>
		links.features.filter((f) => flowIdOf(f.properties) === `${a}>${b}`);
	const afPk = between('AF', 'PK');
	const pair = [...afPk, ...between('PK', 'AF')];
	expect(afPk.length).toBeGreaterThan(1);

	await openApp(page);
	const flows = await drawnFlows(page);
	// One flow stands for the Afghanistan → Pakistan events shown (held ones; the default hides the
	// rest), and none of them is drawn on its own.
	const shownAfPk = afPk.filter((f) => f.properties.status === 'held');
	expect(flows.get('AF>PK')?.count).toBe(shownAfPk.length);
	expect(flows.has('PK>AF')).toBe(true);
	expect(await linkArcIds(page, links.features)).toEqual([]);
	await page.screenshot({ path: keepPath('flows/overview.png') });

	// Closer, still at the overview (where the Afghanistan → Pakistan flow crosses no other), a click
	// on the flow opens the events between the two.
	await jumpMap(page, { center: [71.1, 34.1], zoom: EVENTS_ZOOM - 0.2 });
	const { x, y } = await pagePointOf(page, await flowPoint(page, 'AF>PK'));
	await page.mouse.move(x, y);
	await expect(page.getByTestId('map-tooltip')).toContainText('Afghanistan → Pakistan');
	await page.mouse.click(x, y);
	const panel = excerptPanel(page);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Afghanistan and Pakistan');
	await expect(page).toHaveURL(/[?&]sel=pair:AF~PK(&|$)/);
	await expect(panel.getByTestId('party-links').getByRole('listitem')).toHaveCount(
		pair.filter((f) => f.properties.status === 'held').length
	);
	await waitForMapSettled(page);
	// Its events are now drawn one by one, the other flows faded (once the camera has framed them).
	await expect
		.poll(async () => (await linkArcIds(page, pair)).length, { timeout: 20_000 })
		.toBeGreaterThan(1);
	expect((await drawnFlows(page)).has('AF>PK')).toBe(false);
	await page.screenshot({ path: keepPath('flows/pair-selected.png') });
});

test('zoomed in past the flows, every event has its own arc', async ({ page }) => {
	const { links } = loadCorpus();
	const afPk = links.features.filter(
		(f) => flowIdOf(f.properties) === 'AF>PK' && f.properties.status === 'held'
	);
	await openApp(page, `/?cam=71.1,34.1,${EVENTS_ZOOM + 0.5}`);
	expect((await drawnFlows(page)).size).toBe(0);
	expect(await linkArcIds(page, afPk)).toEqual(afPk.map((f) => f.properties.id).sort());
	await page.screenshot({ path: keepPath('flows/events.png') });

	// Back out: the flows again.
	await jumpMap(page, { center: [71.1, 34.1], zoom: EVENTS_ZOOM - 1 });
	expect((await drawnFlows(page)).get('AF>PK')?.count).toBe(afPk.length);
	expect(await linkArcIds(page, afPk)).toEqual([]);
});

/** A capital of each country of the bundled corpus, where the added links are drawn between. */
const CAPITALS: Record<string, [number, number]> = {
	AF: [69.18, 34.53],
	CN: [116.4, 39.9],
	FR: [2.35, 48.86],
	GB: [-0.13, 51.51],
	IN: [77.21, 28.61],
	IR: [51.39, 35.69],
	KG: [74.59, 42.87],
	KZ: [71.45, 51.17],
	PK: [73.04, 33.72],
	RU: [37.62, 55.75],
	TJ: [68.78, 38.56],
	TM: [58.38, 37.95],
	US: [-77.04, 38.91],
	UZ: [69.28, 41.31]
};

test('with more pairs than the overview can show, it draws the largest and the legend says so', async ({
	page
}) => {
	// The bundled links, and one event between every two countries of them, each way: 182 pairs
	// more, past the overview's limit.
	const codes = Object.keys(CAPITALS);
	const added = (model: { properties: Record<string, unknown> }) =>
		codes.flatMap((a, i) =>
			codes
				.filter((b) => b !== a)
				.map((b, j) => ({
					type: 'Feature',
					geometry: { type: 'LineString', coordinates: [CAPITALS[a], CAPITALS[b]] },
					properties: {
						...model.properties,
						id: `link-pair-${a}-${b}`,
						parties: undefined,
						from: a,
						to: b,
						directed: true,
						year: 2017 + ((i + j) % 5),
						date: String(2017 + ((i + j) % 5))
					}
				}))
		);
	const all = await serveChanged(page, 'links.geojson', (features) => [
		...features,
		...added(features.find((f) => (f.properties.status ?? 'held') === 'held')!)
	]);
	const shown = validateLinks(all).features.filter((f) => isLinkShown(f.properties, DEFAULT_SHOWN));
	const pairs = new Set(shown.map((f) => flowIdOf(f.properties)));
	expect(pairs.size).toBeGreaterThan(FLOW_LIMIT);

	await openApp(page);
	const note = page.getByTestId('legend-flows-limited');
	await expect(note).toHaveText(
		`. Only the ${FLOW_LIMIT} largest of ${pairs.size} arcs are drawn.`
	);
	const flows = await drawnFlows(page);
	const drawn = [...flows.values()].filter((f) => f.count > 0);
	expect(drawn.length).toBeGreaterThan(0);
	expect(drawn.length).toBeLessThanOrEqual(FLOW_LIMIT);
	// The busiest pair of the bundled corpus is among them.
	expect(flows.get('AF>PK')?.count).toBeGreaterThan(1);
	// The map holds those it draws and, hidden, a few likely to be drawn next (up to FLOWS_HELD),
	// not every pair: the others cost tiles for nothing.
	const held = await page.evaluate(
		(source) => [...new Set(window.__parleyMap!.querySourceFeatures(source).map((f) => f.id))],
		SOURCES.flows
	);
	expect(held.length).toBeGreaterThanOrEqual(drawn.length);
	const everyPair = new Set(validateLinks(all).features.map((f) => flowIdOf(f.properties)));
	expect(held.length).toBeLessThanOrEqual(Math.min(FLOWS_HELD, everyPair.size));
	expect(held.filter((id) => (flows.get(String(id))?.count ?? 0) > 0)).toHaveLength(drawn.length);
	await page.screenshot({ path: keepPath('flows/limited.png') });

	// Zoomed in, every event is drawn on its own: nothing is left out, and the legend says nothing.
	await jumpMap(page, { center: [71.1, 34.1], zoom: EVENTS_ZOOM + 0.5 });
	await expect(note).toHaveCount(0);
});

test('cities whose markers would touch merge at the overview and part when zoomed in', async ({
	page
}) => {
	// Two cities 0.4–0.5° from Kabul, named by some article: at the first view their markers would
	// sit on Kabul's.
	await serveChanged(page, 'places.geojson', (features) => {
		const kabul = features.find((f) => f.properties.id === 'city-kabul')!;
		const near = (id: string, name: string, coordinates: [number, number]) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates },
			properties: { ...kabul.properties, id, name, capital: false, mentionsByYear: { '2021': 1 } }
		});
		return [
			...features,
			near('city-charikar', 'Charikar', [69.1736, 35.0136]),
			near('city-bagram', 'Bagram', [69.2653, 34.9461])
		];
	});
	const circles = () =>
		page.evaluate((layer) => {
			const map = window.__parleyMap!;
			return [...new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.id)))];
		}, LAYERS.placeCircle);

	await openApp(page);
	const overview = await circles();
	expect(overview).toContain('city-kabul');
	expect(overview).not.toContain('city-charikar');
	expect(overview).not.toContain('city-bagram');
	const label = await page.evaluate(
		(layer) =>
			window
				.__parleyMap!.queryRenderedFeatures({ layers: [layer] })
				.find((f) => f.properties.id === 'city-kabul')?.properties.label,
		LAYERS.placeLabel
	);
	expect(label).toBe('Kabul +2');
	await page.screenshot({ path: keepPath('flows/merged-cities.png') });

	await jumpMap(page, { center: [69.2, 34.8], zoom: EVENTS_ZOOM + 1 });
	const zoomed = await circles();
	expect(zoomed).toEqual(expect.arrayContaining(['city-kabul', 'city-charikar', 'city-bagram']));
	await page.screenshot({ path: keepPath('flows/parted-cities.png') });
});
