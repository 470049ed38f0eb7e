/**
 * The map draws: a real picture (not a blank or single-colour canvas) with the corpus on it.
 * The screenshots are kept in test-results-keep/ to be looked at.
 */
import { UNUSED_MAPLIBRE_PARTS } from '../../src/lib/map/unused-css';
import { test, expect, openApp, mapContainer, imageStats, keepPath, loadCorpus } from './fixtures';

test('the map draws a picture, not a blank canvas', async ({ page }, testInfo) => {
	await openApp(page);
	const png = await mapContainer(page).screenshot({
		path: keepPath(`map-draws/${testInfo.project.name}.png`)
	});
	await page.screenshot({ path: keepPath(`map-draws/${testInfo.project.name}-page.png`) });
	const stats = await imageStats(page, png);
	// A blank or one-colour canvas has 1–2 colours and no luminance spread; land, sea, borders,
	// fills, circles, arcs and labels give hundreds.
	expect(stats.colours).toBeGreaterThan(50);
	expect(stats.lumaStdDev).toBeGreaterThan(8);
});

test('the map draws the places of the corpus', async ({ page }) => {
	const { places } = loadCorpus();
	await openApp(page);
	const placeIds = places.features.map((f) => f.properties.id);
	const drawn = await page.evaluate((ids) => {
		const wanted = new Set(ids);
		const seen = new Set<string>();
		for (const f of window.__parleyMap!.queryRenderedFeatures()) {
			const id = f.properties?.id ?? f.id;
			if (typeof id === 'string' && wanted.has(id)) seen.add(id);
		}
		return [...seen];
	}, placeIds);
	// Countries are drawn as fills of the basemap; the places drawn as points carry the place ids.
	expect(drawn).toEqual(expect.arrayContaining(['city-kabul', 'city-islamabad', 'city-dushanbe']));
	expect(drawn.length).toBeGreaterThan(5);
});

test('the map canvas fills its container', async ({ page }) => {
	await openApp(page);
	const box = await mapContainer(page).boundingBox();
	const canvas = await page.locator('[data-testid="map"] canvas.maplibregl-canvas').boundingBox();
	expect(box).not.toBeNull();
	expect(canvas).not.toBeNull();
	expect(Math.round(canvas!.width)).toBe(Math.round(box!.width));
	expect(Math.round(canvas!.height)).toBe(Math.round(box!.height));
});

test('the first frame compiles one shader program per layer type', async ({ page }) => {
	// Every WebGL program costs tens of ms of main-thread time on a machine without a GPU.
	// MapLibre compiles one per layer type and set of per-feature paint properties; style.ts gives
	// each type one set. Counted: sky, background and clipping mask (MapLibre's own), fill, fill
	// outline, line twice (solid, and dashed for the uncertain and not-held arcs), circle, and the
	// SDF symbols twice (arrow icons and text are keyed apart).
	await page.addInitScript(() => {
		const w = window as unknown as { __programsLinked: number };
		w.__programsLinked = 0;
		const proto = WebGL2RenderingContext.prototype;
		const link = proto.linkProgram;
		proto.linkProgram = function (program) {
			w.__programsLinked++;
			return link.call(this, program);
		};
	});
	await openApp(page);
	const linked = await page.evaluate(
		() => (window as unknown as { __programsLinked: number }).__programsLinked
	);
	expect(linked).toBeGreaterThan(0);
	expect(linked).toBeLessThanOrEqual(10);
});

test("the map's controls keep maplibre's look, and it shows none of the parts whose rules the build drops", async ({
	page
}) => {
	await openApp(page);
	const seen = await page.evaluate(
		(parts) => {
			const icon = (button: string) =>
				getComputedStyle(
					document.querySelector(`.maplibregl-ctrl-${button} .maplibregl-ctrl-icon`)!
				).backgroundImage;
			const attribution = document.querySelector('.maplibregl-ctrl-attrib.maplibregl-compact');
			const unused = [...document.querySelectorAll('[class*="maplibregl-"]')].flatMap((el) =>
				[...el.classList].filter((c) => parts.some((part) => c.startsWith(`maplibregl-${part}`)))
			);
			return {
				icons: ['zoom-in', 'zoom-out', 'compass'].map(icon),
				attributionRadius: attribution ? getComputedStyle(attribution).borderRadius : null,
				unused
			};
		},
		[...UNUSED_MAPLIBRE_PARTS]
	);
	for (const image of seen.icons) expect(image).toMatch(/^url\("data:image\/svg\+xml/);
	expect(seen.attributionRadius).toBe('12px');
	expect(seen.unused).toEqual([]);
});
