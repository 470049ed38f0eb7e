/**
 * Design tokens: the one place colours and type are defined. The UI applies them as CSS custom
 * properties (`cssVariables(theme)` on the root element) and the map reads the same values for its
 * paint properties (`themeTokens(theme)`), so the legend and the arcs can never disagree.
 *
 * The projector theme is a token set (high contrast, larger type, thicker lines), not a fork.
 * No Svelte or browser imports: unit tests and scripts import this file too.
 */
import type { LinkType } from '$lib/data/schema';
import type { Theme } from '$lib/state/types';

interface Palette {
	/** Page background around the map and panels. */
	bg: string;
	/** Panels, popovers, the timeline. */
	surface: string;
	/** A raised surface (hover rows, chips). */
	surfaceRaised: string;
	text: string;
	textMuted: string;
	border: string;
	/** Interactive accent (focus ring, slider, buttons). */
	accent: string;
	accentText: string;
	/** Background of a highlighted mention in excerpts. */
	mark: string;
	markText: string;
	focusRing: string;
	danger: string;
}

export interface MapPalette {
	sea: string;
	land: string;
	/** Country border lines. */
	border: string;
	/** Country labels of the basemap. */
	countryLabel: string;
	/** Halo around every map label. */
	labelHalo: string;
	/** Fill of a mentioned country at the lowest and highest mention counts (interpolated). */
	mentionedLow: string;
	mentionedHigh: string;
	/** How strongly the mention colours show over the land (see mentionedRamp); quiet countries keep the land colour. */
	mentionedOpacity: number;
	regionFill: string;
	regionFillOpacity: number;
	regionOutline: string;
	regionLabel: string;
	placeFill: string;
	placeStroke: string;
	/** Capitals: a ring around the circle. */
	capitalRing: string;
	placeLabel: string;
	/** Hover highlight of places and polygons (arcs keep their type colour and widen). */
	highlight: string;
	/**
	 * The selection: outline of polygons, ring of circles, the halo around a selected arc. An ink
	 * no link type uses, so a selected arc still reads as its type.
	 */
	selected: string;
	/** Opacity of arcs and places not connected to the selection (focus + context). */
	dimOpacity: number;
	/** Opacity of arcs that are neither hovered nor selected. */
	arcOpacity: number;
	/** CSS filter for MapLibre's control icons (dark icons on a dark surface need inverting). */
	controlIconFilter: string;
}

interface TypeScale {
	/** CSS font stack; the first family is the one the app serves itself. */
	fontFamily: string;
	/** Name of the map font (maplibre `font-faces` key and `text-font`). */
	mapFont: string;
	/** rem sizes for the UI. */
	sizeXs: string;
	sizeSm: string;
	sizeMd: string;
	sizeLg: string;
	sizeXl: string;
	lineHeight: number;
	/** px sizes for map labels. */
	mapCountryLabel: number;
	mapPlaceLabel: number;
	mapRegionLabel: number;
}

export interface ThemeTokens {
	theme: Theme;
	palette: Palette;
	map: MapPalette;
	/** One colour per link type, used by the arcs and the legend. */
	linkColors: Record<LinkType, string>;
	type: TypeScale;
	/** Multiplier for map line widths and circle radii (projector draws heavier). */
	strokeScale: number;
	radius: string;
	shadow: string;
}

/** Human labels of the link types for the legend, in schema order. */
export const LINK_TYPE_LABELS: Record<LinkType, string> = {
	meeting: 'Meeting',
	visit: 'Visit',
	talks: 'Talks',
	mediation: 'Mediation',
	conference: 'Conference',
	agreement: 'Agreement',
	signing: 'Signing',
	cooperation: 'Cooperation',
	recognition: 'Recognition',
	dispute: 'Dispute',
	accusation: 'Accusation',
	condemnation: 'Condemnation',
	sanctions: 'Sanctions',
	border: 'Border closure / clash'
};

/*
 * Link colours: families by meaning, so the legend reads at a glance — contact (blues), brokering
 * (purples), accord (greens to yellow), conflict (warm, then brown and slate for sanctions and the
 * border). Distinct in lightness too, for colour-blind readers. The legend lists only the types
 * the data has, so the fourteen rarely show at once.
 */
const LINK_COLORS_LIGHT: Record<LinkType, string> = {
	meeting: '#1f5fa8',
	visit: '#3f8fd2',
	talks: '#0f8a8a',
	mediation: '#7b3fa0',
	conference: '#b06ad0',
	agreement: '#2e7d32',
	signing: '#1b4d20',
	cooperation: '#7aa531',
	recognition: '#a08a00',
	dispute: '#d9731a',
	accusation: '#c62828',
	condemnation: '#8e1b3b',
	sanctions: '#5d4037',
	border: '#455a64'
};

