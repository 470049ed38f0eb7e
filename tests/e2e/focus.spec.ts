/**
 * Focus + context, as a person sees it: selecting a place fades the arcs and places not
 * connected to it, a selected arc keeps its type's colour (the selection is a halo and a wider
 * line, never a colour a link type uses), and clearing the selection brings everything back.
 */
import type { Page } from '@playwright/test';
import { themeTokens } from '../../src/lib/config/tokens';
import { LAYERS, SOURCES } from '../../src/lib/map/ids';
import { test, expect, openApp, waitForMapIdle, loadCorpus, keepPath, findLink } from './fixtures';
import { excerptPanel, panelCloseButton } from './ui';

/** The `dim` feature-state of each link, as the map holds it. */
async function dimmedLinks(page: Page, ids: string[]): Promise<Record<string, boolean>> {
	return page.evaluate(
		({ ids, source }) => {
			const map = window.__parleyMap!;
			const out: Record<string, boolean> = {};
			for (const id of ids) out[id] = map.getFeatureState({ source, id }).dim === true;
			return out;
		},
		{ ids, source: SOURCES.links }
	);
}

test('selecting Kabul fades the arcs that neither end there nor were held there; closing the panel brings them back', async ({
	page
}) => {
	const { places, links } = loadCorpus();
	const kabul = places.features
		.find((f) => f.properties.id === 'city-kabul')!
		.geometry.coordinates.join();
	const touches = (f: (typeof links.features)[number]) => {
		const c = f.geometry.coordinates;
		// An arc ending at Kabul, or an event held there.
		return (
			c[0]!.join() === kabul ||
			c[c.length - 1]!.join() === kabul ||
			f.properties.place === 'city-kabul'
		);
	};
	const ids = links.features.map((f) => f.properties.id);
	await openApp(page, '/?sel=place:city-kabul');
	await expect(excerptPanel(page)).toBeVisible();
	await waitForMapIdle(page);
	const own = links.features.filter(touches).map((f) => f.properties.id);
	const others = links.features.filter((f) => !touches(f)).map((f) => f.properties.id);
	expect(own.length).toBeGreaterThan(0);
	expect(others.length).toBeGreaterThan(0);
	// The dimming is set in the task after the panel's frame: wait until the map shows it.
	await expect
		.poll(async () => Object.values(await dimmedLinks(page, others)).every(Boolean))
		.toBe(true);
	const dim = await dimmedLinks(page, ids);
	for (const id of own) expect(dim[id], `${id} ends at Kabul`).toBe(false);
	for (const id of others) expect(dim[id], `${id} has nothing to do with Kabul`).toBe(true);
	await page.screenshot({ path: keepPath('focus/kabul.png') });

	await panelCloseButton(page).click();
	await waitForMapIdle(page);
	await expect
		.poll(async () => Object.values(await dimmedLinks(page, ids)).some(Boolean))
		.toBe(false);
});

test('a selected arc keeps the colour of its type', async ({ page }) => {
	const { links } = loadCorpus();
	const link = findLink(
		links.features,
		(p) => p.status === 'held' && p.confidence >= 0.6 && p.type === 'visit'
	);
	await openApp(page, `/?sel=link:${link.properties.id}`);
	await expect(excerptPanel(page)).toBeVisible();
	await waitForMapIdle(page);
	// A point a third of the way along the arc (the arrow sits at its middle), on screen.
	const point = await page.evaluate((id) => {
		const map = window.__parleyMap!;
		const f = map
			.querySourceFeatures('links', { filter: ['==', ['get', 'id'], id] })
			.find((g) => g.geometry.type === 'LineString');
		const coords = (f!.geometry as GeoJSON.LineString).coordinates;
		const c = coords[Math.floor(coords.length / 3)]!;
		const p = map.project(c as [number, number]);
		const r = map.getCanvas().getBoundingClientRect();
		return { x: Math.round(r.left + p.x), y: Math.round(r.top + p.y) };
	}, link.properties.id);
	const shot = await page.screenshot({
		clip: { x: point.x - 1, y: point.y - 1, width: 3, height: 3 }
	});
	await page.screenshot({ path: keepPath('focus/selected-arc.png') });
	const rgb = await page.evaluate(async (b64) => {
		const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
		const c = new OffscreenCanvas(img.width, img.height);
		const g = c.getContext('2d')!;
		g.drawImage(img, 0, 0);
		const d = g.getImageData(1, 1, 1, 1).data;
		return [d[0]!, d[1]!, d[2]!];
	}, shot.toString('base64'));
	const hex = themeTokens('light').linkColors[link.properties.type];
	const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	const distance = Math.max(...want.map((v, i) => Math.abs(v - rgb[i]!)));
	expect(distance, `pixel ${rgb} against ${hex}`).toBeLessThan(40);
});

