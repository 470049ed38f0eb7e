/**
 * The pointer on the map: what is under it (a hit test with some tolerance, so thin arcs stay easy
 * to hit), the hovered feature and its tooltip, the links it stands for (reported to the event
 * feed), a click's selection, and a link pointed at outside the map drawn hovered. Everything is
 * reported through callbacks; the controller owns the map and the data.
 */
import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import type { Selection, YearRange } from '$lib/state/types';
import { INTERACTIVE_LAYERS, SOURCES, STATE } from './ids';
import { selectionForHit, sourceOfLayer, tooltipFor, type MapHit, type TooltipText } from './hit';
import type { MapLookup } from './lookup';

/** Half-size in px of the box queried under the pointer: thin arcs stay easy to hit. */
const HIT_TOLERANCE = 4;

type FeatureRef = { source: string; id: string | number };

/** The topmost interactive feature under the pointer (see hitAt). */
type Hit = { hit: MapHit; feature: MapGeoJSONFeature } | null;

/** What the pointer handling reads from the controller, always current. */
export interface InteractionHost {
	map: MapLibreMap;
	lookup(): MapLookup;
	range(): YearRange | null;
	/** Whether a link is drawn in the range and the choices (its own arc or its flow). */
	linkShown(id: string): boolean;
	/** Whether the link is drawn as part of its flow (feature-state `agg`). */
	linkInFlow(id: string): boolean;
	/** Whether the events are drawn one by one (zoomed in past `eventsZoom`), not their flows. */
	events(): boolean;
	/** Whether the style has loaded (feature-state can be set). */
	ready(): boolean;
	onselect: (s: Selection) => void;
	onhover: (t: (TooltipText & { x: number; y: number }) | null) => void;
	onhoverlinks?: (ids: readonly string[]) => void;
}

export class MapInteraction {
	private readonly map: MapLibreMap;
	private hovered: FeatureRef | null = null;
	/** A link pointed at outside the map (the event feed): its arc, or its flow, drawn hovered. */
	private highlighted: FeatureRef | null = null;
	/** The links last reported under the pointer (see onhoverlinks), as a key. */
	private hoverLinksKey = '';
	/**
	 * The hit under the pointer at its last move: a click where the pointer rests (the usual case)
	 * reuses it instead of querying the rendered features again. Dropped whenever what is drawn
	 * under a still pointer can change (see clearHover, forgetHit).
	 */
	private lastHit: { x: number; y: number; found: Hit } | null = null;
	/**
	 * Whether the last pointer was a finger. A tap also sends the mouse events a hover listens to;
	 * on a finger they would leave a tooltip and a hovered feature behind, with no pointer to move
	 * away from them (the panel the tap opens says what the tooltip would).
	 */
	private touch: boolean;

	/** `touch`: whether the last press, seen before this was made (pointer.ts), was a finger's. */
	constructor(
		private host: InteractionHost,
		touch = false
	) {
		this.touch = touch;
		const map = (this.map = host.map);
		map.getCanvasContainer().addEventListener('pointerdown', this.onPointer, true);
		map.getCanvasContainer().addEventListener('pointermove', this.onPointer, true);
		map.on('mousemove', this.onMove);
		map.on('mouseout', this.clearHover);
		map.on('click', this.onClick);
		// The pixels under a tooltip change when the map moves or resizes (the panel opening).
		map.on('movestart', this.clearHover);
		map.on('resize', this.clearHover);
	}

	/** What is drawn under a still pointer changed size (a theme, a label scale): hit again. */
	forgetHit(): void {
		this.lastHit = null;
	}

	/** The map lost its feature-state (a restored WebGL context): nothing is drawn hovered. */
	forgetHovered(): void {
		this.hovered = null;
	}

	/** Drops the hovered feature and its tooltip (what was under the pointer may be gone). */
	clearHover = (): void => {
		this.lastHit = null;
		this.clearHoverKeepHit();
	};

