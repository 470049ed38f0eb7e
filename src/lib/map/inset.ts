/**
 * The bottom sheet (phones and small windows) covers the lower part of the map instead of
 * narrowing it as the side panel does. The map's camera padding is set to the sheet's height, so
 * the camera's centre is the centre of what stays visible; when the padding changes, MapLibre keeps
 * the centre's coordinates, so everything on screen moves by half the change.
 */

export interface ScreenPoint {
	x: number;
	y: number;
}

/** How far from the sheet's edge (and the map's) a selected feature must stay to count as visible. */
const INSET_MARGIN = 24;

/**
 * Whether a point that is visible now (above the current inset `from`) would end up under the
 * sheet, or off the map, once the bottom inset becomes `to`. Points already off the visible part
 * are not the sheet's doing and return false.
 */
export function coveredByInset(
	point: ScreenPoint,
	size: { width: number; height: number },
	from: number,
	to: number,
	margin = INSET_MARGIN
): boolean {
	const visible = (y: number, inset: number) => y >= margin && y <= size.height - inset - margin;
	if (point.x < 0 || point.x > size.width || !visible(point.y, from)) return false;
	return !visible(point.y - (to - from) / 2, to);
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