test('every arc end has a marker: a capital no article names is drawn for its party', async ({
	page
}) => {
	const { places, links } = loadCorpus();
	const atPlace = new Set(places.features.map((f) => f.geometry.coordinates.join()));
	// An arc that ends where no mentioned place is (Washington for the United States, say).
	const link = findLink(
		links.features,
		(p) =>
			p.status === 'held' &&
			p.to === 'US' &&
			!atPlace.has(
				links.features
					.find((f) => f.properties.id === p.id)!
					.geometry.coordinates.at(-1)!
					.join()
			)
	);
	await openApp(page);
	await page.screenshot({ path: keepPath('focus/first-view.png') });
	// Look where the arc ends.
	const end = link.geometry.coordinates.at(-1)!;
	await page.evaluate(
		(c) => window.__parleyMap!.jumpTo({ center: [((c[0]! + 540) % 360) - 180, c[1]!], zoom: 4 }),
		end
	);
	await waitForMapIdle(page);
	const markers = await page.evaluate(
		(layer) =>
			window
				.__parleyMap!.queryRenderedFeatures({ layers: [layer] })
				.map((f) => ({ id: String(f.id), name: String(f.properties?.name) })),
		LAYERS.placeCircle
	);
	expect(markers).toContainEqual({ id: 'end-us', name: 'United States' });
	await page.screenshot({ path: keepPath('focus/washington.png') });
});

/** Where a point lands on the map now, in CSS px from the map's top left corner. */
function screenPoint(page: Page, lngLat: number[]): Promise<{ x: number; y: number }> {
	return page.evaluate((c) => {
		const p = window.__parleyMap!.project(c as [number, number]);
		return { x: p.x, y: p.y };
	}, lngLat);
}

test('a selection is framed beside the open legend, not under it', async ({ page }) => {
	const { places, links } = loadCorpus();
	const kabul = places.features.find((f) => f.properties.id === 'city-kabul')!.geometry
		.coordinates as number[];
	await openApp(page, '/?sel=place:city-kabul');
	await expect(excerptPanel(page)).toBeVisible();
	await waitForMapIdle(page);
	const map = (await page.getByTestId('map').boundingBox())!;
	const legend = (await page.getByTestId('legend').boundingBox())!;
	// The legend is open and stands over the map's left side at this size.
	expect(legend.height * 3).toBeGreaterThan(map.height);
	const legendRight = legend.x + legend.width - map.x;
	const at = await screenPoint(page, kabul);
	expect(at.x, 'Kabul lands right of the legend').toBeGreaterThan(legendRight + 40);
	expect(at.x).toBeLessThan(map.width - 40);
	await page.screenshot({ path: keepPath('focus/kabul-beside-legend.png') });

	// A link picked in the list: both of its ends clear of the legend.
	const link = links.features.find(
		(f) => f.properties.from === 'RU' && f.properties.to === 'taliban'
	)!;
	await openApp(page, `/?sel=link:${link.properties.id}`);
	await waitForMapIdle(page);
	const ends = link.geometry.coordinates;
	for (const end of [ends[0]!, ends[ends.length - 1]!]) {
		const p = await screenPoint(page, end);
		expect(p.x, `${end.join()} right of the legend`).toBeGreaterThan(legendRight);
		expect(p.x).toBeLessThan(map.width);
	}
});
