/**
 * The map style, built from the theme tokens: a muted Natural Earth basemap (land, sea, borders,
 * country labels), mentioned countries filled by mentions in the same layer as the land (one
 * layer over the countries' polygons, hover and selection tinting its fill and outline), region
 * polygons, diplomatic arcs with
 * direction arrows, places and their labels. No glyph or sprite URL: labels are drawn from the
 * woff2 the app serves (`font-faces`), the arrow is generated (arrow.ts).
 *
 * Paint and layout that depend on the theme come from `layerPaint()` and `layerLayout()`, so a
 * theme change sets properties instead of rebuilding the style; the year range is feature-state.
 *
 * Every layer of one type binds the same paint properties per feature (see `perFeature` in
 * expressions.ts), so MapLibre compiles one WebGL program per layer type instead of one per
 * combination: fill = colour + opacity (+ outline colour), line = colour + width + opacity,
 * circle = everything but blur, symbol = colour + opacity (halos constant). The unit test
 * map-style.test.ts checks it for every theme.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	StyleSpecification
} from 'maplibre-gl';
import type { FeatureCollection, LineString, Point } from 'geojson';
import {
	NOT_HELD_DASH,
	UNCERTAIN_DASH,
	UNCERTAIN_OPACITY,
	type ThemeTokens
} from '$lib/config/tokens';
import { IMAGES, LAYERS, SOURCES, type LayerId } from './ids';
import {
	countryFillExpression,
	countryOutlineExpression,
	certaintyFilter,
	countedFlag,
	featureStateFlag,
	flowColorExpression,
	flowCountExpression,
	flowWidthExpression,
	linkColorExpression,
	linkWidthExpression,
	notDrawnFlag,
	offFlag,
	perFeature,
	placeCountExpression,
	placeFilters,
	placeRadiusExpression,
	stateValue,
	unlessOff
} from './expressions';
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
}

type Props = Record<string, unknown>;

const isPolygon: FilterSpecification = ['==', ['geometry-type'], 'Polygon'];
const isPoint: FilterSpecification = ['==', ['geometry-type'], 'Point'];
const polygonFilter: FilterSpecification = [
	'any',
	isPolygon,
	['==', ['geometry-type'], 'MultiPolygon']
];

/** Opacity of a place not connected to the selection: faint, still findable. */
const DIM_PLACE = 0.35;

/** Label scale on a desk screen: type sizes as the tokens give them. */
const DESK_LABEL_SCALE = 1;
/** The most a big screen multiplies the map's labels, markers and arcs by. */
const MAX_LABEL_SCALE = 3;

/**
 * How much presentation mode grows the map's labels, place markers, arcs and arrowheads on a
 * screen of this CSS size, like the caption and legend (the tour's camera zooms in by the same
 * factor, see cameraForStop, so a 4K screen shows what a 1080p one does, drawn finer): 1 up to
 * 1920×1080, 2 at 3840×2160, at most 3. The smaller of the two axes decides, so an ultrawide
 * screen does not crowd its short side.
 */
export function presentLabelScale(cssWidth: number, cssHeight: number): number {
	const k = Math.min(cssWidth / 1920, cssHeight / 1080);
	if (!Number.isFinite(k)) return DESK_LABEL_SCALE;
	return Math.round(Math.max(DESK_LABEL_SCALE, Math.min(MAX_LABEL_SCALE, k)) * 100) / 100;
}

/** A sane multiplier: finite and at least 1 (anything else draws at desk size). */
function labelFactor(k: number): number {
	return Number.isFinite(k) && k > DESK_LABEL_SCALE ? k : DESK_LABEL_SCALE;
}

/**
 * Paint properties per layer for a theme. Places and links hidden by the year range (feature-state
 * `off`, see expressions.ts) get zero size and opacity. `labelScale` (see `presentLabelScale`)
 * multiplies the label halos, place markers (radius and ring) and arc widths (their dashes, set
 * in line widths, follow).
 */
