/**
 * MapController: every imperative MapLibre call of the app, behind a small surface MapView drives
 * from its props (theme, years, selection, data, pixel ratio). Year changes set only the
 * feature-state that changed (no filter, paint property or source: no tile is re-laid out).
 * Hover/click are handled here and reported through callbacks.
 */
import {
	AttributionControl,
	LngLatBounds,
	Map as MapLibreMap,
	NavigationControl,
	type MapMouseEvent,
	type MapGeoJSONFeature,
	type GeoJSONSource
} from 'maplibre-gl';
import type { FeatureCollection, LineString } from 'geojson';
import type { LinksCollection, PlacesCollection } from '$lib/data/schema';
import { themeTokens, type ThemeTokens } from '$lib/config/tokens';
import {
	ALL_SHOWN,
	DEFAULT_SHOWN,
	type Camera,
	type LinksShown,
	type MapApi,
	type Selection,
	type Theme,
	type YearRange
} from '$lib/state/types';
import { IMAGES, INTERACTIVE_LAYERS, LAYERS, SOURCES, STATE, YEAR_SOURCES } from './ids';
import {
	applyFocus,
	applyLabelScale,
	applyPolygonCounts,
	applyTheme,
	applyYearStates,
	NOTHING_DIMMED,
	placeLabelFilter,
	type Dimmed,
	type StyleTarget
} from './apply';
import {
	polygonCounts,
	prepareFlows,
	prepareLinks,
	preparePlaces,
	type MapLinkProps
} from './prepare';
import {
	EVENTS_VIEW,
	drawnLinks,
	sameView,
	yearStates,
	type MapView,
	type YearStates
} from './year-states';
import { EVENTS_ZOOM } from './flows';
import { buildStyle } from './style';
import {
	buildLookup,
	coordsOf,
	featureForSelection,
	focusOf,
	selectionForHit,
	sourceOfLayer,
	tooltipFor,
	type MapLookup,
	type TooltipText
} from './lookup';
import { arrowImage } from './arrow';
import { coveredByInset } from './inset';
import { watchWebglContext } from './webgl-recovery';

interface MapUrls {
	countries: string;
	regions: string;
	font: string;
}

export interface ControllerOptions {
	container: HTMLElement;
	urls: MapUrls;
	places: PlacesCollection;
	links: LinksCollection;
	years: YearRange | null;
	/** Which uncertain and not-held links are drawn (default DEFAULT_SHOWN). */
	shown?: LinksShown;
	theme: Theme;
	camera: Camera;
	pixelRatio: number;
	/** Multiplier of the map's label sizes and place markers (1 = desk size). */
	labelScale?: number;
	/** Extra attribution (the articles' outlets). */
	attribution: string[];
	onselect: (s: Selection) => void;
	onhover: (t: (TooltipText & { x: number; y: number }) | null) => void;
	/** The links under the pointer: an arc's own, or all a flow stands for (none: nothing). */
	onhoverlinks?: (ids: readonly string[]) => void;
}

type FeatureRef = { source: string; id: string | number };

function sameShown(a: LinksShown, b: LinksShown): boolean {
	return (
		a.uncertain === b.uncertain &&
		a.notHeld === b.notHeld &&
		a.hiddenTypes.join() === b.hiddenTypes.join()
	);
}

/** How long the year range must rest before hidden place labels give up their room. */
const LABEL_SETTLE_MS = 300;

/** Runs a task once calls to `schedule` have stopped for `ms` (trailing debounce). */
class Settled {
	private timer: ReturnType<typeof setTimeout> | null = null;

	constructor(
		private ms: number,
		private task: () => void
	) {}

	schedule(): void {
		this.cancel();
		this.timer = setTimeout(() => {
			this.timer = null;
			this.task();
		}, this.ms);
	}

	cancel(): void {
		if (this.timer !== null) clearTimeout(this.timer);
		this.timer = null;
	}
}

/** The topmost interactive feature under the pointer (see hitAt). */
type Hit = {
	hit: { layer: string; id: string | number | undefined };
	feature: MapGeoJSONFeature;
} | null;

/**
 * Runs a task once, in the first task after the next frame, so that frame (the panel, the year
 * change) is not delayed by it. Scheduling again before it runs does nothing: it runs once, with
 * the state of that moment.
 */
