/**
 * MapController: the one owner of the MapLibre map, behind a small surface MapView drives from its
 * props (theme, years, choices, selection, data, pixel ratio). It composes three parts:
 * `FeatureStates` (scheduling.ts: year steps and the other feature-state, when it is applied),
 * `MapInteraction` (interaction.ts: hover, tooltip, click, the feed's highlight; loaded after the
 * first frame, pointer.ts) and `MapCamera`
 * (camera.ts: bounds, the first view; its moves and the bottom sheet's padding loaded after the
 * first frame, camera-moves.ts). A year change sets only the
 * feature-state that changed: no filter, paint property or source, so no tile is re-laid out.
 */
import type { GeoJSONSource } from 'maplibre-gl';
import type { LinksCollection, PlacesCollection } from '$lib/data/schema';
import { themeTokens, type ThemeTokens } from '$lib/config/tokens';
import {
	DEFAULT_SHOWN,
	type Camera,
	type FlowsDrawn,
	type LinksShown,
	type MapApi,
	type Selection,
	type Theme,
	type YearRange
} from '$lib/state/types';
import { SOURCES, STATE } from './ids';
import {
	applyFocus,
	applyLabelScale,
	applyTheme,
	asStyleTarget,
	NOTHING_DIMMED,
	type Dimmed
} from './apply';
import { preparePlaces } from './prepare';
import { EVENTS_ZOOM } from './flows';
import { buildLookup, featureForSelection, focusOf, type MapLookup } from './lookup';
import type { TooltipText } from './hit';
import { watchWebglContext } from './webgl-recovery';
import { AfterFrame, FeatureStates, sameRange, sameShown } from './scheduling';
import { LazyPointer } from './pointer';
import { createMap, type ParleyMap } from './create-map';
import { MapCamera } from './camera';

export interface ControllerOptions {
	container: HTMLElement;
	/** Absolute URLs of the app's own files. */
	urls: { countries: string; regions: string; font: string };
	places: PlacesCollection;
	links: LinksCollection;
	years: YearRange | null;
	/** Which uncertain and not-held links are drawn (default DEFAULT_SHOWN). */
	shown?: LinksShown;
	theme: Theme;
	camera: Camera;
	/** The camera is the default first view (`homeCamera`), not one the address or a tour gave. */
	atHome?: boolean;
	pixelRatio: number;
	/** Multiplier of the map's label sizes and place markers (1 = desk size). */
	labelScale?: number;
	/** Extra attribution (the articles' outlets). */
	attribution: string[];
	onselect: (s: Selection) => void;
	onhover: (t: (TooltipText & { x: number; y: number }) | null) => void;
	/** The links under the pointer: an arc's own, or all a flow stands for (none: nothing). */
	onhoverlinks?: (ids: readonly string[]) => void;
	/** How many flows the overview draws of those holding a shown event (flow-limit.ts). */
	onflows?: (f: FlowsDrawn) => void;
}

export class MapController {
	readonly map: ParleyMap;
	private readonly states: FeatureStates;
	/** Hover, tooltip and click: loaded once the map is idle or a pointer comes (pointer.ts). */
	private readonly pointer: LazyPointer;
	private readonly camera: MapCamera;
	private lookup: MapLookup;
	private tokens: ThemeTokens;
	/** The label scale asked for. */
	private labelScale: number;
	/** What the style was built with (props may change before it loads: see onStyleLoad). */
	private readonly builtTheme: Theme;
	private readonly builtLabelScale: number;
	private styleReady = false;
	/** New data arrived before the style loaded: replaced once it has. */
	private dataChanged = false;
	private selection: Selection = null;
	/** The feature-state `selected` is set on. */
	private selected: { source: string; id: string | number } | null = null;
	/** Places and links drawn faint because the selection is not connected to them. */
	private dimmed: Dimmed = NOTHING_DIMMED;
	/**
	 * Highlighted once the frame that shows the excerpt panel (opened by the same click) is on
	 * screen: a feature-state change makes MapLibre redraw the whole map inside that very frame,
	 * delaying the panel. The resize the panel causes lands in the same later redraw.
	 */
	private selectionLater = new AfterFrame(() => this.applySelectionState());
	private resizeObserver: ResizeObserver;
	private resizeTimer: ReturnType<typeof setTimeout> | null = null;
	/** Stops watching for a lost WebGL context. */
	private unwatchContext: () => void;

