/**
 * Between the app state and the address bar: `restoreFromUrl` applies a query string once data is
 * loaded (unknown ids and years outside the data are dropped), `syncUrl` keeps the query string in
 * step with the view afterwards (debounced: camera moves and play come in bursts). A new selection
 * or the reader opened or closed is a new history entry, anything else replaces the current one
 * (`isHistoryStep`), and `followHistory` applies the entry Back or Forward lands on, so Back walks
 * the selections and never leaves the app before the first one.
 */
import type { AppState } from './AppState.svelte';
import type { Camera, Theme } from './types';
import {
	isHistoryStep,
	knownSelection,
	parseUrlState,
	serializeUrlState,
	type UrlState
} from './url-state';

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

/**
 * Call during component init: applies the view of the history entry Back or Forward lands on
 * (the camera stays where it is: camera moves are not history entries).
 */
function followHistory(app: AppState, moves: HistoryMoves): void {
	$effect(() => {
		const onpop = () => {
			moves.count++;
			// After the router has settled the address.
			setTimeout(() => restoreFromUrl(app, location.search), 0);
		};
		addEventListener('popstate', onpop);
		return () => removeEventListener('popstate', onpop);
	});
}

/**
 * The view as it goes into the URL (cumulative views name only their last year). `theme` is the
 * theme to share, or null for none (the page leaves out the system's default and presenting's
 * projector theme).
 */
export function viewOf(app: AppState, camera: Camera | null, theme: Theme | null = null): UrlState {
	const y = app.years;
	const years = y.all ? null : { from: y.cumulative ? y.to : y.from, to: y.to };
	return {
		years,
		cumulative: years !== null && y.cumulative,
		selection: app.selection.current,
		camera,
		shown: app.shown,
		theme,
		reader: app.selection.reader
			? { article: app.selection.reader.article, paragraph: app.selection.reader.paragraph }
			: null
	};
}

/** How many times Back or Forward moved the page (a view read before a move is out of date). */
interface HistoryMoves {
	count: number;
}

/**
 * Call during component init: an effect that writes the view into the URL with `write`. A write
 * still waiting when Back or Forward moves the page is dropped: it holds the view of the entry
 * left, and written over the entry arrived at it would undo the move (the view of the new entry
 * comes back through the state and writes itself).
 */
function syncUrl(
	read: () => UrlState,
	write: (url: URL) => void,
	moves: HistoryMoves,
	delayMs = 250
): void {
	$effect(() => {
		const state = read();
		if (serializeUrlState(state, new URLSearchParams(location.search)) === location.search) return;
		const movesBefore = moves.count;
		const timer = setTimeout(() => {
			if (moves.count !== movesBefore) return;
			// Merged into the URL as it is now, not as it was when the view changed: another writer
			// (presentation mode's `?present&stop=N`) may have changed it in between.
			const query = serializeUrlState(state, new URLSearchParams(location.search));
			if (query === location.search) return;
			const url = new URL(location.href);
			url.search = query;
			try {
				write(url);
			} catch {
				// The router may not be ready yet, or the browser throttles history writes: try next change.
			}
		}, delayMs);
		return () => clearTimeout(timer);
	});
}

/**
 * Call during component init: the page's view goes into the address (a history entry when
 * `isHistoryStep` says so, `push`; else `replace`), and Back/Forward bring the entry's view back.
 * The theme goes in once chosen (a shared link opens in it); the system's default needs no
 * mention, and presenting's projector theme is not a choice: the address keeps the last one.
 */
export function keepViewInUrl(
	app: AppState,
	opts: {
		camera: () => Camera | null;
		presenting: () => boolean;
		systemTheme: Theme;
		push: (url: URL) => void;
		replace: (url: URL) => void;
	}
): void {
	let sharedTheme: Theme | null = null;
	const urlTheme = $derived.by(() => {
		if (!opts.presenting()) sharedTheme = app.theme === opts.systemTheme ? null : app.theme;
		return sharedTheme;
	});
	const moves: HistoryMoves = { count: 0 };
	syncUrl(
		() => viewOf(app, opts.camera(), urlTheme),
		(url) =>
			isHistoryStep(new URLSearchParams(location.search), url.searchParams)
				? opts.push(url)
				: opts.replace(url),
		moves
	);
	followHistory(app, moves);
}