class AfterFrame {
	private frame: number | null = null;
	private timer: ReturnType<typeof setTimeout> | null = null;

	constructor(private task: () => void) {}

	schedule(): void {
		if (this.frame !== null || this.timer !== null) return;
		this.frame = requestAnimationFrame(() => {
			this.frame = null;
			this.timer = setTimeout(() => {
				this.timer = null;
				this.task();
			}, 0);
		});
	}

	cancel(): void {
		if (this.frame !== null) cancelAnimationFrame(this.frame);
		if (this.timer !== null) clearTimeout(this.timer);
		this.frame = this.timer = null;
	}
}

/**
 * The map, with `queryRenderedFeatures` leaving out what is not drawn: places and links the year
 * range hides, links drawn as part of their flow and flows not drawn stay in their tiles with zero
 * opacity (feature-state `off`, `agg`, a flow's `count` of 0: a year change needs no re-layout),
 * and are not "rendered" for hit tests, tooltips or anyone querying the map.
 */
class ParleyMap extends MapLibreMap {
	override queryRenderedFeatures(
		geometryOrOptions?: Parameters<MapLibreMap['queryRenderedFeatures']>[0],
		options?: Parameters<MapLibreMap['queryRenderedFeatures']>[1]
	): MapGeoJSONFeature[] {
		return super
			.queryRenderedFeatures(geometryOrOptions, options)
			.filter((f) =>
				f.source === SOURCES.flows
					? Number(f.state?.[STATE.count] ?? 0) > 0
					: f.state?.[STATE.off] !== true && f.state?.[STATE.agg] !== true
			);
	}
}

/** Half-size in px of the box queried under the pointer: thin arcs stay easy to hit. */
const HIT_TOLERANCE = 4;

export class MapController {
	readonly map: MapLibreMap;
	private lookup: MapLookup;
	private range: YearRange | null;
	private tokens: ThemeTokens;
	private styleReady = false;
	private dataChanged = false;
	private builtTheme: Theme;
	/** The label scale asked for, and the one the style was built with. */
	private labelScale: number;
	private builtLabelScale: number;
	private builtRange: YearRange | null;
	private shown: LinksShown;
	/** The certainty choices the feature-state last applied reflects. */
	private builtShown: LinksShown;
	/** Zoomed in past EVENTS_ZOOM: events drawn one by one, no flows (see flows.ts). */
	private events: boolean;
	/** The links connected to the selection (`focusOf`): their flows are drawn one link at a time. */
	private focusLinks: ReadonlySet<string> | null = null;
	/** The view the feature-state last applied reflects. */
	private builtView: MapView = EVENTS_VIEW;
	/** Year feature-state set on places and links (initially the style's all-years defaults). */
	private states: YearStates;
	private hovered: FeatureRef | null = null;
	private selected: FeatureRef | null = null;
	private selection: Selection = null;
	private counted: { countries: Set<string>; regions: Set<string> } = {
		countries: new Set(),
		regions: new Set()
	};
	/** Stops watching for a lost WebGL context. */
	private unwatchContext: () => void;

