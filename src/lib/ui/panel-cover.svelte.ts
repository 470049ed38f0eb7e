/**
 * The excerpt panel or the event feed lies over the map's right side on a wide screen, as the
 * bottom sheet lies over its bottom on a small one: narrowing the map would resize its WebGL
 * canvas, a reallocation and full redraw at each opening and closing (0.3–1.6 s of main thread at
 * 10,000 articles on a machine without a GPU). The map's camera padding follows the panel's
 * width, so the selection stays in the part left visible (camera-moves.ts).
 */
import { MediaQuery } from 'svelte/reactivity';
import { COMPACT_QUERY } from '$lib/config/tokens';
import type { AppState } from '$lib/state/AppState.svelte';

/** Keeps the map's right inset equal to the width of the panel in `slot` (0 when none is open). */
export function followPanelCover(app: AppState, slot: () => HTMLElement | undefined): void {
	// Small screens: the panel is a bottom sheet, which reports its own height (ExcerptPanel).
	const compact = new MediaQuery(COMPACT_QUERY);
	let width = $state(0);
	// One slot taking another's place (the feed giving way to the panel) keeps the inset as it is
	// until the new one is measured: no camera move to 0 and back.
	$effect(() => {
		const el = slot();
		if (!el || compact.current) {
			width = 0;
			return;
		}
		const observer = new ResizeObserver(() => (width = el.offsetWidth));
		observer.observe(el);
		return () => observer.disconnect();
	});
	$effect(() => app.map?.setRightInset(width));
}
