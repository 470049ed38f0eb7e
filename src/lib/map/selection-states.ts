/**
 * The selection on the map: its feature drawn selected, what it is not connected to drawn faint
 * (focus + context, feature-state `dim`), and at the overview the flows holding its links drawn
 * one link at a time. After a click the excerpt panel's frame comes first, then the highlight,
 * then, a frame later, the selection's own events: at 10,000 articles those are a few thousand
 * arcs built and handed to MapLibre's worker (about 0.2 s on a machine without a GPU), a task of
 * their own rather than one with the highlight, so neither holds back the other.
 */
import type { Selection } from '$lib/state/types';
import { STATE } from './ids';
import type { StyleTarget } from './apply';
import type { MapLookup } from './lookup';
import {
	applyFocus,
	featureForSelection,
	focusOf,
	NOTHING_DIMMED,
	type Dimmed,
	type Focus
} from './focus';
import { AfterFrame, type FeatureStates } from './scheduling';

/** How many selections' focus is kept (see focusCache). */
const FOCUS_CACHE_SIZE = 8;

/** What the selection needs of the view's feature-state (scheduling.ts). */
type ViewStates = Pick<FeatureStates, 'focusLinks' | 'viewStale' | 'apply' | 'drawnLinkIds'>;

export class SelectionStates {
	private selection: Selection = null;
	/** The feature-state `selected` is set on. */
	private selected: { source: string; id: string | number } | null = null;
	private focus: Focus | null = null;
	/**
	 * The focus of the last few selections, for the lookup they were worked out with: selecting a
	 * place again (the panel closed and the place clicked again) reuses it instead of going
	 * through every link once more (about 20 ms at 10,000 articles).
	 */
	private focusCache = new Map<string, Focus | null>();
	private focusLookup: MapLookup | null = null;
	/** Places and links drawn faint because the selection is not connected to them. */
	private dimmed: Dimmed = NOTHING_DIMMED;
	/**
	 * Highlighted once the frame that shows the excerpt panel (opened by the same click) is on
	 * screen: a feature-state change makes MapLibre redraw the whole map inside that very frame,
	 * delaying the panel. The resize the panel causes lands in the same later redraw.
	 */
	private highlightLater = new AfterFrame(() => this.highlight());
	private expandLater = new AfterFrame(() => this.expand());

	constructor(
		private map: StyleTarget,
		private states: ViewStates,
		private lookup: () => MapLookup
	) {}

	/** A new selection, drawn by the next `applyNow` (the style has not loaded yet). */
	set(sel: Selection): void {
		this.selection = sel;
	}

	/** A new selection, drawn after the next frame (see highlightLater). */
	schedule(sel: Selection): void {
		this.selection = sel;
		this.highlightLater.schedule();
	}

	/** Everything at once: the style loaded, a basemap source arrived, the context came back. */
	applyNow(): void {
		this.highlight();
		this.expand();
	}

	/** New data: its feature-state starts again from nothing dimmed. */
	reset(): void {
		this.dimmed = NOTHING_DIMMED;
	}

	/** The links source changed with the view (zoom): the links it holds now are dimmed too. */
	redim(): void {
		if (this.focus) this.dim();
	}

	cancel(): void {
		this.highlightLater.cancel();
		this.expandLater.cancel();
	}

	private highlight(): void {
		const next = featureForSelection(this.selection, this.lookup());
		if (this.selected && this.map.getSource(this.selected.source))
			this.map.setFeatureState(this.selected, { [STATE.selected]: false });
		this.selected = next;
		if (next && this.map.getSource(next.source))
			this.map.setFeatureState(next, { [STATE.selected]: true });
		this.focus = this.focusNow();
		// At the overview, the flows holding the selection's links give way to those links.
		this.states.focusLinks = this.focus?.links ?? null;
		this.dim();
		if (this.states.viewStale()) this.expandLater.schedule();
	}

	private focusNow(): Focus | null {
		const [sel, lookup, cache] = [this.selection, this.lookup(), this.focusCache];
		if (lookup !== this.focusLookup) cache.clear();
		this.focusLookup = lookup;
		const key = sel ? `${sel.type}:${sel.id}` : '';
		let focus = cache.get(key);
		if (focus === undefined) {
			focus = focusOf(sel, lookup);
			if (cache.size >= FOCUS_CACHE_SIZE) cache.delete(cache.keys().next().value!);
			cache.set(key, focus);
		}
		return focus;
	}

	/** Also dims what another apply (a year step meanwhile) brought into the links source. */
	private expand(): void {
		if (this.states.viewStale()) this.states.apply();
		this.dim();
	}

	private dim(): void {
		const lookup = this.lookup();
		this.dimmed = applyFocus(
			this.map,
			this.focus,
			{
				places: placeIds(lookup),
				links: this.states.drawnLinkIds()
			},
			this.dimmed
		);
	}
}

/** The ids of the places source's features, mentioned places then arc ends, without copying them. */
function* placeIds(lookup: {
	places: ReadonlyMap<string, unknown>;
	ends: ReadonlyMap<string, unknown>;
}): Generator<string> {
	yield* lookup.places.keys();
	yield* lookup.ends.keys();
}
