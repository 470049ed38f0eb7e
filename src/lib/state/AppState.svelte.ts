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
import { buildSearchIndex, linksPerYear, yearDomain, type SearchEntry } from '$lib/data/selectors';
import { ArticleStore } from './ArticleStore.svelte';
import { SelectionState } from './SelectionState.svelte';
import { isLinkShown } from '$lib/data/certainty';
import { joinLinks } from '$lib/data/load';
import { DEFAULT_SHOWN, type LinksShown, type MapApi, type Selection, type Theme } from './types';
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
	/** Links that took place: the timeline's counts, the search, the tour. */
	readonly links: LinksCollection;
	readonly notHeld: LinksCollection;
	/** Every link, held or not, in one collection: what the map's source holds. */
	readonly allLinks: LinksCollection;
	readonly placeById: ReadonlyMap<string, PlaceProperties>;
	readonly linkById: ReadonlyMap<string, LinkProperties>;
	/** Years present in the data (null when nothing is dated: the timeline is then hidden). */
	readonly domain: { min: number; max: number } | null;
	readonly histogram: ReturnType<typeof linksPerYear>;
	#searchIndex: SearchEntry[] | null = null;

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

	/**
	 * Said on the page when the data files come from different ingest runs (the map files
	 * between themselves, or the articles once loaded); null when they are one run's.
	 */
	get mixedData(): string | null {
		return this.#mapMixed ?? this.articles.mixed;
	}

	/** Places and parties to search, built on the first search: party names can need the platform's region names, slow to create at load. */
	get searchIndex(): SearchEntry[] {
		return (this.#searchIndex ??= buildSearchIndex(this.places, this.links));
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

	/** Whether a selection points at something that exists (countries are selectable even when unmentioned). */
	has(type: 'place' | 'link', id: string): boolean {
		if (type === 'link') return this.linkById.has(id);
		return this.placeById.has(id) || /^country-[a-z]{2}$/.test(id);
	}

	/** Select (from the map, the list, the search or the reader); optionally bring it into view. */
	select(selection: Selection, options: { fly?: boolean } = {}): void {
		this.selection.select(selection);
		if (!selection) return;
		void this.articles.ensure();
		if (!options.fly) return;
		this.focusPanel = true;
		if (!this.#map) return;
		if (selection.type === 'place') this.#map.flyToPlace(selection.id);
		else this.#map.fitToIds([selection.id]);
	}
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
