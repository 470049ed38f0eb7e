/**
 * When the map's feature-state changes, and what it changes to. A year step, a certainty choice,
 * the zoom crossing EVENTS_ZOOM or a selection at the overview all end in `FeatureStates.apply`:
 * the states are computed from the ones before them (year-states.ts) and only the differences
 * reach MapLibre (apply.ts). The small timers here keep costly work out of the frame that shows a
 * change: the selection's highlight waits for the frame after the panel opens, the place-label
 * filter for the year range to rest.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { LinksCollection, PlacesCollection } from '$lib/data/schema';
import { ALL_SHOWN, type FlowsDrawn, type LinksShown, type YearRange } from '$lib/state/types';
import { LAYERS, SOURCES, YEAR_SOURCES } from './ids';
import {
	applyPolygonCounts,
	applyYearStates,
	asStyleTarget,
	NOTHING_COUNTED,
	placeLabelFilter,
	type PolygonsCounted
} from './apply';
import { polygonCounts, prepareFlows } from './prepare';
import { placeClusters } from './place-clusters';
import { buildFlows } from './flows';
import { FLOW_LIMIT, FLOWS_HELD, heldFlows } from './flow-limit';
import {
	EVENTS_VIEW,
	inFlow,
	isOff,
	sameView,
	yearStates,
	type MapView,
	type YearStates
} from './year-states';
import { drawnLinks, expandedFlows } from './drawn-links';
import type { MapLookup } from './lookup';
import { sameShown } from './state-parts';

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

/**
 * Runs a task once, in the first task after the next frame, so that frame (the panel, the year
 * change) is not delayed by it. Scheduling again before it runs does nothing: it runs once, with
 * the state of that moment.
 */
export class AfterFrame {
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

/** How long the year range must rest before hidden place labels give up their room. */
const LABEL_SETTLE_MS = 300;

/** What the feature-state is computed from: the data, as the controller holds it now. */
export interface StatesData {
	places: PlacesCollection;
	links: LinksCollection;
	lookup: MapLookup;
}

/**
 * The feature-state of the year range, the certainty choices, the zoom and the selection's flows,
 * with what the map was last given: the asked-for values (`range`, `shown`, `events`,
 * `focusLinks`) are set by the controller, `apply` brings the map to them.
 */
export class FeatureStates {
	range: YearRange | null;
	shown: LinksShown;
	/** Zoomed in past EVENTS_ZOOM: events drawn one by one, no flows (see flows.ts). */
	events: boolean;
	/** The links connected to the selection (`focusOf`): their flows are drawn one link at a time. */
	focusLinks: ReadonlySet<string> | null = null;
	/** Year feature-state set on places and links (initially the style's all-years defaults). */
	states: YearStates;

	// What the feature-state last applied reflects. The style draws every link until feature-state
	// says otherwise.
	private builtRange: YearRange | null = null;
	private builtShown: LinksShown = ALL_SHOWN;
	private builtView: MapView = EVENTS_VIEW;
	/** Which links the links source holds now (drawnLinks' key; null: to be set). */
	private linksDrawnKey: string | null = '';
	/** The flows the flows source holds now (null: to be set). */
	private flowsHeld: ReadonlySet<string> | null = null;
	/** The place-label filter last set (see placeLabelFilter): '' is the style's own. */
	private labelFilterKey = '';
	private counted: PolygonsCounted = NOTHING_COUNTED;
	/**
	 * Frees the room of hidden place labels once the year range has rested for LABEL_SETTLE_MS:
	 * re-laying out the places source and re-placing the labels costs several frames of work, which
	 * a scrub through the years or the play button would otherwise pay at every step.
	 */
	private labelsLater = new Settled(LABEL_SETTLE_MS, () => this.applyLabelFilter());

	constructor(
		private map: MapLibreMap,
		private data: () => StatesData,
		init: { range: YearRange | null; shown: LinksShown; events: boolean },
		/** Told how many flows the overview draws of those it could, when that changes. */
		private onflows: (f: FlowsDrawn) => void = () => {}
	) {
		this.range = init.range;
		this.shown = init.shown;
		this.events = init.events;
		const { places, links } = data();
		this.states = yearStates(places, links, null, ALL_SHOWN);
	}

	/** What is drawn one by one: all links zoomed in, the selection's flows' at the overview. */
	view(): MapView {
		return { events: this.events, focus: this.events ? null : this.focusLinks };
	}

	/** Whether the map's feature-state lags behind the range, the choices or the view. */
	stale(): boolean {
		return (
			this.range !== this.builtRange || !sameShown(this.shown, this.builtShown) || this.viewStale()
		);
	}