	constructor(private opts: ControllerOptions) {
		this.lookup = buildLookup(opts.places, opts.links);
		this.tokens = themeTokens(opts.theme);
		this.builtTheme = opts.theme;
		this.labelScale = this.builtLabelScale = opts.labelScale ?? 1;
		this.map = createMap(opts, this.tokens, this.labelScale);
		this.states = new FeatureStates(
			this.map,
			() => ({ places: this.opts.places, links: this.opts.links, lookup: this.lookup }),
			{
				range: opts.years,
				shown: opts.shown ?? DEFAULT_SHOWN,
				events: opts.camera.zoom >= EVENTS_ZOOM
			},
			opts.onflows
		);
		this.pointer = new LazyPointer({
			map: this.map,
			lookup: () => this.lookup,
			range: () => this.states.range,
			linkShown: (id) => this.states.linkShown(id),
			linkInFlow: (id) => this.states.linkInFlow(id),
			ready: () => this.styleReady,
			onselect: opts.onselect,
			onhover: opts.onhover,
			onhoverlinks: opts.onhoverlinks
		});
		this.camera = new MapCamera(
			this.map,
			() => this.lookup,
			() => this.selection,
			opts.atHome
		);
		this.resizeObserver = new ResizeObserver(this.onContainerResize);
		this.resizeObserver.observe(opts.container);
		this.map.on('zoom', this.onZoom);
		// Feature-state survives only on loaded sources: (re)apply when the basemap arrives.
		this.map.on('sourcedata', this.onSourceData);
		this.map.once('style.load', this.onStyleLoad);
		// MapLibre rebuilds the style after a restored WebGL context but drops feature-state.
		this.unwatchContext = watchWebglContext(this.map, {
			onrestored: () => {
				this.pointer.forgetHovered();
				this.states.applyCounts(true);
				this.applySelectionState();
			}
		});
	}

	/** Resize in the task after the frame that changed the layout (the panel paints first). */
	private onContainerResize = () => {
		if (this.resizeTimer !== null) return;
		this.resizeTimer = setTimeout(() => {
			this.resizeTimer = null;
			this.map.resize();
			this.map.triggerRepaint();
		}, 0);
	};

	/** Props may change before the style is ready: catch up once it is. */
	private onStyleLoad = () => {
		this.styleReady = true;
		if (this.tokens.theme !== this.builtTheme)
			applyTheme(asStyleTarget(this.map), this.tokens, this.labelScale);
		else if (this.labelScale !== this.builtLabelScale)
			applyLabelScale(asStyleTarget(this.map), this.tokens, this.labelScale);
		if (this.dataChanged) this.replaceData();
		else if (this.states.stale()) this.applyYears();
		this.states.applyCounts();
		this.applySelectionState();
	};

	private onSourceData = (e: { sourceId?: string; sourceDataType?: string }) => {
		if (
			e.sourceDataType === 'metadata' &&
			(e.sourceId === SOURCES.countries || e.sourceId === SOURCES.regions)
		) {
			this.states.applyCounts();
			this.applySelectionState();
		}
	};

	/** Crossing EVENTS_ZOOM swaps the flows for the events they stand for, or back. */
	private onZoom = () => {
		const events = this.map.getZoom() >= EVENTS_ZOOM;
		if (events === this.states.events) return;
		this.states.events = events;
		if (this.styleReady) this.states.apply();
	};

	/**
	 * Apply a year range: feature-state (places, links, polygon counts); the label filter follows
	 * once the range rests. Returns true when the map has to redraw.
	 */
	setYears(range: YearRange | null): boolean {
		const same = sameRange(range, this.states.range);
		this.states.range = range;
		if (same || !this.styleReady) return false;
		this.applyYears();
		return true;
	}

	/**
	 * Show or hide uncertain and not-held links and link types (feature-state, like the year range).
	 * Returns true when the map has to redraw.
	 */
	setShown(shown: LinksShown): boolean {
		const same = sameShown(shown, this.states.shown);
		this.states.shown = shown;
		if (same || !this.styleReady) return false;
		this.applyYears();
		return true;
	}

	private applyYears(): void {
		// What was under the pointer may be filtered out: drop the stale hover and tooltip.
		this.pointer.clearHover();
		this.states.apply();
	}

