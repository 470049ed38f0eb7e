/**
 * The camera: where the page, the search and the tour move it, what it shows (rounded for the
 * URL), and its bottom padding, which follows the bottom sheet on a small screen so the camera's
 * centre is the centre of what stays visible. The first view is `homeCamera` (home.ts).
 */
import { LngLatBounds, type Map as MapLibreMap } from 'maplibre-gl';
import type { Camera, MapApi, Selection } from '$lib/state/types';
import { coordsOf, type MapLookup } from './lookup';
import { coveredByInset, framePadding } from './inset';
import { homeCamera } from './home';

/** Whether the person asked for less motion: the camera then jumps instead of flying. */
function reducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The zoom a place is flown to: a country whole, a city close. */
function placeZoom(kind: string): number {
	return kind === 'country' ? 4.5 : kind === 'city' || kind === 'other' ? 6.5 : 5.5;
}

type CameraMoves = Pick<
	MapApi,
	| 'flyToPlace'
	| 'fitToIds'
	| 'setCamera'
	| 'getCamera'
	| 'setBottomInset'
	| 'setLeftInset'
	| 'getBounds'
>;

export class MapCamera implements CameraMoves {
	/** The height of what covers the map's bottom (the bottom sheet), in CSS px; 0 = nothing. */
	private bottomInset = 0;
	private insetWaiting = false;
	/** How far the open legend reaches into the map from its left edge, in CSS px; 0 = nothing. */
	private leftInset = 0;

	/**
	 * Whether the map still shows the first view (`homeCamera`) and has not been drawn: the
	 * legend's width, known only once the page around the map is laid out, may still move it.
	 */
	private homePending: boolean;

	constructor(
		private map: MapLibreMap,
		private lookup: () => MapLookup,
		private selection: () => Selection,
		atHome = false
	) {
		this.homePending = atHome;
		if (!atHome) return;
		// Drawn, or moved by hand: the first view is the person's from then on.
		const settle = () => {
			this.homePending = false;
			map.off('movestart', byHand);
		};
		const byHand = (e: { originalEvent?: unknown }) => {
			if (e.originalEvent) settle();
		};
		map.on('movestart', byHand);
		map.once('idle', settle);
	}

	flyToPlace(placeId: string): void {
		const p = this.lookup().places.get(placeId);
		const c = coordsOf(this.lookup(), placeId)[0];
		if (!p || !c) return;
		this.homePending = false;
		const pad = this.framePadding();
		this.map.flyTo({
			center: c,
			zoom: Math.max(placeZoom(p.kind), 0),
			// The middle of what the legend leaves visible.
			offset: [(pad.left - pad.right) / 2, 0],
			essential: false,
			duration: reducedMotion() ? 0 : 1200
		});
	}

	fitToIds(ids: string[]): void {
		const bounds = new LngLatBounds();
		for (const id of ids) for (const c of coordsOf(this.lookup(), id)) bounds.extend(c);
		if (bounds.isEmpty()) return;
		this.homePending = false;
		this.map.fitBounds(bounds, {
			padding: this.framePadding(),
			maxZoom: 6.5,
			duration: reducedMotion() ? 0 : 1000
		});
	}

	/** What the open legend covers on the map's left, in CSS px: framing moves keep clear of it. */
	setLeftInset(px: number): void {
		this.leftInset = Math.max(0, Math.round(px));
		if (!this.homePending) return;
		const canvas = this.map.getCanvas();
		const home = homeCamera(canvas.clientWidth, canvas.clientHeight, this.leftInset);
		this.map.jumpTo({ center: home.center, zoom: home.zoom });
	}

	private framePadding() {
		return framePadding(this.map.getCanvas().clientWidth, this.leftInset);
	}

	setCamera(cam: Camera, o?: { animate?: boolean }): void {
		this.homePending = false;
		const options = {
			center: cam.center,
			zoom: cam.zoom,
			bearing: cam.bearing ?? 0,
			pitch: cam.pitch ?? 0
		};
		// The tour's moves: a smooth flight (zooms out and in), of a fixed length.
		if (o?.animate && !reducedMotion())
			this.map.flyTo({ ...options, essential: false, duration: 1600 });
		else this.map.jumpTo(options);
	}

	getCamera(): Camera {
		const c = this.map.getCenter();
		const r = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
		return {
			center: [r(c.lng, 4), r(c.lat, 4)],
			zoom: r(this.map.getZoom(), 2),
			bearing: r(this.map.getBearing(), 1),
			pitch: r(this.map.getPitch(), 1)
		};
	}

	getBounds(): ReturnType<MapApi['getBounds']> {
		const b = this.map.getBounds();
		return { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
	}

	/**
	 * The camera padding follows the bottom sheet: the camera's centre becomes the centre of what
	 * the sheet leaves visible, and a selected place or link the sheet would cover is brought back
	 * into that part. A flight in progress (a search result) lands first.
	 */
	setBottomInset(px: number): void {
		this.bottomInset = Math.max(0, Math.round(px));
		if (!this.map.isMoving()) return this.applyInset();
		if (this.insetWaiting) return;
		this.insetWaiting = true;
		this.map.once('moveend', () => {
			this.insetWaiting = false;
			this.applyInset();
		});
	}

	private applyInset(): void {
		const from = this.map.getPadding().bottom ?? 0;
		const to = this.bottomInset;
		if (from === to) return;
		const padding = { top: 0, right: 0, bottom: to, left: 0 };
		const duration = reducedMotion() ? 0 : 300;
		// A place by its point, a link by the middle of its arc (where its highlight shows).
		const sel = this.selection();
		const coords = sel && sel.type !== 'party' ? coordsOf(this.lookup(), sel.id) : [];
		const anchor = coords[Math.floor(coords.length / 2)];
		const canvas = this.map.getCanvas();
		const size = { width: canvas.clientWidth, height: canvas.clientHeight };
		if (anchor && coveredByInset(this.map.project(anchor), size, from, to))
			this.map.easeTo({ padding, center: anchor, duration });
		else this.map.easeTo({ padding, duration });
	}
}
