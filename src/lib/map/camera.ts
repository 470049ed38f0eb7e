/**
 * The camera: what it shows (rounded for the URL), the first view kept clear of the open legend,
 * and the moves the page, the search, the panel and the tour ask for. The first view is
 * `homeCamera` (home.ts). The moves (camera-moves.ts: flights, framing, the padding that follows
 * the bottom sheet and the side panel) come after the first frame: their code is fetched ahead
 * once the map is idle, or at the first move asked for before then, which is made as soon as it
 * arrives (moves asked for meanwhile are made in order). A failed fetch (offline without the
 * cached copy) is tried again at the next move.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Camera, MapApi, Selection } from '$lib/state/types';
import type { MapLookup } from './lookup';
import type { CameraMoves } from './camera-moves';
import { homeCamera } from './home';

type CameraApi = Pick<
	MapApi,
	| 'flyToPlace'
	| 'fitToIds'
	| 'setCamera'
	| 'getCamera'
	| 'setBottomInset'
	| 'setRightInset'
	| 'setLeftInset'
	| 'getBounds'
>;

export class MapCamera implements CameraApi {
	/** How far the open legend reaches into the map from its left edge, in CSS px; 0 = nothing. */
	private leftInset = 0;
	private moves: CameraMoves | null = null;
	private loading = false;
	private destroyed = false;
	/** Moves asked for before their code arrived, in order. */
	private pending: ((moves: CameraMoves) => void)[] = [];

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
		map.once('idle', this.load);
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

	/** Fetches the moves' code (once; again after a failure) and makes the moves waiting for it. */
	private load = (): void => {
		if (this.loading || this.moves || this.destroyed) return;
		this.loading = true;
		import('./camera-moves').then(
			({ CameraMoves }) => {
				this.loading = false;
				if (this.destroyed) return;
				const moves = (this.moves = new CameraMoves({
					map: this.map,
					lookup: this.lookup,
					selection: this.selection,
					leftInset: () => this.leftInset,
					leaveHome: () => (this.homePending = false)
				}));
				for (const move of this.pending.splice(0)) move(moves);
			},
			() => (this.loading = false)
		);
	};

	private move(make: (moves: CameraMoves) => void): void {
		if (this.moves) return make(this.moves);
		this.pending.push(make);
		this.load();
	}

	flyToPlace(placeId: string): void {
		this.move((m) => m.flyToPlace(placeId));
	}

	fitToIds(ids: string[]): void {
		this.move((m) => m.fitToIds(ids));
	}

	setCamera(cam: Camera, o?: { animate?: boolean }): void {
		this.move((m) => m.setCamera(cam, o));
	}

	/**
	 * What covers the bottom of the map (the bottom sheet), in CSS px: the camera padding follows
	 * it (camera-moves.ts).
	 */
	setBottomInset(px: number): void {
		this.move((m) => m.setInset('bottom', px));
	}

	/** What the side panel covers on the map's right, in CSS px (camera-moves.ts). */
	setRightInset(px: number): void {
		this.move((m) => m.setInset('right', px));
	}

	/** What the open legend covers on the map's left, in CSS px: framing moves keep clear of it. */
	setLeftInset(px: number): void {
		this.leftInset = Math.max(0, Math.round(px));
		if (!this.homePending) return;
		const canvas = this.map.getCanvas();
		const home = homeCamera(canvas.clientWidth, canvas.clientHeight, this.leftInset);
		this.map.jumpTo({ center: home.center, zoom: home.zoom });
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

	/**
	 * What the map shows, less what the panel or the sheet covers (the camera's padding): the
	 * event feed lists what a person can see, not what lies under the feed itself.
	 */
	getBounds(): ReturnType<MapApi['getBounds']> {
		const pad = this.map.getPadding();
		const canvas = this.map.getCanvas();
		const [w, h] = [canvas.clientWidth, canvas.clientHeight];
		const right = Math.min(pad.right ?? 0, w);
		const bottom = Math.min(pad.bottom ?? 0, h);
		if (right === 0 && bottom === 0) {
			const b = this.map.getBounds();
			return { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
		}
		// The four corners of the part left visible (the map may be turned), their longitudes
		// unwrapped as getBounds gives them (west may exceed east across the antimeridian).
		const corners = (
			[
				[0, 0],
				[w - right, 0],
				[0, h - bottom],
				[w - right, h - bottom]
			] as const
		).map(([x, y]) => this.map.unproject([x, y]));
		const lngs = corners.map((c) => c.lng);
		const lats = corners.map((c) => c.lat);
		return {
			west: Math.min(...lngs),
			south: Math.min(...lats),
			east: Math.max(...lngs),
			north: Math.max(...lats)
		};
	}

	destroy(): void {
		this.destroyed = true;
		this.pending = [];
		this.map.off('idle', this.load);
	}
}

/** The API handed to the page (search, tour, URL restore, saving the view). */
export function mapApi(camera: MapCamera, map: MapLibreMap): MapApi {
	return {
		flyToPlace: (id) => camera.flyToPlace(id),
		fitToIds: (ids) => camera.fitToIds(ids),
		setCamera: (c, o) => camera.setCamera(c, o),
		getCamera: () => camera.getCamera(),
		setBottomInset: (px) => camera.setBottomInset(px),
		setRightInset: (px) => camera.setRightInset(px),
		setLeftInset: (px) => camera.setLeftInset(px),
		getBounds: () => camera.getBounds(),
		// Its code is fetched with the first "Save this view", like the image's composition.
		captureCanvas: () => import('./capture').then((m) => m.captureMapCanvas(map))
	};
}
