/**
 * The pointer's handling (interaction.ts: hover, tooltip, click, the feed's highlight), loaded
 * when first needed rather than with the first frame: once the map is first idle, or as soon as a
 * pointer moves over the map or presses on it, whichever comes first. With it come hit.ts and the
 * tooltip's words. Until it is there, the last move and a click on the map are kept and handed to
 * it when it arrives (so a pointer resting on a place gets its tooltip, and a click its selection),
 * as is a link the event feed asks to highlight. A failed fetch (offline without the cached copy)
 * is tried again at the next move or press.
 */
import type { MapMouseEvent } from 'maplibre-gl';
import type { InteractionHost, MapInteraction } from './interaction';

export class LazyPointer {
	private current: MapInteraction | null = null;
	private loading = false;
	private destroyed = false;
	/** The last move over the map before the code arrived (null once the pointer left). */
	private pendingMove: MapMouseEvent | null = null;
	private pendingClick: MapMouseEvent | null = null;
	/** A link to draw hovered, asked for before the code arrived. */
	private pendingHighlight: string | null = null;
	/** Whether the last press before the code arrived was a finger's (see MapInteraction). */
	private touch = false;

	constructor(private host: InteractionHost) {
		const map = host.map;
		map.once('idle', this.load);
		map.on('mousemove', this.onEarlyMove);
		map.on('mouseout', this.onEarlyOut);
		map.on('click', this.onEarlyClick);
		map.getCanvasContainer().addEventListener('pointerdown', this.onEarlyPress, true);
	}

	/** Fetches the pointer's code (once; again after a failure). */
	load = (): void => {
		if (this.loading || this.destroyed) return;
		this.loading = true;
		import('./interaction').then(
			({ MapInteraction }) => {
				if (this.destroyed) return;
				this.stopEarly();
				const pointer = (this.current = new MapInteraction(this.host, this.touch));
				if (this.pendingHighlight !== null) pointer.highlightLink(this.pendingHighlight);
				if (this.pendingMove) pointer.onMove(this.pendingMove);
				if (this.pendingClick) pointer.onClick(this.pendingClick);
				this.pendingMove = this.pendingClick = null;
			},
			() => (this.loading = false)
		);
	};

	private onEarlyMove = (e: MapMouseEvent) => {
		this.pendingMove = e;
		this.load();
	};
	private onEarlyOut = () => (this.pendingMove = null);
	private onEarlyClick = (e: MapMouseEvent) => {
		this.pendingClick = e;
		this.load();
	};
	private onEarlyPress = (e: PointerEvent) => {
		this.touch = e.pointerType === 'touch';
		this.load();
	};

	private stopEarly(): void {
		const map = this.host.map;
		map.off('idle', this.load);
		map.off('mousemove', this.onEarlyMove);
		map.off('mouseout', this.onEarlyOut);
		map.off('click', this.onEarlyClick);
		map.getCanvasContainer().removeEventListener('pointerdown', this.onEarlyPress, true);
	}

	/** See MapInteraction: each is nothing to do while nothing can be hovered yet. */
	forgetHit(): void {
		this.current?.forgetHit();
	}
	forgetHovered(): void {
		this.current?.forgetHovered();
	}
	clearHover(): void {
		this.current?.clearHover();
	}

	/** A link pointed at outside the map. Returns true when the map has to redraw. */
	highlightLink(id: string | null): boolean {
		if (this.current) return this.current.highlightLink(id);
		this.pendingHighlight = id;
		return false;
	}

	destroy(): void {
		this.destroyed = true;
		this.stopEarly();
		this.current?.destroy();
	}
}