	/** Whether the view (zoom, the selection's flows) changed since the last apply. */
	viewStale(): boolean {
		return !sameView(this.view(), this.builtView);
	}

	/** Whether a link is drawn in the range and the choices applied (as its own arc or in its flow). */
	linkShown(id: string): boolean {
		const link = this.data().lookup.links.get(id);
		return link !== undefined && !isOff(link, this.builtRange, this.builtShown);
	}

	/** The ids the links source holds now: every link zoomed in, the selection's flows' at the overview. */
	drawnLinkIds(): Iterable<string> {
		const { lookup } = this.data();
		if (this.builtView.events) return lookup.links.keys();
		const ids: string[] = [];
		for (const flow of expandedFlows(this.builtView, lookup.flowOfLink))
			ids.push(...(lookup.flows.get(flow)?.links ?? []));
		return ids;
	}

	/** Whether a link is drawn as part of its flow at the overview (not in the links source). */
	linkInFlow(id: string): boolean {
		return inFlow(this.states, this.data().lookup.flowOfLink.get(id));
	}

	/** Sets the feature-state of the range, the choices, the zoom and the selection's flows. */
	apply(): void {
		const { places, links } = this.data();
		const view = this.view();
		const next = yearStates(places, links, this.range, this.shown, view, this.states);
		applyYearStates(asStyleTarget(this.map), next, this.states);
		const told = this.states.flowsDrawn;
		if (next.flowsDrawn.drawn !== told.drawn || next.flowsDrawn.of !== told.of)
			this.onflows(next.flowsDrawn);
		this.states = next;
		this.builtRange = this.range;
		this.builtShown = this.shown;
		this.builtView = view;
		this.applyDrawnFlows();
		this.applyDrawnLinks();
		this.applyCounts();
		this.labelsLater.schedule();
	}

	/**
	 * The mentioned countries' and regions' fills for the range (their sources may load late), set
	 * where they changed; `again` sets every one (the map dropped its feature-state).
	 */
	applyCounts(again = false): void {
		if (again) this.counted = NOTHING_COUNTED;
		this.counted = applyPolygonCounts(
			asStyleTarget(this.map),
			polygonCounts(this.data().places, this.range),
			this.counted
		);
	}

	/** New data: the states start again from the style's defaults, for the new features. */
	reset(): void {
		for (const source of YEAR_SOURCES) this.map.removeFeatureState({ source });
		const { places, links } = this.data();
		this.states = yearStates(places, links, null, ALL_SHOWN);
		this.builtView = EVENTS_VIEW;
		// The links and flows sources are filled again at the next apply.
		this.linksDrawnKey = null;
		this.flowsHeld = null;
	}

	cancel(): void {
		this.labelsLater.cancel();
	}

	/** The links source holds what the view draws: all links zoomed in, the selection's at the overview. */
	private applyDrawnLinks(): void {
		const { links, lookup } = this.data();
		const { key, data } = drawnLinks(links.features, lookup.flowOfLink, this.builtView);
		if (key === this.linksDrawnKey) return;
		this.linksDrawnKey = key;
		this.map.getSource<GeoJSONSource>(SOURCES.links)?.setData(data());
	}

	/**
	 * In a corpus of more flows than the overview draws (FLOW_LIMIT), the flows source holds the
	 * flows drawn and some likely to be drawn next (heldFlows), not the thousands of others, which
	 * would cost their tiles at every redraw, hidden or not; it is replaced only when a flow to draw
	 * is not in it. A smaller corpus's source holds every flow, set once.
	 */
	private applyDrawnFlows(): void {
		const { places, links } = this.data();
		const flows = buildFlows(links).flows;
		const top =
			flows.length <= FLOW_LIMIT
				? new Set(flows.map((f) => f.id))
				: (this.states.basis?.top ?? new Set<string>());
		const next = heldFlows(top, this.flowsHeld, flows, FLOWS_HELD);
		if (!next) return;
		this.flowsHeld = next;
		const snap = placeClusters(places).snap;
		this.map.getSource<GeoJSONSource>(SOURCES.flows)?.setData(prepareFlows(links, next, snap));
	}

	private applyLabelFilter(): void {
		const { filter, key } = placeLabelFilter(this.states);
		if (key === this.labelFilterKey || !this.map.getLayer(LAYERS.placeLabel)) return;
		this.labelFilterKey = key;
		this.map.setFilter(LAYERS.placeLabel, filter);
	}
}
