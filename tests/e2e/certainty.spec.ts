/**
 * How sure each event is, as a person sees it: uncertain arcs (low confidence, inferred date) are
 * drawn dashed and lighter than certain ones, events that did not take place are not drawn until
 * asked for, the legend's controls hide and show them and are kept in the URL, and the panel says
 * in words how sure a link is.
 */
import type { Page } from '@playwright/test';

import { LAYERS } from '../../src/lib/map/ids';
import { EVENTS_ZOOM } from '../../src/lib/map/flows';
import type { LinkFeature } from '../../src/lib/data/schema';
import {
	test,
	jumpMap,
	findLink,
	expect,
	openApp,
	waitForMapIdle,
	loadCorpus,
	renderedLinkIds,
	keepPath,
	LINK_LINE_LAYERS
} from './fixtures';
import { excerptPanel, legend } from './ui';

type Drawn = { layer: string; dash: unknown; opacity: string } | null;

/**
 * For each link: the arc layer that draws it as an event of its own, with that layer's dash and
 * opacity, looked at zoomed in on the arc's middle (past the zoom where flows give way to events).
 */
async function drawnStyle(page: Page, links: LinkFeature[]): Promise<Record<string, Drawn>> {
	const out: Record<string, Drawn> = {};
	for (const link of links) {
		const c = link.geometry.coordinates;
		const [lng, lat] = c[Math.floor(c.length / 2)]!;
		await jumpMap(page, { center: [lng!, lat!], zoom: EVENTS_ZOOM + 0.5 });
		out[link.properties.id] = await page.evaluate(
			({ id, layers }) => {
				const map = window.__parleyMap!;
				for (const layer of layers)
					for (const f of map.queryRenderedFeatures({ layers: [layer] }))
						if (String(f.properties?.id ?? f.id) === id)
							return {
								layer,
								dash: map.getPaintProperty(layer, 'line-dasharray') ?? null,
								opacity: JSON.stringify(map.getPaintProperty(layer, 'line-opacity'))
							};
				return null;
			},
			{ id: link.properties.id, layers: [...LINK_LINE_LAYERS] }
		);
	}
	return out;
}

test('uncertain events are drawn dashed and lighter, not-held ones only when asked, and the choice is in the URL', async ({
	page
}) => {
	const { links } = loadCorpus();
	const all = links.features;
	const certain = findLink(
		all,
		(p) => p.status === 'held' && p.dateBasis === 'stated' && p.confidence >= 0.6
	);
	const inferred = findLink(
		all,
		(p) => p.status === 'held' && p.dateBasis === 'inferred' && p.confidence >= 0.4
	);
	const weak = findLink(all, (p) => p.status === 'held' && p.confidence < 0.4);
	const cancelled = findLink(all, (p) => p.status === 'cancelled');
	await openApp(page);
	const home = await page.evaluate(() => {
		const map = window.__parleyMap!;
		const c = map.getCenter();
		return { center: [c.lng, c.lat] as [number, number], zoom: map.getZoom() };
	});
	const style = await drawnStyle(page, [certain, inferred, weak, cancelled]);
	// The certain arc: solid; the inferred-date and low-confidence ones: the dashed, lighter layer.
	expect(style[certain.properties.id]).toMatchObject({ layer: LAYERS.linkLine, dash: null });
	for (const f of [inferred, weak]) {
		const s = style[f.properties.id];
		expect(s?.layer).toBe(LAYERS.linkLineUncertain);
		expect(s?.dash).toBeTruthy();
		expect(s?.opacity).not.toBe(style[certain.properties.id]?.opacity);
	}
	// A cancelled meeting is not on the default map.
	expect(style[cancelled.properties.id]).toBeNull();
	await page.screenshot({ path: keepPath('certainty/default.png') });
	// Back to the overview: there every event shown is counted in a flow, if not drawn on its own.
	await jumpMap(page, home);

	// The legend says what dashes mean and hides them on request; the URL keeps the choice.
	const key = legend(page);
	await expect(key.getByTestId('legend-certainty')).toContainText('uncertain');
	await key.getByTestId('show-uncertain').uncheck();
	await expect(page).toHaveURL(/[?&]uncertain=0(&|$)/);
	await waitForMapIdle(page);
	let drawn = await renderedLinkIds(page, all);
	expect(drawn).toContain(certain.properties.id);
	expect(drawn).not.toContain(inferred.properties.id);
	expect(drawn).not.toContain(weak.properties.id);

	await page.reload();
	await waitForMapIdle(page);
	await expect(legend(page).getByTestId('show-uncertain')).not.toBeChecked();
	drawn = await renderedLinkIds(page, all);
	expect(drawn).toContain(certain.properties.id);
	expect(drawn).not.toContain(weak.properties.id);

	// Events that did not take place, when asked for: dotted, in their own layer.
	await legend(page).getByTestId('show-not-held').check();
	await expect(page).toHaveURL(/[?&]notheld=1(&|$)/);
	await waitForMapIdle(page);
	const shown = await drawnStyle(page, [cancelled]);
	expect(shown[cancelled.properties.id]?.layer).toBe(LAYERS.linkLineNotHeld);
	expect(shown[cancelled.properties.id]?.dash).toBeTruthy();
	await page.screenshot({ path: keepPath('certainty/not-held-shown.png') });
});

test('the panel says how sure a link is, in words', async ({ page }) => {
	const { links } = loadCorpus();
	const weak = findLink(links.features, (p) => p.status === 'held' && p.confidence < 0.4);
	await openApp(page, `/?sel=link:${weak.properties.id}`);
	const panel = excerptPanel(page);
	await expect(panel.getByTestId('link-confidence')).toContainText('uncertain');
	await expect(panel.getByTestId('link-date')).toContainText('≈');
	await expect(panel.getByTestId('link-status')).toHaveText('took place');
	await expect(panel.getByTestId('link-reasons')).toContainText('one sentence, one article');
	await expect(panel.getByTestId('link-reasons')).toContainText(
		'date inferred from the story around the sentence'
	);
	await panel.screenshot({ path: keepPath('certainty/panel-uncertain.png') });
});