	constructor(private opts: ControllerOptions) {
		this.lookup = buildLookup(opts.places, opts.links);
		this.range = opts.years;
		this.tokens = themeTokens(opts.theme);
		this.builtTheme = opts.theme;
		this.labelScale = opts.labelScale ?? 1;
		this.builtLabelScale = this.labelScale;
		this.builtRange = null;
		this.shown = opts.shown ?? DEFAULT_SHOWN;
		// The style draws every link until feature-state says otherwise.
		this.builtShown = ALL_SHOWN;
		this.events = opts.camera.zoom >= EVENTS_ZOOM;
		this.states = yearStates(opts.places, opts.links, null, ALL_SHOWN);
		this.linksDrawnKey = '';
		const style = buildStyle({
			tokens: this.tokens,
			labelScale: this.labelScale,
			countriesUrl: opts.urls.countries,
			regionsUrl: opts.urls.regions,
			fontUrl: opts.urls.font,
			places: preparePlaces(opts.places, opts.links),
			// The view's links are set with the first states; until then the flows stand for them.
			links: { type: 'FeatureCollection', features: [] },
			flows: prepareFlows(opts.links)
		});
		this.map = new ParleyMap({
			container: opts.container,
			style,
			center: opts.camera.center,
			zoom: opts.camera.zoom,
			bearing: opts.camera.bearing ?? 0,
			pitch: opts.camera.pitch ?? 0,
			pixelRatio: opts.pixelRatio,
			attributionControl: false,
			maxPitch: 60,
			// Labels appear and go at once: a fade is a run of whole-map redraws, which on a machine
			// without a GPU costs more (first idle, the labels' re-placement after a year change) than
			// it gives.
			fadeDuration: 0,
			// MapLibre redraws synchronously inside its ResizeObserver, i.e. inside the very frame
			// that shows the excerpt panel: resized from our own observer, after that frame.
			trackResize: false
		});
		this.resizeObserver = new ResizeObserver(this.onContainerResize);
		this.resizeObserver.observe(opts.container);
		this.map.addControl(
			new AttributionControl({ compact: true, customAttribution: opts.attribution }),
			'bottom-right'
		);
		this.map.addControl(new NavigationControl({ showCompass: true }), 'top-right');
		const arrow = arrowImage();
		this.map.addImage(IMAGES.arrow, arrow, { sdf: true, pixelRatio: 2 });
		this.map.getCanvasContainer().addEventListener('pointerdown', this.onPointer, true);
		this.map.getCanvasContainer().addEventListener('pointermove', this.onPointer, true);
		this.map.on('mousemove', this.onMove);
		this.map.on('mouseout', this.clearHover);
		this.map.on('click', this.onClick);
		// The pixels under a tooltip change when the map moves or resizes (the panel opening).
		this.map.on('movestart', this.clearHover);
		this.map.on('resize', this.clearHover);
		this.map.on('zoom', this.onZoom);
		// Feature-state survives only on loaded sources: (re)apply when the basemap arrives.
		this.map.on('sourcedata', this.onSourceData);
		this.map.once('style.load', this.onStyleLoad);
		// MapLibre rebuilds the style after a restored WebGL context but drops feature-state.
		this.unwatchContext = watchWebglContext(this.map, {
			onrestored: () => {
				this.hovered = null;
				this.applyCounts();
				this.applySelectionState();
			}
		});
	}

