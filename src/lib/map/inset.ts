/**
 * What covers part of the map instead of narrowing it: the bottom sheet (phones and small
 * windows) its lower part, the side panel (wider screens) its right part. Narrowing the map would
 * resize its WebGL canvas, a full reallocation and redraw that costs hundreds of milliseconds at
 * scale; the map keeps its size and its camera padding is set to what covers it, so the camera's
 * centre is the centre of what stays visible. When the padding changes, MapLibre keeps the centre's
 * coordinates, so everything on screen moves by half the change.
 */

export interface ScreenPoint {
	x: number;
	y: number;
}

/** What covers the map's bottom and right edges, in CSS px (0: nothing). */
export interface Inset {
	bottom: number;
	right: number;
}

/** How far from the covering edge (and the map's) a selected feature must stay to count as visible. */
const INSET_MARGIN = 24;

/**
 * Whether a point that is visible now (clear of the current inset `from`) would end up covered,
 * or off the map, once the inset becomes `to`. Points already off the visible part are not the
 * inset's doing and return false.
 */
export function coveredByInset(
	point: ScreenPoint,
	size: { width: number; height: number },
	from: Inset,
	to: Inset,
	margin = INSET_MARGIN
): boolean {
	const visible = (x: number, y: number, inset: Inset) =>
		x >= margin &&
		x <= size.width - inset.right - margin &&
		y >= margin &&
		y <= size.height - inset.bottom - margin;
	if (!visible(point.x, point.y, from)) return false;
	return !visible(
		point.x - (to.right - from.right) / 2,
		point.y - (to.bottom - from.bottom) / 2,
		to
	);
}

/** Room kept around what the camera frames, in CSS px. */
const FRAME_PADDING = 80;
/** The least width left for what is framed when the legend takes the rest. */
const FRAME_MIN_WIDTH = 160;

/**
 * The padding a framing move (a selection brought into view) keeps: room on every side, and on
 * the left the open legend's width too, so a selected place or arc does not land under it. On a
 * map too narrow for both, the legend's share shrinks to leave FRAME_MIN_WIDTH to frame in.
 */
export function framePadding(
	width: number,
	leftInset: number
): { top: number; right: number; bottom: number; left: number } {
	const room = Math.max(0, width - 2 * FRAME_PADDING - FRAME_MIN_WIDTH);
	const left = FRAME_PADDING + Math.min(Math.max(0, leftInset), room);
	return { top: FRAME_PADDING, right: FRAME_PADDING, bottom: FRAME_PADDING, left };
}