export function layerPaint(t: ThemeTokens, labelScale = DESK_LABEL_SCALE): Record<LayerId, Props> {
	const m = t.map;
	const s = t.strokeScale;
	const k = labelFactor(labelScale);
	// Arcs and markers grow with the labels on a big screen: `sk` is their stroke unit.
	const sk = s * k;
	const halo = {
		'text-halo-color': m.labelHalo,
		'text-halo-width': 1.4 * s * k,
		'text-halo-blur': 0.4
	};
	const selectedOrHover = ['any', featureStateFlag('selected'), featureStateFlag('hover')];
	const dim = featureStateFlag('dim');
	// The arcs' layers bind the same per-feature properties (one line program; the dashed ones add
	// their constant dash pattern). A hovered or selected arc keeps its type's colour and widens;
	// the selected one also gets a halo (link-halo); arcs not connected to the selection fade. An
	// arc drawn as part of its flow (`agg`) is not drawn, like one the year range hides.
	const notDrawn = notDrawnFlag();
	const linkLinePaint = (opacity: number) => ({
		'line-color': linkColorExpression(t),
		'line-width': [
			'case',
			selectedOrHover,
			['+', 2 * sk, linkWidthExpression(sk)],
			linkWidthExpression(sk)
		],
		'line-opacity': [
			'case',
			notDrawn,
			0,
			selectedOrHover,
			1,
			dim,
			m.dimOpacity,
			m.arcOpacity * opacity
		]
	});
	// A flow: the type colour of most of its events, as wide as their number; hovered, it darkens
	// to full opacity and widens; a selection elsewhere fades it like the arcs it is not part of.
	const flowOpacity: ExpressionSpecification = [
		'case',
		['==', flowCountExpression(), 0],
		0,
		featureStateFlag('hover'),
		1,
		dim,
		m.dimOpacity,
		m.arcOpacity
	];
	return {
		[LAYERS.background]: { 'background-color': m.sea },
		[LAYERS.land]: {
			'fill-color': countryFillExpression(t),
			'fill-opacity': perFeature(1),
			'fill-outline-color': countryOutlineExpression(t)
		},
		[LAYERS.regionFill]: {
			'fill-color': stateValue(m.regionFill, m.highlight, m.selected),
			'fill-opacity': [
				'case',
				selectedOrHover,
				Math.min(1, m.regionFillOpacity * 2.2),
				countedFlag(),
				m.regionFillOpacity,
				m.regionFillOpacity * 0.4
			]
		},
		[LAYERS.regionOutline]: {
			'line-color': stateValue(m.regionOutline, m.highlight, m.selected),
			'line-width': ['case', selectedOrHover, 2.2 * s, 1 * s],
			'line-opacity': perFeature(0.8)
		},
		[LAYERS.flowLine]: {
			'line-color': flowColorExpression(t),
			'line-width': [
				'case',
				featureStateFlag('hover'),
				['+', 2 * sk, flowWidthExpression(sk)],
				flowWidthExpression(sk)
			],
			'line-opacity': flowOpacity
		},
		[LAYERS.flowArrow]: {
			'icon-color': flowColorExpression(t),
			'icon-opacity': flowOpacity
		},
		[LAYERS.linkHalo]: {
			'line-color': perFeature(m.selected),
			'line-width': [
				'case',
				featureStateFlag('selected'),
				['+', 7 * sk, linkWidthExpression(sk)],
				0
			],
			'line-opacity': ['case', notDrawn, 0, featureStateFlag('selected'), 0.85, 0]
		},
		[LAYERS.linkLine]: linkLinePaint(1),
		// Uncertain events: dashed and lighter, the same dash in every theme (it reads on a projector).
		[LAYERS.linkLineUncertain]: {
			...linkLinePaint(UNCERTAIN_OPACITY),
			'line-dasharray': ['literal', UNCERTAIN_DASH]
		},
		// Events that did not take place (shown only when asked for): dotted.
		[LAYERS.linkLineNotHeld]: {
			...linkLinePaint(UNCERTAIN_OPACITY),
			'line-dasharray': ['literal', NOT_HELD_DASH]
		},
		[LAYERS.linkArrow]: {
			'icon-color': linkColorExpression(t),
			'icon-opacity': ['case', notDrawn, 0, selectedOrHover, 1, dim, m.dimOpacity, m.arcOpacity]
		},
		[LAYERS.placeCircle]: {
			'circle-radius': unlessOff(placeRadiusExpression(placeCountExpression(), s * k)),
			'circle-color': ['case', ['get', 'capital'], m.placeStroke, m.placeFill],
			'circle-stroke-color': stateValue(
				['case', ['get', 'capital'], m.capitalRing, m.placeStroke] as ExpressionSpecification,
				m.highlight,
				m.selected
			),
			'circle-stroke-width': [
				'case',
				offFlag(),
				0,
				selectedOrHover,
				3 * sk,
				['get', 'capital'],
				2.5 * sk,
				1 * sk
			],
			'circle-opacity': ['case', offFlag(), 0, dim, DIM_PLACE, 0.9],
			'circle-stroke-opacity': ['case', offFlag(), 0, dim, DIM_PLACE, 1]
		},
		[LAYERS.capitalDot]: {
			'circle-radius': unlessOff(1.8 * s * k),
			'circle-color': stateValue(m.capitalRing, m.highlight, m.selected),
			// No ring and fully opaque, per feature like the place circles (one shader for both).
			'circle-stroke-width': perFeature(0),
			'circle-stroke-color': perFeature(m.capitalRing),
			'circle-opacity': ['case', offFlag(), 0, dim, DIM_PLACE, 1],
			'circle-stroke-opacity': ['case', offFlag(), 0, dim, DIM_PLACE, 1]
		},
		[LAYERS.countryLabel]: {
			'text-color': perFeature(m.countryLabel),
			...halo,
			'text-opacity': perFeature(1)
		},
		[LAYERS.regionLabel]: {
			'text-color': perFeature(m.regionLabel),
			...halo,
			'text-opacity': perFeature(1)
		},
		[LAYERS.placeLabel]: {
			'text-color': perFeature(m.placeLabel),
			...halo,
			'text-opacity': ['case', offFlag(), 0, dim, 0.55, 1]
		}
	};
}

