/**
 * The registry of every source, layer and image id the map uses. No id string literal appears
 * anywhere else: code and tests import these.
 */
export const SOURCES = {
	countries: 'countries',
	regions: 'regions',
	places: 'places',
	/**
	 * The links drawn as arcs of their own: all of them past EVENTS_ZOOM, only the selection's
	 * flows' at the overview (see drawnLinks in drawn-links.ts).
	 */
	links: 'links',
	/** One arc per ordered pair of parties, drawn at the overview (see flows.ts). */
	flows: 'flows'
} as const;

/** Layers in drawing order (bottom to top). */
export const LAYERS = {
	background: 'background',
	land: 'land',
	regionFill: 'region-fill',
	regionOutline: 'region-outline',
	/** Flows: one arc per ordered pair of parties at the overview, as wide as its events. */
	flowLine: 'flow-line',
	flowArrow: 'flow-arrow',
	/** The halo under a selected arc (drawn only for it). */
	linkHalo: 'link-halo',
	/** Arcs of events told with enough certainty: solid. */
	linkLine: 'link-line',
	/** Arcs of uncertain events (low confidence or inferred date): dashed. */
	linkLineUncertain: 'link-line-uncertain',
	/** Arcs of planned, cancelled, refused or denied events (hidden unless asked for): dotted. */
	linkLineNotHeld: 'link-line-not-held',
	linkArrow: 'link-arrow',
	placeCircle: 'place-circle',
	/** The dot inside a capital's ring. */
	capitalDot: 'capital-dot',
	countryLabel: 'country-label',
	regionLabel: 'region-label',
	placeLabel: 'place-label'
} as const;

export const IMAGES = {
	arrow: 'parley-arrow'
} as const;

export type SourceId = (typeof SOURCES)[keyof typeof SOURCES];
export type LayerId = (typeof LAYERS)[keyof typeof LAYERS];

/** Layers a pointer can hover and click, topmost first (the first hit wins). */
export const INTERACTIVE_LAYERS = [
	LAYERS.placeCircle,
	LAYERS.linkLine,
	LAYERS.linkLineUncertain,
	LAYERS.linkLineNotHeld,
	LAYERS.flowLine,
	LAYERS.regionFill,
	LAYERS.land
] as const satisfies readonly LayerId[];

/** Sources whose features the year range hides (feature-state `off`). */
export const YEAR_SOURCES = [SOURCES.places, SOURCES.links, SOURCES.flows] as const;

/** Feature-state keys. */
export const STATE = {
	hover: 'hover',
	selected: 'selected',
	/** Mentions in the current year range (places, countries and regions). */
	count: 'count',
	/** Hidden by the year range (places and links) or, for links, by the certainty shown. */
	off: 'off',
	/** sqrt(count / largest count in the source), 0..1, for the fill ramp. */
	share: 'share',
	/** Not connected to the selection: drawn faint (places, links and flows; see `focusOf`). */
	dim: 'dim',
	/** A flow's type: the one most of its links shown share. */
	type: 'type',
	/** The count a flow's width stands for (its count, scaled down in a big corpus: flow-limit.ts). */
	weight: 'weight'
} as const;
