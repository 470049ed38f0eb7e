/**
 * MapController: the one owner of the MapLibre map, behind a small surface MapView drives from its
 * props (theme, years, choices, selection, data, pixel ratio). It composes four parts:
 * `FeatureStates` (scheduling.ts: year steps and the other feature-state, when it is applied),
 * `SelectionStates` (selection-states.ts: the selection's highlight, focus and events; fetched
 * with the first selection, like the article text),
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
import { LAYERS, SOURCES } from './ids';
import { applyLabelScale, applyTheme, asStyleTarget } from './apply';
import { preparePlaces } from './prepare';
import { eventsZoom } from './flows';
import { placeLabelField } from './expressions';
import { buildLookup, type MapLookup } from './lookup';
import type { TooltipText } from './hit';
import { watchWebglContext } from './webgl-recovery';
import { FeatureStates } from './scheduling';
import { sameRange, sameShown } from './state-parts';
import type { SelectionStates } from './selection-states';
import { LazyPointer } from './pointer';
import { createMap, type ParleyMap } from './create-map';
import { MapCamera, mapApi } from './camera';

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
	/** From this zoom the events are drawn one by one (`eventsZoom`: later for a bigger corpus). */
	private eventsZoom: number;
	private styleReady = false;
	/** New data arrived before the style loaded: replaced once it has. */
	private dataChanged = false;
	/** The selection asked for; drawn by `selectionStates` once its code is here. */
	private selection: Selection = null;
	/** The selection's highlight, focus and events (selection-states.ts; null until fetched). */
	private selectionStates: SelectionStates | null = null;
	private selectionLoading = false;
	private destroyed = false;
	private resizeObserver: ResizeObserver;
	private resizeTimer: ReturnType<typeof setTimeout> | null = null;
	/** Stops watching for a lost WebGL context. */
	private unwatchContext: () => void;

	constructor(private opts: ControllerOptions) {
		this.lookup = buildLookup(opts.places, opts.links);
		this.tokens = themeTokens(opts.theme);
		this.builtTheme = opts.theme;
		this.labelScale = this.builtLabelScale = opts.labelScale ?? 1;
		this.eventsZoom = eventsZoom(opts.links.features.length);
		this.map = createMap(opts, this.tokens, this.labelScale, this.eventsZoom);
		this.states = new FeatureStates(
			this.map,
			() => ({ places: this.opts.places, links: this.opts.links, lookup: this.lookup }),
			{
				range: opts.years,
				shown: opts.shown ?? DEFAULT_SHOWN,
				events: this.drawsEventsAt(opts.camera.zoom)
			},
			opts.onflows
		);
		this.pointer = new LazyPointer({
			map: this.map,
			lookup: () => this.lookup,
			range: () => this.states.range,
			linkShown: (id) => this.states.linkShown(id),
			linkInFlow: (id) => this.states.linkInFlow(id),
			events: () => this.states.events,
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
				this.selectionStates?.applyNow();
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
			applyTheme(asStyleTarget(this.map), this.tokens, this.labelScale, this.eventsZoom);
		else if (this.labelScale !== this.builtLabelScale)
			applyLabelScale(asStyleTarget(this.map), this.tokens, this.labelScale);
		if (this.dataChanged) this.replaceData();
		else if (this.states.stale()) this.applyYears();
		this.states.applyCounts();
		this.selectionStates?.applyNow();
	};

	private onSourceData = (e: { sourceId?: string; sourceDataType?: string }) => {
		if (
			e.sourceDataType === 'metadata' &&
			(e.sourceId === SOURCES.countries || e.sourceId === SOURCES.regions)
		) {
			this.states.applyCounts();
			this.selectionStates?.applyNow();
		}
	};

	/** Whether at this zoom the events are drawn one by one, not their flows. */
	private drawsEventsAt(zoom: number): boolean {
		return zoom >= this.eventsZoom;
	}

	/** Crossing `eventsZoom` swaps the flows for the events they stand for, or back. */
	private onZoom = () => {
		const events = this.drawsEventsAt(this.map.getZoom());
		if (events === this.states.events) return;
		this.states.events = events;
		if (!this.styleReady) return;
		this.states.apply();
		this.selectionStates?.redim();
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
		applyTheme(asStyleTarget(this.map), this.tokens, this.labelScale, this.eventsZoom);
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
		this.eventsZoom = eventsZoom(links.features.length);
		asStyleTarget(this.map).setLayoutProperty(
			LAYERS.placeLabel,
			'text-field',
			placeLabelField(this.eventsZoom)
		);
		this.states.events = this.drawsEventsAt(this.map.getZoom());
		this.states.reset();
		this.selectionStates?.reset();
		this.applyYears();
		this.selectionStates?.applyNow();
	}

	setSelection(sel: Selection): void {
		this.selection = sel;
		if (!this.selectionStates) {
			// Nothing was ever selected: nothing to draw or to clear until something is.
			if (sel) this.loadSelection();
			return;
		}
		if (this.styleReady) this.selectionStates.schedule(sel);
		else this.selectionStates.set(sel);
	}

	/** Fetches the selection's code (once; again at the next selection after a failure). */
	private loadSelection = (): void => {
		if (this.selectionLoading) return;
		this.selectionLoading = true;
		import('./selection-states').then(
			({ SelectionStates }) => {
				if (this.destroyed) return;
				const s = new SelectionStates(asStyleTarget(this.map), this.states, () => this.lookup);
				this.selectionStates = s;
				if (this.styleReady) s.schedule(this.selection);
				else s.set(this.selection);
			},
			() => (this.selectionLoading = false)
		);
	};

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
		return mapApi(this.camera, this.map);
	}

	destroy(): void {
		this.destroyed = true;
		this.resizeObserver.disconnect();
		if (this.resizeTimer !== null) clearTimeout(this.resizeTimer);
		this.selectionStates?.cancel();
		this.states.cancel();
		this.unwatchContext();
		this.pointer.destroy();
		this.camera.destroy();
		this.map.off('zoom', this.onZoom);
		this.map.off('sourcedata', this.onSourceData);
		this.map.remove();
	}
}
