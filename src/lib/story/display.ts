/**
 * Screen facts for presentation mode, as pure functions of what the browser reports.
 */

/**
 * Most device pixels the map should draw per frame. 4K at ratio 1 is 8.3 M pixels; beyond about
 * that, software or integrated GPUs on venue PCs drop frames during flyTo.
 */
const MAX_MAP_PIXELS = 3840 * 2160;

/**
 * The map's pixel ratio on a screen of this CSS size: the device ratio, lowered so the canvas
 * stays within `maxPixels` (never below 1, so text stays as sharp as a plain screen).
 */
export function cappedPixelRatio(
	devicePixelRatio: number,
	cssWidth: number,
	cssHeight: number,
	maxPixels = MAX_MAP_PIXELS
): number {
	const dpr = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
	const area = Math.max(1, cssWidth * cssHeight);
	const cap = Math.sqrt(maxPixels / area);
	return Math.max(1, Math.min(dpr, cap));
}

/** Whether the person asked the system for less motion (camera jumps instead of flying). */
export function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Keys typed into form fields are not presenter commands. */
export function isEditableTarget(target: EventTarget | null): boolean {
	if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
	return (
		target.isContentEditable ||
		target instanceof HTMLInputElement ||
		target instanceof HTMLTextAreaElement ||
		target instanceof HTMLSelectElement
	);
}
