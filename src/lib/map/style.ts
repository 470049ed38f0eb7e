/**
 * The map style, built from the theme tokens: a muted Natural Earth basemap (land, sea, borders,
 * country labels), mentioned countries filled by mentions in the same layer as the land (one
 * layer over the countries' polygons, hover and selection tinting its fill and outline), region
 * polygons, diplomatic arcs with direction arrows, places and their labels. No glyph or sprite
 * URL: labels are drawn from the woff2 the app serves (`font-faces`), the arrow is generated
 * (arrow.ts).
 *
 * Paint and layout that depend on the theme come from `layerPaint()` and `layerLayout()`
 * (paint.ts), so a theme change sets properties instead of rebuilding the style; the year range is
 * feature-state.
 */
import type { FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { ThemeTokens } from '$lib/config/tokens';
import { LAYERS, SOURCES, type LayerId } from './ids';
import { certaintyFilter, placeFilters } from './expressions';
import { DESK_LABEL_SCALE, layerLayout, layerPaint } from './paint';
import type { MapFlowProps, MapLinkProps, MapPlaceProps } from './prepare';

const ATTRIBUTION = {
	naturalEarth:
		'<a href="https://www.naturalearthdata.com/" rel="noopener">Natural Earth</a> (public domain)',
	geonames: '<a href="https://www.geonames.org/" rel="noopener">GeoNames</a> (CC BY 4.0)'
} as const;

export interface StyleInput {
	tokens: ThemeTokens;
	/** Absolute URLs of the app's own files. */
	countriesUrl: string;
	regionsUrl: string;
	fontUrl: string;
	places: FeatureCollection<Point, MapPlaceProps>;
	links: FeatureCollection<LineString, MapLinkProps>;
	flows: FeatureCollection<LineString, MapFlowProps>;
	/**
	 * Multiplier of label sizes, place markers, arc and flow widths and arrowheads (1 on a desk
	 * screen; see presentLabelScale).
	 */
	labelScale?: number;
	/** The zoom from which the events are drawn one by one (flows.ts, `eventsZoom`). */
	eventsZoom?: number;
}

const isPolygon: FilterSpecification = ['==', ['geometry-type'], 'Polygon'];
const isPoint: FilterSpecification = ['==', ['geometry-type'], 'Point'];
const polygonFilter: FilterSpecification = [
	'any',
	isPolygon,
	['==', ['geometry-type'], 'MultiPolygon']
];

/** The most a big screen multiplies the map's labels, markers and arcs by. */
const MAX_LABEL_SCALE = 3;

/**
 * How much presentation mode grows the map's labels, place markers, arcs and arrowheads on a
 * screen of this CSS size, like the caption and legend (the tour's camera zooms in by the same
 * factor, see cameraForStop in story/tour-camera.ts, so a 4K screen shows what a 1080p one does, drawn finer): 1 up to
 * 1920×1080, 2 at 3840×2160, at most 3. The smaller of the two axes decides, so an ultrawide
 * screen does not crowd its short side.
 */
export function presentLabelScale(cssWidth: number, cssHeight: number): number {
	const k = Math.min(cssWidth / 1920, cssHeight / 1080);
	if (!Number.isFinite(k)) return DESK_LABEL_SCALE;
	return Math.round(Math.max(DESK_LABEL_SCALE, Math.min(MAX_LABEL_SCALE, k)) * 100) / 100;
}

export function buildStyle(input: StyleInput): StyleSpecification {
	const { tokens: t } = input;
	return {
		version: 8,
		name: `Parley ${t.theme}`,
		'font-faces': { [t.type.mapFont]: input.fontUrl },
		sources: styleSources(input),
		layers: styleLayers(t, input.labelScale, input.eventsZoom)
	};
}

function styleSources(input: StyleInput): StyleSpecification['sources'] {
	return {
		[SOURCES.countries]: {
			type: 'geojson',
			data: input.countriesUrl,
			// 1:110m data: deeper tiles would only over-slice the same coarse lines.
			maxzoom: 6,
			promoteId: 'iso',
			attribution: ATTRIBUTION.naturalEarth
		},
		[SOURCES.regions]: {
			type: 'geojson',
			data: input.regionsUrl,
			maxzoom: 9,
			promoteId: 'id'
		},
		[SOURCES.flows]: { type: 'geojson', data: input.flows, promoteId: 'id' },
		[SOURCES.links]: { type: 'geojson', data: input.links, promoteId: 'id' },
		[SOURCES.places]: {
			type: 'geojson',
			data: input.places,
			promoteId: 'id',
			attribution: ATTRIBUTION.geonames
		}
	};
}

/** The layers, bottom to top, each with its source, its constant filter and its properties. */
function styleLayers(
	t: ThemeTokens,
	labelScale: number | undefined,
	eventsZoom: number | undefined
): LayerSpecification[] {
	const paint = layerPaint(t, labelScale);
	const layout = layerLayout(t, labelScale, eventsZoom);
	const year = placeFilters();
	const layer = (
		id: LayerId,
		type: LayerSpecification['type'],
		source?: string,
		filter?: FilterSpecification
	) =>
		({
			id,
			type,
			...(source === undefined ? {} : { source }),
			...(filter === undefined ? {} : { filter }),
			paint: paint[id],
			layout: layout[id] ?? {}
		}) as LayerSpecification;
	const directed: FilterSpecification = ['==', ['get', 'directed'], true];
	return [
		layer(LAYERS.background, 'background'),
		layer(LAYERS.land, 'fill', SOURCES.countries, polygonFilter),
		layer(LAYERS.regionFill, 'fill', SOURCES.regions, polygonFilter),
		layer(LAYERS.regionOutline, 'line', SOURCES.regions, polygonFilter),
		layer(LAYERS.flowLine, 'line', SOURCES.flows),
		// An arrowhead only where the text says which way the link runs.
		layer(LAYERS.flowArrow, 'symbol', SOURCES.flows, directed),
		layer(LAYERS.linkHalo, 'line', SOURCES.links),
		layer(LAYERS.linkLine, 'line', SOURCES.links, certaintyFilter('certain')),
		layer(LAYERS.linkLineUncertain, 'line', SOURCES.links, certaintyFilter('uncertain')),
		layer(LAYERS.linkLineNotHeld, 'line', SOURCES.links, certaintyFilter('notHeld')),
		layer(LAYERS.linkArrow, 'symbol', SOURCES.links, directed),
		layer(LAYERS.placeCircle, 'circle', SOURCES.places, year.places),
		layer(LAYERS.capitalDot, 'circle', SOURCES.places, year.capitals),
		layer(LAYERS.countryLabel, 'symbol', SOURCES.countries, isPoint),
		layer(LAYERS.regionLabel, 'symbol', SOURCES.regions, ['==', ['get', 'label'], true]),
		layer(LAYERS.placeLabel, 'symbol', SOURCES.places, year.places)
	];
}
