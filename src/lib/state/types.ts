/**
 * Types shared between the map (src/lib/map) and the UI around it.
 * The map engineer and the UI engineer both import these; keep them exactly as agreed.
 */
/**
 * A place, a link, a party (a party id as in links.geojson: `taliban`, `PK`), or a pair of parties
 * (`AF~PK`, sorted: the events drawn between them, both ways, as a flow draws them).
 */
export type SelectionType = 'place' | 'link' | 'party' | 'pair';
export type Selection = { type: SelectionType; id: string } | null;
export interface YearRange {
	from: number;
	to: number;
} // inclusive
export type Theme = 'light' | 'dark' | 'projector';
/**
 * Which links are drawn, the year range aside: beyond the certain ones (see
 * src/lib/data/certainty.ts), and which link types the legend has switched off.
 */
export interface LinksShown {
	/** Uncertain events: low confidence or inferred date (drawn dashed). */
	uncertain: boolean;
	/** Planned, cancelled, refused and denied events (drawn dotted). */
	notHeld: boolean;
	/** Link types switched off in the legend, sorted (none by default). */
	hiddenTypes: readonly string[];
}
/** What a first visit shows: uncertain events dashed, events that did not take place hidden. */
export const DEFAULT_SHOWN: LinksShown = { uncertain: true, notHeld: false, hiddenTypes: [] };
/** Every link drawn: what the style draws before any feature-state is set. */
export const ALL_SHOWN: LinksShown = { uncertain: true, notHeld: true, hiddenTypes: [] };
/** How many flows hold a shown event at the overview, and how many the map draws (the largest). */
export interface FlowsDrawn {
	drawn: number;
	of: number;
}

export interface Camera {
	center: [number, number];
	zoom: number;
	bearing?: number;
	pitch?: number;
}
/**
 * Presentation mode as the page's shell sees it: the map alone (no header, timeline, panel or
 * legend), showing these years and this selection instead of the page's.
 */
export interface PresentView {
	years: YearRange | null;
	selected: Selection;
	maxPixelRatio?: number;
	/** The map's label scale on this screen (1 = desk size). */
	labelScale?: number;
	/**
	 * A click on the map while presenting (what it would have selected, or null): the tour owns
	 * the selection then, so the click selects nothing itself.
	 */
	onmapclick?: (hit: Selection) => void;
}
export interface MapApi {
	flyToPlace(placeId: string): void;
	fitToIds(ids: string[]): void;
	setCamera(c: Camera, opts?: { animate?: boolean }): void;
	getCamera(): Camera;
	/**
	 * What covers the bottom of the map (the bottom sheet), in CSS px: the camera keeps the
	 * selection in the part left visible. 0 when nothing covers it.
	 */
	setBottomInset(px: number): void;
	/**
	 * What covers the right of the map (the side panel on a wide screen), in CSS px: the camera
	 * keeps the selection in the part left visible. 0 when nothing covers it.
	 */
	setRightInset(px: number): void;
	/**
	 * How far the open legend reaches into the map from its left edge, in CSS px (0 when closed
	 * or not shown): a selection brought into view lands clear of it.
	 */
	setLeftInset(px: number): void;
	/** What the map shows now, in degrees (west may exceed east across the antimeridian). */
	getBounds(): { west: number; south: number; east: number; north: number };
	/** A copy of the map's next frame, at the canvas's resolution ("Save this view"). */
	captureCanvas(): Promise<MapCapture>;
}

/** The map's pixels as drawn, and the CSS size they cover. */
export interface MapCapture {
	image: HTMLCanvasElement;
	cssWidth: number;
	cssHeight: number;
}
