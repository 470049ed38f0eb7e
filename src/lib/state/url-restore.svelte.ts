/**
 * The view named by an address, applied to the app: once data is loaded (unknown ids and years
 * outside the data are dropped), and again when Back or Forward lands on an entry. Until the map
 * is first idle the view is the address's own: the code that writes it back and follows Back and
 * Forward (`url-sync.svelte.ts`) is fetched then, and writes any change made in between.
 */
import type { AppState } from './AppState.svelte';
import type { Camera } from './types';
import { knownSelection, parseUrlState } from './url-state';
import type { keepViewInUrl } from './url-sync.svelte';

/** Applies the view in `search` to the app; returns the camera it names, if any. */
export function restoreFromUrl(app: AppState, search: string): Camera | null {
	const state = parseUrlState(search, app.domain ?? undefined);
	if (app.domain) app.years.restore(state.years, state.cumulative);
	const selection = knownSelection(state.selection, (type, id) => app.has(type, id));
	if (selection) app.select(selection);
	else app.selection.clear();
	app.shown = state.shown;
	// A link names a theme only when its sender chose one; without it the viewer's own stays.
	if (state.theme) app.theme = state.theme;
	const r = state.reader;
	if (
		r &&
		(r.article !== app.selection.reader?.article || r.paragraph !== app.selection.reader.paragraph)
	) {
		app.selection.openReader(r.article, r.paragraph);
		void app.articles.ensure();
	} else if (!r && app.selection.reader) app.selection.closeReader();
	return state.camera;
}

/** Call during component init: `keepViewInUrl`, from the map's first idle on. */
export function keepViewInUrlOnceIdle(
	app: AppState,
	opts: Parameters<typeof keepViewInUrl>[1]
): void {
	$effect(() => {
		if (!app.mapIdle) return;
		let stop: (() => void) | null = null;
		let gone = false;
		void import('./url-sync.svelte').then(({ keepViewInUrl }) => {
			if (!gone) stop = $effect.root(() => keepViewInUrl(app, opts));
		});
		return () => {
			gone = true;
			stop?.();
		};
	});
}