/** An arrowhead at the middle of its line, sized by `input` from `low` to `high` ([input, size]). */
function arrowLayout(input: unknown[], low: [number, number], high: [number, number]): Props {
	return {
		'symbol-placement': 'line-center',
		'icon-image': IMAGES.arrow,
		'icon-size': ['interpolate', ['linear'], input, ...low, ...high],
		'icon-rotation-alignment': 'map',
		'icon-allow-overlap': true,
		'icon-ignore-placement': true
	};
}

/** Layout properties that depend on the theme (type sizes and arrowheads, times `labelScale`). */
export function layerLayout(
	t: ThemeTokens,
	labelScale = DESK_LABEL_SCALE
): Partial<Record<LayerId, Props>> {
	const font = [t.type.mapFont];
	const s = t.strokeScale;
	const k = labelFactor(labelScale);
	return {
		[LAYERS.countryLabel]: {
			'text-field': ['get', 'name'],
			'text-font': font,
			'text-size': [
				'interpolate',
				['linear'],
				['zoom'],
				2,
				t.type.mapCountryLabel * k,
				6,
				t.type.mapCountryLabel * 1.35 * k
			],
			'text-max-width': 7,
			'text-letter-spacing': 0.04,
			'symbol-sort-key': ['-', 0, ['get', 'rank']]
		},
		[LAYERS.regionLabel]: {
			'text-field': ['get', 'name'],
			'text-font': font,
			'text-size': t.type.mapRegionLabel * k,
			'text-transform': 'uppercase',
			'text-letter-spacing': 0.08,
			'text-max-width': 8
		},
		[LAYERS.placeLabel]: {
			'text-field': ['get', 'name'],
			'text-font': font,
			'text-size': t.type.mapPlaceLabel * k,
			'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
			'text-radial-offset': 0.9,
			'text-justify': 'auto',
			'symbol-sort-key': ['-', 0, ['get', 'total']]
		},
		[LAYERS.linkArrow]: arrowLayout(['get', 'articles'], [1, 1.3 * s * k], [10, 2 * s * k]),
		// The arrowhead grows with the flow's width (a feature-state size is not allowed in layout,
		// so it steps with the flow's constant number of links instead).
		[LAYERS.flowArrow]: arrowLayout(['get', 'links'], [1, 1.3 * s * k], [9, 2.6 * s * k]),
		[LAYERS.flowLine]: { 'line-cap': 'round', 'line-join': 'round' },
		[LAYERS.linkHalo]: { 'line-cap': 'round', 'line-join': 'round' },
		[LAYERS.linkLine]: { 'line-cap': 'round', 'line-join': 'round' },
		// Butt caps keep the dashes' gaps open (round caps would fill them at these widths).
		[LAYERS.linkLineUncertain]: { 'line-cap': 'butt', 'line-join': 'round' },
		[LAYERS.linkLineNotHeld]: { 'line-cap': 'round', 'line-join': 'round' }
	};
}

