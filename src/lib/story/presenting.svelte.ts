/**
 * Presenting on the main page: the tour, built on the first start on the stop the address names
 * (building formats a heading for every link); whether it is showing; the speaker's clock, kept
 * across reloads of the presenting window; what the current stop hands the map; and the click on
 * the map's empty area that turns the stop. The page loads this with the presenter, after the
 * first frame (fetched ahead once the map is idle; at once for a `?present` address, a key or the
 * Present button), and keeps only what decides when to start.
 */
import { replaceState } from '$app/navigation';
import type { LinksCollection, PlacesCollection } from '$lib/data/schema';
import { presentLabelScale } from '$lib/map/style';
import { leavePresentUrl, readStopParam } from './stop-url';
import { stopView, type Tour } from '$lib/state/Tour.svelte';
import type { PresentView, Selection } from '$lib/state/types';
import { cappedPixelRatio } from './display';
import { isMapBackdrop } from './gestures';
import { createAppTour } from './page-tour';
import { forgetStartedAt, keptStartedAt, readTapAdvances } from './present-storage';

/** The presenting window in CSS px, and its device pixel ratio. */
export interface Screen {
	width: number;
	height: number;
	ratio: number;
}

function storage(kind: 'local' | 'session'): Storage | null {
	try {
		return kind === 'local' ? localStorage : sessionStorage;
	} catch {
		return null;
	}
}

export class Presenting {
	/** The tour, once first started. */
	tour = $state.raw<Tour | null>(null);
	showing = $state(false);

	constructor(
		private data: { places: PlacesCollection; links: LinksCollection; notHeld: LinksCollection }
	) {}

	/** Shows the tour (built first, on the stop `url` names), unless it is showing already. */
	start(url: URL): void {
		if (this.showing) return;
		const { places, links, notHeld } = this.data;
		this.tour ??= createAppTour(places, links, notHeld, url);
		// A reload of the presenting window keeps the speaker's clock running from the first start.
		this.tour.startedAt = keptStartedAt(storage('session'), Date.now());
		this.showing = true;
	}

	/** Back or Forward landed on a stop of the tour (after leaving it): presents that stop again. */
	startAt(url: URL): void {
		if (this.showing) return;
		if (this.tour) this.tour.goTo(readStopParam(url, this.tour.count));
		this.start(url);
	}

	stop(): void {
		this.showing = false;
		forgetStartedAt(storage('session'));
		try {
			replaceState(leavePresentUrl(new URL(location.href)), {});
		} catch {
			// Router not ready: the URL keeps `present` until the next write.
		}
	}

	/** What the current stop hands the map on this screen; null while not presenting. */
	view(screen: Screen): PresentView | null {
		if (!this.showing || !this.tour) return null;
		return {
			...stopView(this.tour.current),
			maxPixelRatio: cappedPixelRatio(screen.ratio, screen.width, screen.height),
			labelScale: presentLabelScale(screen.width, screen.height),
			onmapclick: this.advanceOnMapClick
		};
	}

	/** A click or tap on the map's empty area turns the stop, unless the presenter switched it off. */
	private advanceOnMapClick = (hit: Selection) => {
		if (this.tour && isMapBackdrop(hit) && readTapAdvances(storage('local'))) this.tour.next();
	};
}
