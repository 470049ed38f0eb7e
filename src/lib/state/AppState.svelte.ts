/**
 * Everything the page's components share, created once per page and handed down by context
 * (`setAppState` in the route, `getAppState` in components). The loaded data never changes, so
 * its indexes are plain fields; what the user changes lives in the small state classes.
 */
import { getContext, setContext } from 'svelte';
import type {
	LinkProperties,
	LinksCollection,
	PlaceProperties,
	PlacesCollection
} from '$lib/data/schema';
import { inYears, linksPerYear, partyName, yearDomain } from '$lib/data/selectors';
import { ArticleStore } from './ArticleStore.svelte';
import { SelectionState } from './SelectionState.svelte';
import { isLinkShown } from '$lib/data/certainty';
import { joinLinks } from '$lib/data/load';
import { partiesOfPair } from '$lib/map/flows';
import {
	DEFAULT_SHOWN,
	type FlowsDrawn,
	type LinksShown,
	type MapApi,
	type Selection,
	type SelectionType,
	type Theme
} from './types';
import { YearFilter } from './YearFilter.svelte';
import type { ReadingIndex } from '$lib/data/reading';

export interface AppStateInit {
	places: PlacesCollection;
	/** Links that took place. */
	links: LinksCollection;
	/** Planned, cancelled, refused and denied links (drawn only when asked for). */
	notHeld?: LinksCollection;
	/** articles.json, validated and indexed (reading data, fetched lazily). */
	loadArticles: () => Promise<ReadingIndex>;
	/** The ingest run the map data came from: the articles are checked against it. */
	generation?: string | null;
	/** What to tell the user when places and links come from two ingest runs (see load.ts). */
	mixed?: string | null;
	theme?: Theme;
	/** Milliseconds per year while playing. */
	stepMs?: number;
}

export class AppState {
	readonly places: PlacesCollection;
	/** Links that took place: the timeline's counts, the tour (search finds parties of every link). */
	readonly links: LinksCollection;
	readonly notHeld: LinksCollection;
	/** Every link, held or not, in one collection: what the map's source holds. */
	readonly allLinks: LinksCollection;
	readonly placeById: ReadonlyMap<string, PlaceProperties>;
	readonly linkById: ReadonlyMap<string, LinkProperties>;
	/** Years present in the data (null when nothing is dated: the timeline is then hidden). */
	readonly domain: { min: number; max: number } | null;
	readonly histogram: ReturnType<typeof linksPerYear>;

	readonly years: YearFilter;
	readonly selection = new SelectionState();
	readonly articles: ArticleStore;
	readonly #mapMixed: string | null;

	theme = $state<Theme>('light');
	/** Which uncertain and not-held links and which link types the map and the list show (in the URL); replaced, never mutated. */
	shown = $state.raw<LinksShown>(DEFAULT_SHOWN);
	listOpen = $state(false);
	/** Set when a selection comes from outside the map (search, list, reader): the panel takes focus. */
	focusPanel = $state(false);
	/** How many flows the overview draws of those holding a shown event (the legend says so). */
	flowsDrawn = $state.raw<FlowsDrawn>({ drawn: 0, of: 0 });
	/** Set at the map's first idle: a time for views to fetch ahead what a click will need. */
	mapIdle = $state(false);
	#map = $state.raw<MapApi | null>(null);

	constructor(init: AppStateInit) {
		this.places = init.places;
		this.links = init.links;
		this.notHeld = init.notHeld ?? { type: 'FeatureCollection', features: [] };
		this.allLinks = joinLinks(init.links, this.notHeld);
		this.placeById = new Map(init.places.features.map((f) => [f.properties.id, f.properties]));
		this.linkById = new Map(this.allLinks.features.map((f) => [f.properties.id, f.properties]));
		this.domain = yearDomain(init.places, init.links);
		const domain = this.domain ?? { min: new Date().getFullYear(), max: new Date().getFullYear() };
		this.histogram = linksPerYear(init.links, domain);
		this.years = new YearFilter(domain, { stepMs: init.stepMs });
		this.articles = new ArticleStore(init.loadArticles, init.generation ?? null);
		this.#mapMixed = init.mixed ?? null;
		if (init.theme) this.theme = init.theme;
	}

	/** The map's first idle: the articles and what the views ask for then are fetched ahead. */
	mapIdled(): void {
		this.mapIdle = true;
		this.articles.prefetch();
	}