	/** Returns true when the map has to redraw. */
	highlightLink(id: string | null): boolean {
		const before = this.highlighted;
		if (before && this.map.getSource(before.source))
			this.map.setFeatureState(before, { [STATE.hover]: false });
		this.highlighted = null;
		if (id !== null && this.host.ready() && this.host.linkShown(id)) {
			const flow = this.host.linkInFlow(id) ? this.host.lookup().flowOfLink.get(id) : undefined;
			this.highlighted = flow ? { source: SOURCES.flows, id: flow } : { source: SOURCES.links, id };
			this.map.setFeatureState(this.highlighted, { [STATE.hover]: true });
		}
		return before !== null || this.highlighted !== null;
	}

	destroy(): void {
		this.map.getCanvasContainer().removeEventListener('pointerdown', this.onPointer, true);
		this.map.getCanvasContainer().removeEventListener('pointermove', this.onPointer, true);
		this.map.off('mousemove', this.onMove);
		this.map.off('mouseout', this.clearHover);
		this.map.off('click', this.onClick);
		this.map.off('movestart', this.clearHover);
		this.map.off('resize', this.clearHover);
	}

	private hitAt(e: MapMouseEvent): Hit {
		const { x, y } = e.point;
		const layers = INTERACTIVE_LAYERS.filter((l) => this.map.getLayer(l));
		const features = this.map.queryRenderedFeatures(
			[
				[x - HIT_TOLERANCE, y - HIT_TOLERANCE],
				[x + HIT_TOLERANCE, y + HIT_TOLERANCE]
			],
			{ layers }
		);
		// Topmost interactive layer wins (places over arcs over regions over countries).
		for (const layer of INTERACTIVE_LAYERS) {
			const f = features.find((g) => g.layer.id === layer);
			if (f)
				return { hit: { layer, id: f.id ?? (f.properties.id as string | undefined) }, feature: f };
		}
		return null;
	}

	private onPointer = (e: PointerEvent) => {
		this.touch = e.pointerType === 'touch';
	};

	/** A move over the map (also one kept from before this was loaded: pointer.ts). */
	onMove = (e: MapMouseEvent) => {
		const found = this.hitAt(e);
		this.lastHit = { x: e.point.x, y: e.point.y, found };
		if (this.touch) return this.clearHoverKeepHit();
		const lookup = this.host.lookup();
		const source = found ? sourceOfLayer(found.hit.layer) : null;
		const ref = found && source && found.hit.id !== undefined ? { source, id: found.hit.id } : null;
		const text = found
			? tooltipFor(
					found.hit,
					lookup,
					this.host.range(),
					(id) => this.host.linkShown(id),
					!this.host.events()
				)
			: null;
		const interactive = !!found && !!selectionForHit(found.hit, lookup);
		if (!ref || ref.source !== this.hovered?.source || ref.id !== this.hovered?.id) {
			if (this.hovered) this.map.setFeatureState(this.hovered, { [STATE.hover]: false });
			this.hovered = interactive ? ref : null;
			if (this.hovered) this.map.setFeatureState(this.hovered, { [STATE.hover]: true });
		}
		this.map.getCanvas().style.cursor = interactive ? 'pointer' : '';
		this.host.onhover(text ? { ...text, x: e.point.x, y: e.point.y } : null);
		this.reportHoverLinks(this.hovered);
	};

	private reportHoverLinks(ref: FeatureRef | null): void {
		const ids =
			ref?.source === SOURCES.links
				? [String(ref.id)]
				: ref?.source === SOURCES.flows
					? (this.host.lookup().flows.get(String(ref.id))?.links ?? []).filter((id) =>
							this.host.linkShown(id)
						)
					: [];
		const key = ids.join('\n');
		if (key === this.hoverLinksKey) return;
		this.hoverLinksKey = key;
		this.host.onhoverlinks?.(ids);
	}

	private clearHoverKeepHit(): void {
		if (this.hovered) this.map.setFeatureState(this.hovered, { [STATE.hover]: false });
		this.hovered = null;
		this.map.getCanvas().style.cursor = '';
		this.host.onhover(null);
		this.reportHoverLinks(null);
	}

	/** A click on the map (also one kept from before this was loaded). */
	onClick = (e: MapMouseEvent) => {
		const last = this.lastHit;
		const found = last && last.x === e.point.x && last.y === e.point.y ? last.found : this.hitAt(e);
		this.host.onselect(selectionForHit(found?.hit ?? null, this.host.lookup()));
	};
}
