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
