/**
 * Paint and layout properties per layer for a theme and a label scale: what `buildStyle` starts
 * with and what apply.ts sets when the theme or the label scale changes (the style is not rebuilt).
 * One builder per group of layers (basemap, arcs and flows, places, labels). The expressions more
 * than one layer or a test share come from expressions.ts; a layer's own one-off `case` is here.
 *
 * Every layer of one type binds the same paint properties per feature (see `perFeature` in
 * expressions.ts), so MapLibre compiles one WebGL program per layer type instead of one per
 * combination: fill = colour + opacity (+ outline colour), line = colour + width + opacity,
 * circle = everything but blur, symbol = colour + opacity (halos constant). The unit test
 * map-style.test.ts checks it for every theme.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import {
	NOT_HELD_DASH,
	UNCERTAIN_DASH,
	UNCERTAIN_OPACITY,
	type ThemeTokens
} from '$lib/config/tokens';
import { IMAGES, LAYERS, type LayerId } from './ids';
import {
	countryFillExpression,
	countryOutlineExpression,
	countedFlag,
	featureStateFlag,
	flowColorExpression,
	flowCountExpression,
	flowWidthExpression,
	linkColorExpression,
	linkWidthExpression,
	offFlag,
	perFeature,
	placeCountExpression,
	placeLabelField,
	placeRadiusExpression,
	stateValue,
	unlessOff
} from './expressions';

type Props = Record<string, unknown>;

/** Opacity of a place not connected to the selection: faint, still findable. */
const DIM_PLACE = 0.35;

/** Label scale on a desk screen: type sizes as the tokens give them. */
export const DESK_LABEL_SCALE = 1;

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
	const k = labelFactor(labelScale);
	return {
		...basemapPaint(t),
		...arcPaint(t, t.strokeScale * k),
		...placePaint(t, t.strokeScale, k),
		...labelPaint(t, k)
	} as Record<LayerId, Props>;
}

const selectedOrHover: ExpressionSpecification = [
	'any',
	featureStateFlag('selected'),
	featureStateFlag('hover')
];

/** The sea, the land (mentioned countries tinted by their mentions) and the regions. */
function basemapPaint(t: ThemeTokens): Partial<Record<LayerId, Props>> {
	const m = t.map;
	const s = t.strokeScale;
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
		}
	};
}

/**
 * Flows and arcs, `sk` their stroke unit (the theme's stroke scale times the label scale: arcs
 * grow with the labels on a big screen). The arcs' layers bind the same per-feature properties
 * (one line program; the dashed ones add their constant dash pattern). A hovered or selected arc
 * keeps its type's colour and widens; the selected one also gets a halo (link-halo); arcs not
 * connected to the selection fade. An arc the year range or the choices hide (`off`) is not
 * drawn; one drawn as part of its flow is not in the links source at all (`drawnLinks`).
 */
function arcPaint(t: ThemeTokens, sk: number): Partial<Record<LayerId, Props>> {
	const m = t.map;
	const dim = featureStateFlag('dim');
	const notDrawn = offFlag();
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
		}
	};
}

/** Place markers (a capital ringed, with a dot), `s` the stroke scale and `k` the label scale. */
function placePaint(t: ThemeTokens, s: number, k: number): Partial<Record<LayerId, Props>> {
	const m = t.map;
	const sk = s * k;
	const dim = featureStateFlag('dim');
	return {
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
		}
	};
}

/** Country, region and place labels, their halos growing with the label scale `k`. */
function labelPaint(t: ThemeTokens, k: number): Partial<Record<LayerId, Props>> {
	const m = t.map;
	const halo = {
		'text-halo-color': m.labelHalo,
		'text-halo-width': 1.4 * t.strokeScale * k,
		'text-halo-blur': 0.4
	};
	return {
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
			'text-opacity': ['case', offFlag(), 0, featureStateFlag('dim'), 0.55, 1]
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
	labelScale = DESK_LABEL_SCALE,
	eventsZoom?: number
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
			// A city standing for its neighbours at the overview says how many (place-clusters.ts).
			'text-field': placeLabelField(eventsZoom),
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
