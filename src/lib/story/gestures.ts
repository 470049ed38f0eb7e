/**
 * Touch and mouse input for presenting, as pure functions of what the browser reports: which
 * one-finger swipes turn stops, and which map clicks count as a click on the map's empty area.
 *
 * A swipe is judged by its start and end only: far enough across (SWIPE_MIN_PX, or a twentieth of
 * the screen on a big one), mostly sideways, and quick (a slow drag is someone panning the map).
 * Swiping left shows what comes next, as a page turns; swiping right goes back.
 */
import type { Selection } from '$lib/state/types';

/** Where and when a touch started or ended (CSS px, ms). */
export interface TouchPoint {
	x: number;
	y: number;
	t: number;
}

/** The shortest swipe that turns a stop, in CSS px. */
const SWIPE_MIN_PX = 50;
/** A swipe slower than this is a drag (panning the map), not a page turn. */
export const SWIPE_MAX_MS = 800;

/** The command a one-finger swipe from `start` to `end` gives on a screen `width` wide, or null. */
export function swipeCommand(
	start: TouchPoint,
	end: TouchPoint,
	width: number
): 'next' | 'prev' | null {
	const dx = end.x - start.x;
	const dy = end.y - start.y;
	const dt = end.t - start.t;
	if (![dx, dy, dt].every(Number.isFinite) || dt < 0 || dt > SWIPE_MAX_MS) return null;
	const min = Math.max(SWIPE_MIN_PX, Number.isFinite(width) ? width / 20 : 0);
	// Mostly sideways: at least twice as far across as up or down.
	if (Math.abs(dx) < min || Math.abs(dx) < 2 * Math.abs(dy)) return null;
	return dx < 0 ? 'next' : 'prev';
}

/**
 * Whether a click on the map selected nothing the audience is shown as a thing: no feature, or a
 * country, province or region polygon (the backdrop). Arcs, flows and cities are things; a click
 * on one does not turn the stop.
 */
export function isMapBackdrop(selection: Selection): boolean {
	if (!selection) return true;
	if (selection.type !== 'place') return false;
	return /^(country|province|region)-/.test(selection.id);
}