	/**
	 * Said on the page when the data files come from different ingest runs (the map files
	 * between themselves, or the articles once loaded); null when they are one run's.
	 */
	get mixedData(): string | null {
		return this.#mapMixed ?? this.articles.mixed;
	}

	/** The name every view shows for a party id (the one ingest wrote; see partyName). */
	partyName(id: string): string {
		return partyName(id, this.places, this.allLinks);
	}

	/** Every link a party takes part in, held or not (none for an unknown id). */
	partyLinks(party: string): LinkProperties[] {
		return this.allLinks.features.map((f) => f.properties).filter((l) => l.parties.includes(party));
	}

	/**
	 * Every link drawn between the two parties of a pair id (`AF~PK`), both ways, held or not:
	 * what the map's flows between them stand for (none for an unknown or malformed id).
	 */
	pairLinks(pair: string): LinkProperties[] {
		const parties = partiesOfPair(pair);
		if (!parties) return [];
		const [a, b] = parties;
		return this.allLinks.features
			.map((f) => f.properties)
			.filter((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
	}

	/** The links a party or pair selection stands for (none for a place or a link). */
	linksOfSelection(selection: Selection): LinkProperties[] {
		if (selection?.type === 'party') return this.partyLinks(selection.id);
		if (selection?.type === 'pair') return this.pairLinks(selection.id);
		return [];
	}

	get map(): MapApi | null {
		return this.#map;
	}
	set map(api: MapApi | null) {
		this.#map = api;
	}

	/** Whether a link is drawn under the current certainty and type choices (the year range aside). */
	isShown(link: LinkProperties): boolean {
		return isLinkShown(link, this.shown);
	}

	/** The links the map and the list show under the current choices, the year range aside. */
	get shownLinks(): LinkProperties[] {
		return this.allLinks.features.map((f) => f.properties).filter((l) => this.isShown(l));
	}

	/**
	 * Whether a selection points at something that exists (countries are selectable even when
	 * unmentioned; a party when it takes part in a link).
	 */
	has(type: SelectionType, id: string): boolean {
		if (type === 'link') return this.linkById.has(id);
		if (type === 'party') return this.partyLinks(id).length > 0;
		if (type === 'pair') return this.pairLinks(id).length > 0;
		return this.placeById.has(id) || /^country-[a-z]{2}$/.test(id);
	}

	/**
	 * Moves the map to a selection: a place, a link, or the links of a party or pair drawn under
	 * the current choices.
	 */
	bringIntoView(selection: NonNullable<Selection>): void {
		if (!this.#map) return;
		if (selection.type === 'place') this.#map.flyToPlace(selection.id);
		else if (selection.type === 'link') this.#map.fitToIds([selection.id]);
		else {
			const links = this.linksOfSelection(selection);
			const shown = links.filter((l) => this.isShown(l) && inYears(l.year, this.years.range));
			this.#map.fitToIds((shown.length ? shown : links).map((l) => l.id));
		}
	}

	/**
	 * Select (from the map, the list, the search or the reader); optionally bring it into view
	 * (`fly`), and then move the keyboard focus to the panel unless `keepFocus`.
	 */
	select(selection: Selection, options: { fly?: boolean; keepFocus?: boolean } = {}): void {
		const opensPanel = this.selection.current === null;
		this.selection.select(selection);
		if (!selection) return;
		void this.articles.ensure();
		if (!options.fly) return;
		if (!options.keepFocus) this.focusPanel = true;
		// When this selection opens the panel, the map narrows first (it resizes in the task after
		// the frame that shows the panel), or a link's frame would be cut by the panel's width and a
		// place would not land in the middle of what the legend leaves visible.
		if (!opensPanel) this.bringIntoView(selection);
		else
			afterLayout(() => {
				if (this.selection.current === selection) this.bringIntoView(selection);
			});
	}
}

/** Runs `fn` once the layout changed now is drawn and the map has followed it. */
function afterLayout(fn: () => void): void {
	if (typeof requestAnimationFrame !== 'function') return void setTimeout(fn, 0);
	requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(fn, 0)));
}

const KEY = Symbol('parley.app-state');

export function setAppState(state: AppState): AppState {
	return setContext(KEY, state);
}

export function getAppState(): AppState {
	const state = getContext<AppState | undefined>(KEY);
	if (!state) throw new Error('getAppState() called outside a page that created the app state');
	return state;
}
