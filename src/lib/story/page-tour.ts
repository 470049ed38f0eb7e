/**
 * The one way both windows build the tour, so the main window and the speaker window agree on
 * stop ids and order: the generated tour with the bundled curation applied. The main page loads
 * this with the presenter (presenting.svelte.ts), after the first frame.
 */
import { joinLinks } from '$lib/data/load';
import type { LinksCollection, PlacesCollection } from '$lib/data/schema';
import { readStopParam } from './stop-url';
import { Tour } from '$lib/state/Tour.svelte';
import { bundledCuration } from './bundled-curation';
import { buildTour } from './tour';

/**
 * `links` and `notHeld` as loadMapData splits them: the tour leaves uncertain and not-held events
 * out unless the curation includes them, so it is given all of them.
 */
export function buildAppTour(
	places: PlacesCollection,
	links: LinksCollection,
	notHeld?: LinksCollection
) {
	return buildTour(places, joinLinks(links, notHeld), null, bundledCuration, {
		// Curation ids the data no longer has are not fatal; they are reported once, in development.
		onwarning: (m) => {
			if (import.meta.env.DEV) console.warn(`[tour] ${m}`);
		}
	});
}

/** A Tour for the page, on the stop named in the URL (`?present&stop=N`). */
export function createAppTour(
	places: PlacesCollection,
	links: LinksCollection,
	notHeld: LinksCollection | undefined,
	url: URL
): Tour {
	const stops = buildAppTour(places, links, notHeld);
	return new Tour(stops, readStopParam(url, stops.length));
}