	/**
	 * Apply a theme by setting paint and layout properties (the style is not rebuilt).
	 * Returns true when the map has to redraw.
	 */
	setTheme(theme: Theme): boolean {
		if (theme === this.tokens.theme) return false;
		this.tokens = themeTokens(theme);
		this.pointer.forgetHit(); // marker sizes follow the theme's stroke scale
		if (!this.styleReady) return false;
		applyTheme(asStyleTarget(this.map), this.tokens, this.labelScale);
		return true;
	}

	/**
	 * Grow or shrink the labels and place markers in place (only the properties that scale).
	 * Returns true when the map has to redraw.
	 */
	setLabelScale(scale: number): boolean {
		if (scale === this.labelScale) return false;
		this.labelScale = scale;
		this.pointer.forgetHit();
		if (!this.styleReady) return false;
		applyLabelScale(asStyleTarget(this.map), this.tokens, scale);
		return true;
	}

	/**
	 * New data (a re-ingest while the page is open): the only time sources are replaced.
	 * Returns true when the map has to redraw.
	 */
	setData(places: PlacesCollection, links: LinksCollection): boolean {
		if (places === this.opts.places && links === this.opts.links) return false;
		this.opts = { ...this.opts, places, links };
		this.lookup = buildLookup(places, links);
		this.dataChanged = true;
		if (!this.styleReady) return false;
		this.replaceData();
		return true;
	}

	private replaceData(): void {
		const { places, links } = this.opts;
		this.dataChanged = false;
		this.map.getSource<GeoJSONSource>(SOURCES.places)?.setData(preparePlaces(places, links));
		this.states.reset();
		this.dimmed = NOTHING_DIMMED;
		this.applyYears();
		this.applySelectionState();
	}

	setSelection(sel: Selection): void {
		this.selection = sel;
		if (this.styleReady) this.selectionLater.schedule();
	}

	private applySelectionState(): void {
		const next = featureForSelection(this.selection, this.lookup);
		if (this.selected && this.map.getSource(this.selected.source))
			this.map.setFeatureState(this.selected, { [STATE.selected]: false });
		this.selected = next;
		if (next && this.map.getSource(next.source))
			this.map.setFeatureState(next, { [STATE.selected]: true });
		const focus = focusOf(this.selection, this.lookup);
		this.dimmed = applyFocus(
			asStyleTarget(this.map),
			focus,
			{
				places: [...this.lookup.places.keys(), ...this.lookup.ends.keys()],
				links: this.lookup.links.keys()
			},
			this.dimmed
		);
		// At the overview, the flows holding the selection's links give way to those links.
		this.states.focusLinks = focus?.links ?? null;
		if (this.states.viewStale()) this.states.apply();
	}

	/**
	 * Whether a link is drawn under the year range and choices applied: as its own arc, or counted
	 * in its flow (whose links are not in the links source and carry no feature-state).
	 */
	linkShown(id: string): boolean {
		return this.states.linkShown(id);
	}

	/** A link pointed at outside the map (the event feed). Returns true when the map has to redraw. */
	highlightLink(id: string | null): boolean {
		return this.pointer.highlightLink(id);
	}

	setPixelRatio(ratio: number): void {
		if (this.map.getPixelRatio() !== ratio) this.map.setPixelRatio(ratio);
	}

	getCamera(): Camera {
		return this.camera.getCamera();
	}

	/** The API handed to the page (search, tour, URL restore, saving the view). */
	api(): MapApi {
		const camera = this.camera;
		return {
			flyToPlace: (id) => camera.flyToPlace(id),
			fitToIds: (ids) => camera.fitToIds(ids),
			setCamera: (c, o) => camera.setCamera(c, o),
			getCamera: () => camera.getCamera(),
			setBottomInset: (px) => camera.setBottomInset(px),
			setLeftInset: (px) => camera.setLeftInset(px),
			getBounds: () => camera.getBounds(),
			// Its code is fetched with the first "Save this view", like the image's composition.
			captureCanvas: () => import('./capture').then((m) => m.captureMapCanvas(this.map))
		};
	}

	destroy(): void {
		this.resizeObserver.disconnect();
		if (this.resizeTimer !== null) clearTimeout(this.resizeTimer);
		this.selectionLater.cancel();
		this.states.cancel();
		this.unwatchContext();
		this.pointer.destroy();
		this.camera.destroy();
		this.map.off('zoom', this.onZoom);
		this.map.off('sourcedata', this.onSourceData);
		this.map.remove();
	}
}