const LINK_COLORS_DARK: Record<LinkType, string> = {
	meeting: '#6aa8ff',
	visit: '#9cc9ff',
	talks: '#3cc7c0',
	mediation: '#c08cf0',
	conference: '#e2b0ff',
	agreement: '#66c46b',
	signing: '#a5e6a8',
	cooperation: '#b8dc6a',
	recognition: '#f2e05a',
	dispute: '#ffab4a',
	accusation: '#ff6b6b',
	condemnation: '#e0608f',
	sanctions: '#c8a27a',
	border: '#b0bec5'
};

const BASE_TYPE: TypeScale = {
	fontFamily:
		"'Noto Sans', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
	mapFont: 'Noto Sans Regular',
	sizeXs: '0.75rem',
	sizeSm: '0.875rem',
	sizeMd: '1rem',
	sizeLg: '1.25rem',
	sizeXl: '1.6rem',
	lineHeight: 1.45,
	mapCountryLabel: 11,
	mapPlaceLabel: 12,
	mapRegionLabel: 11
};

const LIGHT: ThemeTokens = {
	theme: 'light',
	palette: {
		bg: '#f4f2ee',
		surface: '#ffffff',
		surfaceRaised: '#f0ede7',
		text: '#1d1d1f',
		textMuted: '#5f5d58',
		border: '#d6d2c9',
		accent: '#1f5fa8',
		accentText: '#ffffff',
		mark: '#ffe08a',
		markText: '#1d1d1f',
		focusRing: '#1f5fa8',
		danger: '#b3261e'
	},
	map: {
		sea: '#dfe6ea',
		land: '#f7f5f0',
		border: '#b9b4aa',
		countryLabel: '#77736b',
		labelHalo: '#f7f5f0',
		mentionedLow: '#f0e4d0',
		mentionedHigh: '#c4844a',
		mentionedOpacity: 0.7,
		regionFill: '#8a5a2b',
		regionFillOpacity: 0.16,
		regionOutline: '#8a5a2b',
		regionLabel: '#6b4420',
		placeFill: '#2b2b2b',
		placeStroke: '#ffffff',
		capitalRing: '#2b2b2b',
		placeLabel: '#1d1d1f',
		highlight: '#e0a100',
		selected: '#111418',
		dimOpacity: 0.14,
		arcOpacity: 0.85,
		controlIconFilter: 'none'
	},
	linkColors: LINK_COLORS_LIGHT,
	type: BASE_TYPE,
	strokeScale: 1,
	radius: '6px',
	shadow: '0 2px 10px rgba(0, 0, 0, 0.12)'
};

const DARK: ThemeTokens = {
	theme: 'dark',
	palette: {
		bg: '#15171a',
		surface: '#1e2126',
		surfaceRaised: '#292d33',
		text: '#e9e7e3',
		textMuted: '#a5a29b',
		border: '#3a3f46',
		accent: '#6aa8ff',
		accentText: '#0d1117',
		mark: '#7a5d00',
		markText: '#fff6d6',
		focusRing: '#9cc9ff',
		danger: '#ff6b6b'
	},
	map: {
		sea: '#111820',
		land: '#23272d',
		border: '#4a5058',
		countryLabel: '#8d8a84',
		labelHalo: '#15171a',
		mentionedLow: '#4a3f31',
		mentionedHigh: '#c98d4a',
		mentionedOpacity: 0.8,
		regionFill: '#e0a35a',
		regionFillOpacity: 0.18,
		regionOutline: '#e0a35a',
		regionLabel: '#f0c890',
		placeFill: '#f2f0ea',
		placeStroke: '#15171a',
		capitalRing: '#f2f0ea',
		placeLabel: '#f2f0ea',
		highlight: '#ffd24a',
		selected: '#ffffff',
		dimOpacity: 0.18,
		arcOpacity: 0.9,
		controlIconFilter: 'invert(1)'
	},
	linkColors: LINK_COLORS_DARK,
	type: BASE_TYPE,
	strokeScale: 1,
	radius: '6px',
	shadow: '0 2px 12px rgba(0, 0, 0, 0.5)'
};

/** Projector: the dark set, pushed to higher contrast, bigger type and heavier lines. */
const PROJECTOR: ThemeTokens = {
	...DARK,
	theme: 'projector',
	palette: {
		...DARK.palette,
		bg: '#000000',
		surface: '#0b0c0e',
		surfaceRaised: '#1c1f24',
		text: '#ffffff',
		textMuted: '#d0cdc6',
		border: '#5a6068',
		focusRing: '#ffd24a'
	},
	map: {
		...DARK.map,
		sea: '#05080c',
		land: '#1d2126',
		border: '#6a717a',
		countryLabel: '#c4c0b8',
		labelHalo: '#000000',
		mentionedOpacity: 0.9,
		regionFillOpacity: 0.25,
		arcOpacity: 1
	},
	type: {
		...BASE_TYPE,
		sizeXs: '0.95rem',
		sizeSm: '1.1rem',
		sizeMd: '1.3rem',
		sizeLg: '1.6rem',
		sizeXl: '2.1rem',
		mapCountryLabel: 15,
		mapPlaceLabel: 17,
		mapRegionLabel: 15
	},
	strokeScale: 1.6
};

