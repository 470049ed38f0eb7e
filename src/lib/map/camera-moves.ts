/**
 * The camera's moves: a place flown to, a selection framed, a tour stop's camera, and the padding
 * that follows what covers the map (the bottom sheet on a small screen, the side panel on a wider
 * one) so the camera's centre is the centre of what stays visible. Each is asked for only after
 * the first frame (a click, a search, the tour, the panel), so this module is loaded apart from it
 * (camera.ts: fetched ahead once the map is idle).
 */
import { LngLatBounds, type Map as MapLibreMap } from 'maplibre-gl';
import type { Camera, Selection } from '$lib/state/types';
import { coordsOf, type MapLookup } from './lookup';
import { coveredByInset, framePadding, type Inset } from './inset';

/** Whether the person asked for less motion: the camera then jumps instead of flying. */
function reducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The zoom a place is flown to: a country whole, a city close. */
function placeZoom(kind: string): number {
	return kind === 'country' ? 4.5 : kind === 'city' || kind === 'other' ? 6.5 : 5.5;
}

/** What the moves read of the camera that owns them (camera.ts). */
export interface CameraHost {
	map: MapLibreMap;
	lookup: () => MapLookup;
	selection: () => Selection;
	/** What the open legend covers on the map's left, in CSS px. */
	leftInset: () => number;
	/** A move made: the first view is no longer the one the legend's width may shift. */
	leaveHome: () => void;
}

export class CameraMoves {
	/** What covers the map's bottom (the bottom sheet) and right (the side panel), in CSS px. */
	private inset: Inset = { bottom: 0, right: 0 };
	private insetWaiting = false;

	constructor(private host: CameraHost) {}

	flyToPlace(placeId: string): void {
		const { map, lookup } = this.host;
		const p = lookup().places.get(placeId);
		const c = coordsOf(lookup(), placeId)[0];
		if (!p || !c) return;
		this.host.leaveHome();
		const pad = this.framePadding();
		map.flyTo({
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
		for (const id of ids) for (const c of coordsOf(this.host.lookup(), id)) bounds.extend(c);
		if (bounds.isEmpty()) return;
		this.host.leaveHome();
		this.host.map.fitBounds(bounds, {
			padding: this.framePadding(),
			maxZoom: 6.5,
			duration: reducedMotion() ? 0 : 1000
		});
	}

	private framePadding() {
		return framePadding(this.host.map.getCanvas().clientWidth, this.host.leftInset());
	}

	setCamera(cam: Camera, o?: { animate?: boolean }): void {
		this.host.leaveHome();
		const options = {
			center: cam.center,
			zoom: cam.zoom,
			bearing: cam.bearing ?? 0,
			pitch: cam.pitch ?? 0
		};
		// The tour's moves: a smooth flight (zooms out and in), of a fixed length.
		if (o?.animate && !reducedMotion())
			this.host.map.flyTo({ ...options, essential: false, duration: 1600 });
		else this.host.map.jumpTo(options);
	}

	/**
	 * The camera padding follows what covers the map (the bottom sheet, the side panel): the
	 * camera's centre becomes the centre of what is left visible, and a selected place or link the
	 * cover would hide is brought back into that part. A flight in progress (a search result)
	 * lands first.
	 */
	setInset(side: keyof Inset, px: number): void {
		this.inset = { ...this.inset, [side]: Math.max(0, Math.round(px)) };
		if (!this.host.map.isMoving()) return this.applyInset();
		if (this.insetWaiting) return;
		this.insetWaiting = true;
		this.host.map.once('moveend', () => {
			this.insetWaiting = false;
			this.applyInset();
		});
	}

	private applyInset(): void {
		const { map, lookup } = this.host;
		const from = this.paddingNow();
		const to = this.inset;
		if (this.atInset(from)) return;
		const padding = { top: 0, left: 0, ...to };
		const duration = reducedMotion() ? 0 : 300;
		// A place by its point, a link by the middle of its arc (where its highlight shows).
		const sel = this.host.selection();
		const coords = sel && sel.type !== 'party' ? coordsOf(lookup(), sel.id) : [];
		const anchor = coords[Math.floor(coords.length / 2)];
		const canvas = map.getCanvas();
		const size = { width: canvas.clientWidth, height: canvas.clientHeight };
		if (anchor && coveredByInset(map.project(anchor), size, from, to))
			map.easeTo({ padding, center: anchor, duration });
		else map.easeTo({ padding, duration });
		// A move that cuts this one short (a jump as the panel closes) would leave the padding
		// half-way, the view's centre off the middle of what is visible: set again once at rest,
		// after that move (its own moveend comes inside the call that stops this one).
		this.settleAfterNextMove();
	}

	private settleAfterNextMove(): void {
		this.host.map.once('moveend', () => setTimeout(() => this.settleInset()));
	}

	private settleInset(): void {
		if (this.atInset(this.paddingNow())) return;
		if (this.host.map.isMoving()) this.settleAfterNextMove();
		else this.applyInset();
	}

	private paddingNow(): Inset {
		const p = this.host.map.getPadding();
		return { bottom: p.bottom ?? 0, right: p.right ?? 0 };
	}

	private atInset(p: Inset): boolean {
		return p.bottom === this.inset.bottom && p.right === this.inset.right;
	}
}
