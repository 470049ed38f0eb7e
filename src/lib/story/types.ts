/**
 * The guided tour is data: an ordered list of stops, each a plain record of what the map shows
 * (camera, year range, focus) and what the caption says. The player (Tour.svelte.ts,
 * PresentMode.svelte) only maps an index to a stop; nothing here knows about the DOM or MapLibre.
 */
import type { YearRange } from '$lib/state/types';

/** `[west, south, east, north]` in degrees (west may exceed 180 for arcs with unwrapped longitudes). */
export type Bounds = [number, number, number, number];

/**
 * Where the camera goes. `bounds` is framed to the screen at play time (the zoom depends on the
 * viewport); `center` + `zoom` is used as given. A stop has at least one of the two.
 */
export interface StopCamera {
	bounds?: Bounds;
	center?: [number, number];
	zoom?: number;
	bearing?: number;
	pitch?: number;
	/** Upper zoom when framing `bounds` (a single city must not fill the screen). */
	maxZoom?: number;
}

/** The source line under a caption. */
interface StopSource {
	articleId: string;
	title: string;
	outlet: string | null;
	/** The article's publication date (`YYYY[-MM[-DD]]`) or null. */
	date: string | null;
}

interface StopCaption {
	/** Short line: what happened, between whom, when. */
	heading: string;
	/**
	 * The evidence sentence, verbatim (plain text, never HTML), or a curated text. An event stop's
	 * sentence comes from articles.json: empty until it is loaded.
	 */
	text: string;
	/** Article the text comes from, if any (lets the source and notes be filled lazily). */
	articleId: string | null;
	/** Paragraph index of the evidence in that article. */
	paragraph: number | null;
	/** Filled from articles.json once it is loaded (null until then, or for stops without a source). */
	source: StopSource | null;
	/**
	 * Link whose first evidence sentence the caption quotes (event stops): text, article and
	 * paragraph are filled from articles.json once it is loaded.
	 */
	quotes?: string;
}

export interface StopFocus {
	/** Link id to highlight (selected on the map), or null. */
	link: string | null;
	/** Place ids involved (venue, parties' countries), for emphasis. */
	places: string[];
}

type StopKind = 'title' | 'event' | 'custom';

export interface TourStop {
	/** Stable id: the link id for event stops, `title` for the title stop, curated ids otherwise. */
	id: string;
	kind: StopKind;
	camera: StopCamera;
	/** Year range the filter is set to; null = all years. */
	years: YearRange | null;
	focus: StopFocus;
	caption: StopCaption;
	/** Speaker notes (curated, or the evidence's surrounding paragraph); null when none. */
	notes: string | null;
	/**
	 * For the speaker: the events the generated tour left out just before this stop (uncertain or
	 * not held), one line each; on the title stop, how many were left out in all.
	 */
	skipped?: string[];
}