const THEMES: Record<Theme, ThemeTokens> = { light: LIGHT, dark: DARK, projector: PROJECTOR };

export const THEME_NAMES: readonly Theme[] = ['light', 'dark', 'projector'];

/** `#rgb` or `#rrggbb` as 0–255 channels. */
function rgb(hex: string): [number, number, number] {
	const h = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)?.[1];
	if (!h) throw new Error(`not a hex colour: ${hex}`);
	const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
	return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [
		number,
		number,
		number
	];
}

/** `top` drawn at `opacity` over `base`, as one opaque `#rrggbb` (what the screen shows). */
export function over(base: string, top: string, opacity: number): string {
	const b = rgb(base);
	const t = rgb(top);
	return `#${b
		.map((v, i) =>
			Math.round(v + (t[i]! - v) * opacity)
				.toString(16)
				.padStart(2, '0')
		)
		.join('')}`;
}

/**
 * The fill of a mentioned country at the lowest and highest share of mentions, as the screen
 * shows it: the theme's mention colours at `mentionedOpacity` over the land. The map paints these
 * opaque colours in the land layer itself (no second fill over the whole basemap), and the legend
 * shows the same ramp.
 */
export function mentionedRamp(m: MapPalette): { low: string; high: string } {
	return {
		low: over(m.land, m.mentionedLow, m.mentionedOpacity),
		high: over(m.land, m.mentionedHigh, m.mentionedOpacity)
	};
}

/** The token set of a theme (falls back to light for an unknown name). */
export function themeTokens(theme: Theme): ThemeTokens {
	return THEMES[theme] ?? LIGHT;
}

function kebab(name: string): string {
	return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * The theme as CSS custom properties, `--name: value;` separated by spaces, for a `style`
 * attribute on the root element: `--color-bg`, `--color-text`, …, `--map-sea`, …,
 * `--link-meeting`, …, `--font-family`, `--size-sm`, …, `--radius`, `--shadow`.
 */
export function cssVariables(theme: Theme): string {
	const t = themeTokens(theme);
	const vars: string[] = [];
	for (const [k, v] of Object.entries(t.palette)) vars.push(`--color-${kebab(k)}: ${v};`);
	for (const [k, v] of Object.entries(t.map)) vars.push(`--map-${kebab(k)}: ${v};`);
	for (const [k, v] of Object.entries(t.linkColors)) vars.push(`--link-${k}: ${v};`);
	vars.push(`--font-family: ${t.type.fontFamily};`);
	for (const k of ['sizeXs', 'sizeSm', 'sizeMd', 'sizeLg', 'sizeXl'] as const)
		vars.push(`--${kebab(k)}: ${t.type[k]};`);
	vars.push(`--line-height: ${t.type.lineHeight};`);
	vars.push(`--radius: ${t.radius};`);
	vars.push(`--shadow: ${t.shadow};`);
	vars.push(`--touch-target: ${LAYOUT.touchTarget}px;`);
	return vars.join(' ');
}

/**
 * The layout's sizes, the same in every theme. Below `compactBelow` CSS px of width the header
 * folds into a menu, the excerpt panel becomes a bottom sheet over the map and the legend starts
 * closed; from it up (landscape tablets too) the panel sits beside the map. CSS media queries
 * cannot read custom properties, so they repeat the number: `(max-width: 899.98px)`.
 */
export const LAYOUT = {
	compactBelow: 900,
	/** The smallest thing a thumb must hit, in CSS px (WCAG 2.5.5). */
	touchTarget: 44,
	/** The sheet's height when it opens, as a share of the area above the timeline. */
	sheetPeek: 0.42,
	/** The sheet's height when expanded (dragged up, or its handle pressed), same measure. */
	sheetFull: 0.92
} as const;

/** The media query of the compact layout (see LAYOUT), for `matchMedia`. */
export const COMPACT_QUERY = `(max-width: ${LAYOUT.compactBelow - 0.02}px)`;

/**
 * Where the legend starts closed: the compact layout, and short windows, where the open legend
 * would cover the middle of the map (where a selection is brought).
 */
export const LEGEND_CLOSED_QUERY = `${COMPACT_QUERY}, (max-height: 720px)`;

/**
 * A 4K screen at 100 % (a wall screen, a TV): the page's rem grows to 150 % (`+layout.svelte`
 * repeats the query) and the map's labels by the same factor.
 */
export const BIG_SCREEN_QUERY = '(min-width: 2560px) and (min-height: 1400px)';
export const BIG_SCREEN_SCALE = 1.5;

/**
 * How the map marks certainty, the same in every theme (a dash reads on a projector where a
 * lighter colour may not): dash and gap of uncertain arcs in line widths; the dots of arcs for
 * events that did not take place (round caps make each zero-length dash a dot); their opacity
 * relative to the theme's arc opacity.
 */
export const UNCERTAIN_DASH = [2.2, 1.6];
export const NOT_HELD_DASH = [0, 2.4];
export const UNCERTAIN_OPACITY = 0.8;