/** The properties `labelScale` changes, per layer (applyLabelScale sets only these). */
export const LABEL_SCALED: {
	paint: Partial<Record<LayerId, readonly string[]>>;
	layout: Partial<Record<LayerId, readonly string[]>>;
} = {
	paint: {
		[LAYERS.countryLabel]: ['text-halo-width'],
		[LAYERS.regionLabel]: ['text-halo-width'],
		[LAYERS.placeLabel]: ['text-halo-width'],
		[LAYERS.placeCircle]: ['circle-radius', 'circle-stroke-width'],
		[LAYERS.capitalDot]: ['circle-radius'],
		[LAYERS.linkHalo]: ['line-width'],
		[LAYERS.linkLine]: ['line-width'],
		[LAYERS.linkLineUncertain]: ['line-width'],
		[LAYERS.linkLineNotHeld]: ['line-width'],
		[LAYERS.flowLine]: ['line-width']
	},
	layout: {
		[LAYERS.linkArrow]: ['icon-size'],
		[LAYERS.flowArrow]: ['icon-size'],
		[LAYERS.countryLabel]: ['text-size'],
		[LAYERS.regionLabel]: ['text-size'],
		[LAYERS.placeLabel]: ['text-size']
	}
};

export function buildStyle(input: StyleInput): StyleSpecification {
	const { tokens: t } = input;
	const paint = layerPaint(t, input.labelScale);
	const year = placeFilters();
	const layout = layerLayout(t, input.labelScale);
	const layer = (spec: {
		id: LayerId;
		type: LayerSpecification['type'];
		source?: string;
		filter?: FilterSpecification;
	}) => ({ ...spec, paint: paint[spec.id], layout: layout[spec.id] ?? {} }) as LayerSpecification;
	return {
		version: 8,
		name: `Parley ${t.theme}`,
		'font-faces': { [t.type.mapFont]: input.fontUrl },
		sources: {
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
		},
		layers: [
			layer({ id: LAYERS.background, type: 'background' }),
			layer({ id: LAYERS.land, type: 'fill', source: SOURCES.countries, filter: polygonFilter }),
			layer({
				id: LAYERS.regionFill,
				type: 'fill',
				source: SOURCES.regions,
				filter: polygonFilter
			}),
			layer({
				id: LAYERS.regionOutline,
				type: 'line',
				source: SOURCES.regions,
				filter: polygonFilter
			}),
			layer({ id: LAYERS.flowLine, type: 'line', source: SOURCES.flows }),
			layer({ id: LAYERS.flowArrow, type: 'symbol', source: SOURCES.flows }),
			layer({ id: LAYERS.linkHalo, type: 'line', source: SOURCES.links }),
			layer({
				id: LAYERS.linkLine,
				type: 'line',
				source: SOURCES.links,
				filter: certaintyFilter('certain')
			}),
			layer({
				id: LAYERS.linkLineUncertain,
				type: 'line',
				source: SOURCES.links,
				filter: certaintyFilter('uncertain')
			}),
			layer({
				id: LAYERS.linkLineNotHeld,
				type: 'line',
				source: SOURCES.links,
				filter: certaintyFilter('notHeld')
			}),
			layer({ id: LAYERS.linkArrow, type: 'symbol', source: SOURCES.links }),
			layer({
				id: LAYERS.placeCircle,
				type: 'circle',
				source: SOURCES.places,
				filter: year.places
			}),
			layer({
				id: LAYERS.capitalDot,
				type: 'circle',
				source: SOURCES.places,
				filter: year.capitals
			}),
			layer({
				id: LAYERS.countryLabel,
				type: 'symbol',
				source: SOURCES.countries,
				filter: isPoint
			}),
			layer({
				id: LAYERS.regionLabel,
				type: 'symbol',
				source: SOURCES.regions,
				filter: ['==', ['get', 'label'], true]
			}),
			layer({ id: LAYERS.placeLabel, type: 'symbol', source: SOURCES.places, filter: year.places })
		]
	};
}
