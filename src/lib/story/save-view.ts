/**
 * "Save this view" once clicked: the caption (the tour stop's while presenting, else the selected
 * place or link, or the page's title), the link legend and the attribution drawn over a copy of
 * the map, downloaded as a PNG (export.ts). Fetched with the first click, with the image's
 * composition and the tour's formatting: the button (SaveViewButton) is on the first screen, this
 * is not needed to draw it.
 */
import { linkEnds } from '$lib/data/link-ends';
import { evidenceOf } from '$lib/data/reading';
import type { AppState } from '$lib/state/AppState.svelte';
import type { MapApi } from '$lib/state/types';
import { exportFilename, linkLegend, saveViewPng, type ViewDescription } from './export';
import { formatSource } from './tour';
import type { TourStop } from './types';

const ATTRIBUTION = 'Basemap © Natural Earth · Places: GeoNames · Made with Parley';

function caption(app: AppState, stop: TourStop | null): ViewDescription['caption'] {
	if (stop)
		return {
			heading: stop.caption.heading,
			text: stop.caption.text,
			source: formatSource(stop.caption.source)
		};
	const sel = app.selection.current;
	const y = app.years;
	const years = y.all ? 'All years' : y.from === y.to ? String(y.to) : `${y.from}–${y.to}`;
	if (sel?.type === 'place')
		return { heading: app.placeById.get(sel.id)?.name ?? sel.id, source: years };
	const link = sel?.type === 'link' ? app.linkById.get(sel.id) : undefined;
	if (link)
		return {
			heading: `${linkEnds(link, (p) => app.partyName(p))} (${link.type})`,
			// The evidence sentence once the article text is loaded (the panel asks for it).
			text: evidenceOf(app.articles.reading, link.id)[0]?.sentence,
			source: years
		};
	return { heading: 'Afghanistan–Pakistan diplomacy', source: years };
}

/** Composes the view over the map's current frame and downloads it. */
export async function saveView(app: AppState, map: MapApi, stop: TourStop | null): Promise<void> {
	await saveViewPng(
		await map.captureCanvas(),
		{
			caption: caption(app, stop),
			legend: linkLegend(app.theme, app.shown),
			attribution: ATTRIBUTION,
			theme: app.theme
		},
		exportFilename(stop?.id ?? null)
	);
}