	private resizeObserver: ResizeObserver;
	private resizeTimer: ReturnType<typeof setTimeout> | null = null;

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
			applyTheme(this.target(), this.tokens, this.labelScale);
		else if (this.labelScale !== this.builtLabelScale)
			applyLabelScale(this.target(), this.tokens, this.labelScale);
		if (this.dataChanged) this.replaceData();
		else if (
			this.range !== this.builtRange ||
			!sameShown(this.shown, this.builtShown) ||
			!sameView(this.view(), this.builtView)
		)
			this.applyYears();
		this.applyCounts();
		this.applySelectionState();
	};

	private onSourceData = (e: {
		sourceId?: string;
		isSourceLoaded?: boolean;
		sourceDataType?: string;
	}) => {
		if (
			e.sourceDataType === 'metadata' &&
			(e.sourceId === SOURCES.countries || e.sourceId === SOURCES.regions)
		) {
			this.applyCounts();
			this.applySelectionState();
		}
	};

	/**
	 * Apply a year range: feature-state (places, links, polygon counts); the label filter follows once the range rests.
	 * Returns true when the map has to redraw.
	 */
	setYears(range: YearRange | null): boolean {
		const same =
			range === this.range ||
			(range !== null &&
				this.range !== null &&
				range.from === this.range.from &&
				range.to === this.range.to);
		this.range = range;
		if (same || !this.styleReady) return false;
		this.applyYears();
		return true;
	}

	/**
	 * Show or hide uncertain and not-held links and link types (feature-state, like the year range).
	 * Returns true when the map has to redraw.
	 */
	setShown(shown: LinksShown): boolean {
		const same = sameShown(shown, this.shown);
		this.shown = shown;
		if (same || !this.styleReady) return false;
		this.applyYears();
		return true;
	}

	/** Crossing EVENTS_ZOOM swaps the flows for the events they stand for, or back. */
	private onZoom = () => {
		const events = this.map.getZoom() >= EVENTS_ZOOM;
		if (events === this.events) return;
		this.events = events;
		if (this.styleReady) this.applyStates();
	};

	private view(): MapView {
		return { events: this.events, focus: this.events ? null : this.focusLinks };
	}

	private applyYears(): void {
		// What was under the pointer may be filtered out: drop the stale hover and tooltip.
		this.clearHover();
		this.applyStates();
	}

	/** Sets the feature-state of the year range, the choices, the zoom and the selection's flows. */
	private applyStates(): void {
		const view = this.view();
		const next = yearStates(
			this.opts.places,
			this.opts.links,
			this.range,
			this.shown,
			view,
			this.states
		);
		applyYearStates(this.target(), next, this.states);
		this.states = next;
		this.builtRange = this.range;
		this.builtShown = this.shown;
		this.builtView = view;
		this.applyDrawnLinks();
		this.applyCounts();
		this.labelsLater.schedule();
	}

	/** Every link as the links source takes it (prepared once per corpus; see drawnLinks). */
	private allLinks: FeatureCollection<LineString, MapLinkProps> | null = null;
	/** Which links the links source holds now (drawnLinks' key; null: to be set). */
	private linksDrawnKey: string | null;

	/** The links source holds what the view draws: all links zoomed in, the selection's at the overview. */
	private applyDrawnLinks(): void {
		this.allLinks ??= prepareLinks(this.opts.links);
		const { key, data } = drawnLinks(this.allLinks, this.lookup.flowOfLink, this.builtView);
		if (key === this.linksDrawnKey) return;
		this.linksDrawnKey = key;
		this.map.getSource<GeoJSONSource>(SOURCES.links)?.setData(data);
	}

	/** The place-label filter last set (see placeLabelFilter): '' is the style's own. */
	private labelFilterKey = '';

	/**
	 * Frees the room of hidden place labels once the year range has rested for LABEL_SETTLE_MS:
	 * re-laying out the places source and re-placing the labels costs several frames of work, which
	 * a scrub through the years or the play button would otherwise pay at every step.
	 */
	private labelsLater = new Settled(LABEL_SETTLE_MS, () => {
		const { filter, key } = placeLabelFilter(this.states);
		if (key === this.labelFilterKey || !this.map.getLayer(LAYERS.placeLabel)) return;
		this.labelFilterKey = key;
		this.map.setFilter(LAYERS.placeLabel, filter);
	});

	private applyCounts(): void {
		this.counted = applyPolygonCounts(
			this.target(),
			polygonCounts(this.opts.places, this.range),
			this.counted
		);
	}

	/**
	 * Apply a theme by setting paint and layout properties (the style is not rebuilt).
	 * Returns true when the map has to redraw.
	 */
	setTheme(theme: Theme): boolean {
		if (theme === this.tokens.theme) return false;
		this.tokens = themeTokens(theme);
		this.lastHit = null; // marker sizes follow the theme's stroke scale
		if (!this.styleReady) return false;
		applyTheme(this.target(), this.tokens, this.labelScale);
		return true;
	}

	/**
	 * Grow or shrink the labels and place markers in place (only the properties that scale).
	 * Returns true when the map has to redraw.
	 */
	setLabelScale(scale: number): boolean {
		if (scale === this.labelScale) return false;
		this.labelScale = scale;
		this.lastHit = null;
		if (!this.styleReady) return false;
		applyLabelScale(this.target(), this.tokens, scale);
		return true;
	}

	/** The map as the loosely typed target of apply.ts (property names come from style.ts). */
	private target(): StyleTarget {
		return this.map as unknown as StyleTarget;
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
		this.allLinks = null;
		this.map.getSource<GeoJSONSource>(SOURCES.flows)?.setData(prepareFlows(links));
		// Start the year states again from the defaults, for the new features.
		for (const source of YEAR_SOURCES) this.map.removeFeatureState({ source });
		this.states = yearStates(places, links, null, ALL_SHOWN);
		this.builtView = EVENTS_VIEW;
		// New data: the links source is filled again at the next state (applyYears below).
		this.linksDrawnKey = null;
		this.dimmed = NOTHING_DIMMED;
		this.applyYears();
		this.applySelectionState();
	}

	setSelection(sel: Selection): void {
		this.selection = sel;
		// Highlighted once the frame that shows the excerpt panel (opened by the same click) is on
		// screen: a feature-state change makes MapLibre redraw the whole map inside that very frame,
		// delaying the panel. The resize the panel causes lands in the same later redraw.
		if (this.styleReady) this.selectionLater.schedule();
	}

	private selectionLater = new AfterFrame(() => this.applySelectionState());

	/** Places and links drawn faint because the selection is not connected to them. */
	private dimmed: Dimmed = NOTHING_DIMMED;

	private applySelectionState(): void {
		const next = featureForSelection(this.selection, this.lookup);
		if (this.selected && this.map.getSource(this.selected.source))
			this.map.setFeatureState(this.selected, { [STATE.selected]: false });
		this.selected = next;
		if (next && this.map.getSource(next.source))
			this.map.setFeatureState(next, { [STATE.selected]: true });
		const focus = focusOf(this.selection, this.lookup);
		this.dimmed = applyFocus(
			this.target(),
			focus,
			{
				places: [...this.lookup.places.keys(), ...this.lookup.ends.keys()],
				links: this.lookup.links.keys()
			},
			this.dimmed
		);
		// At the overview, the flows holding the selection's links give way to those links.
		this.focusLinks = focus?.links ?? null;
		if (!sameView(this.view(), this.builtView)) this.applyStates();
	}

	setPixelRatio(ratio: number): void {
		if (this.map.getPixelRatio() !== ratio) this.map.setPixelRatio(ratio);
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

	/**
	 * The hit under the pointer at its last move: a click where the pointer rests (the usual case)
	 * reuses it instead of querying the rendered features again. Dropped whenever what is drawn
	 * under a still pointer can change (see clearHover).
	 */
	private lastHit: { x: number; y: number; found: Hit } | null = null;

	/**
	 * Whether the last pointer was a finger. A tap also sends the mouse events a hover listens to;
	 * on a finger they would leave a tooltip and a hovered feature behind, with no pointer to move
	 * away from them (the panel the tap opens says what the tooltip would).
	 */
	private touch = false;

	private onPointer = (e: PointerEvent) => {
		this.touch = e.pointerType === 'touch';
	};

	private onMove = (e: MapMouseEvent) => {
		const found = this.hitAt(e);
		this.lastHit = { x: e.point.x, y: e.point.y, found };
		if (this.touch) return this.clearHoverKeepHit();
		const source = found ? sourceOfLayer(found.hit.layer) : null;
		const ref = found && source && found.hit.id !== undefined ? { source, id: found.hit.id } : null;
		const text = found
			? tooltipFor(
					found.hit,
					this.lookup,
					this.range,
					(id) => this.states.links.get(id)?.[STATE.off] === false
				)
			: null;
		const interactive = !!found && !!selectionForHit(found.hit, this.lookup);
		if (!ref || ref.source !== this.hovered?.source || ref.id !== this.hovered?.id) {
			if (this.hovered) this.map.setFeatureState(this.hovered, { [STATE.hover]: false });
			this.hovered = interactive ? ref : null;
			if (this.hovered) this.map.setFeatureState(this.hovered, { [STATE.hover]: true });
		}
		this.map.getCanvas().style.cursor = interactive ? 'pointer' : '';
		this.opts.onhover(text ? { ...text, x: e.point.x, y: e.point.y } : null);
		this.reportHoverLinks(this.hovered);
	};

	/** The links last reported under the pointer (see onhoverlinks), as a key. */
	private hoverLinksKey = '';

	private reportHoverLinks(ref: FeatureRef | null): void {
		const ids =
			ref?.source === SOURCES.links
				? [String(ref.id)]
				: ref?.source === SOURCES.flows
					? (this.lookup.flows.get(String(ref.id))?.links ?? []).filter(
							(id) => this.states.links.get(id)?.[STATE.off] === false
						)
					: [];
		const key = ids.join('\n');
		if (key === this.hoverLinksKey) return;
		this.hoverLinksKey = key;
		this.opts.onhoverlinks?.(ids);
	}

	/** A link pointed at outside the map (the event feed): its arc, or its flow, drawn hovered. */
	private highlighted: FeatureRef | null = null;

	/** Returns true when the map has to redraw. */
	highlightLink(id: string | null): boolean {
		const before = this.highlighted;
		if (before && this.map.getSource(before.source))
			this.map.setFeatureState(before, { [STATE.hover]: false });
		this.highlighted = null;
		const own = id === null ? undefined : this.states.links.get(id);
		if (id !== null && this.styleReady && own && own[STATE.off] !== true) {
			const flow = own[STATE.agg] === true ? this.lookup.flowOfLink.get(id) : undefined;
			this.highlighted = flow ? { source: SOURCES.flows, id: flow } : { source: SOURCES.links, id };
			this.map.setFeatureState(this.highlighted, { [STATE.hover]: true });
		}
		return before !== null || this.highlighted !== null;
	}

	private clearHover = () => {
		this.lastHit = null;
		this.clearHoverKeepHit();
	};

	private clearHoverKeepHit(): void {
		if (this.hovered) this.map.setFeatureState(this.hovered, { [STATE.hover]: false });
		this.hovered = null;
		this.map.getCanvas().style.cursor = '';
		this.opts.onhover(null);
		this.reportHoverLinks(null);
	}

	private onClick = (e: MapMouseEvent) => {
		const last = this.lastHit;
		const found = last && last.x === e.point.x && last.y === e.point.y ? last.found : this.hitAt(e);
		this.opts.onselect(selectionForHit(found?.hit ?? null, this.lookup));
	};

	/** The height of what covers the map's bottom (the bottom sheet), in CSS px; 0 = nothing. */
	private bottomInset = 0;
	private insetWaiting = false;

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
		const duration =
			typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
				? 0
				: 300;
		// A place by its point, a link by the middle of its arc (where its highlight shows).
		const sel = this.selection;
		const coords = sel && sel.type !== 'party' ? coordsOf(this.lookup, sel.id) : [];
		const anchor = coords[Math.floor(coords.length / 2)];
		const canvas = this.map.getCanvas();
		const size = { width: canvas.clientWidth, height: canvas.clientHeight };
		if (anchor && coveredByInset(this.map.project(anchor), size, from, to))
			this.map.easeTo({ padding, center: anchor, duration });
		else this.map.easeTo({ padding, duration });
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

	/** The API handed to the page (search, tour, URL restore). */
	api(): MapApi {
		const reduced = () =>
			typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
		return {
			flyToPlace: (placeId) => {
				const p = this.lookup.places.get(placeId);
				const c = coordsOf(this.lookup, placeId)[0];
				if (!p || !c) return;
				const zoom =
					p.kind === 'country' ? 4.5 : p.kind === 'city' || p.kind === 'other' ? 6.5 : 5.5;
				this.map.flyTo({
					center: c,
					zoom: Math.max(zoom, 0),
					essential: false,
					duration: reduced() ? 0 : 1200
				});
			},
			fitToIds: (ids) => {
				const bounds = new LngLatBounds();
				for (const id of ids) for (const c of coordsOf(this.lookup, id)) bounds.extend(c);
				if (bounds.isEmpty()) return;
				this.map.fitBounds(bounds, { padding: 80, maxZoom: 6.5, duration: reduced() ? 0 : 1000 });
			},
			setCamera: (cam, o) => {
				const options = {
					center: cam.center,
					zoom: cam.zoom,
					bearing: cam.bearing ?? 0,
					pitch: cam.pitch ?? 0
				};
				// The tour's moves: a smooth flight (zooms out and in), of a fixed length.
				if (o?.animate && !reduced())
					this.map.flyTo({ ...options, essential: false, duration: 1600 });
				else this.map.jumpTo(options);
			},
			getCamera: () => this.getCamera(),
			setBottomInset: (px) => this.setBottomInset(px),
			getBounds: () => {
				const b = this.map.getBounds();
				return { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
			}
		};
	}

	destroy(): void {
		this.resizeObserver.disconnect();
		if (this.resizeTimer !== null) clearTimeout(this.resizeTimer);
		this.selectionLater.cancel();
		this.labelsLater.cancel();
		this.unwatchContext();
		this.map.getCanvasContainer().removeEventListener('pointerdown', this.onPointer, true);
		this.map.getCanvasContainer().removeEventListener('pointermove', this.onPointer, true);
		this.map.off('mousemove', this.onMove);
		this.map.off('mouseout', this.clearHover);
		this.map.off('click', this.onClick);
		this.map.off('movestart', this.clearHover);
		this.map.off('resize', this.clearHover);
		this.map.off('zoom', this.onZoom);
		this.map.off('sourcedata', this.onSourceData);
		this.map.remove();
	}
}
