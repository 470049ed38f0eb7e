/**
 * From the app state to the address bar: `syncUrl` keeps the query string in step with the view
 * (debounced: camera moves and play come in bursts). A new selection or the reader opened or
 * closed is a new history entry, anything else replaces the current one (`isHistoryStep`), and
 * `followHistory` applies the entry Back or Forward lands on (`restoreFromUrl`), so Back walks the
 * selections and never leaves the app before the first one. Not needed for the first frame, whose
 * view is the address's own: loaded once the map is first idle (AppShell).
 */
import type { AppState } from './AppState.svelte';
import type { Camera, Theme } from './types';
import { restoreFromUrl } from './url-restore.svelte';
import type { UrlState } from './url-state';

function round(n: number, digits: number): string {
	return String(Number(n.toFixed(digits)));
}

/**
 * Writes the view into `base` (other parameters are kept, valueless flags such as `present` stay
 * valueless), returns the query string with `?`, or '' when there is nothing to say. The order of keys is fixed so equal views give equal URLs.
 */
export function serializeUrlState(state: UrlState, base?: URLSearchParams): string {
	const params = new URLSearchParams(base);
	for (const key of ['y', 'cum', 'sel', 'cam', 'uncertain', 'notheld', 'hide', 'read', 'theme'])
		params.delete(key);
	if (state.years) {
		const { from, to } = state.years;
		params.set('y', from === to ? String(from) : `${from}-${to}`);
		if (state.cumulative) params.set('cum', '1');
	}
	if (state.selection) params.set('sel', `${state.selection.type}:${state.selection.id}`);
	if (state.reader) params.set('read', `${state.reader.article}.${state.reader.paragraph}`);
	if (!state.shown.uncertain) params.set('uncertain', '0');
	if (state.shown.notHeld) params.set('notheld', '1');
	if (state.shown.hiddenTypes.length)
		params.set('hide', [...state.shown.hiddenTypes].sort().join(','));
	if (state.theme) params.set('theme', state.theme);
	if (state.camera) {
		const { center, zoom } = state.camera;
		params.set('cam', `${round(center[0], 4)},${round(center[1], 4)},${round(zoom, 2)}`);
	}
	const s = params
		.toString()
		.replace(/%3A/gi, ':')
		.replace(/%2C/gi, ',')
		.replace(/%7E/gi, '~')
		// URLSearchParams writes a valueless flag (`?present&stop=2`) as `present=`: keep it bare.
		.replace(/(^|&)([^=&]+)=(?=&|$)/g, '$1$2');
	return s ? `?${s}` : '';
}

/**
 * Whether going from the address `before` to `after` is a step a person takes back with the
 * browser's Back button: another selection, or the reader opened or closed. Camera moves, years
 * and the legend's choices are not (they replace the current entry).
 */
export function isHistoryStep(before: URLSearchParams, after: URLSearchParams): boolean {
	return before.get('sel') !== after.get('sel') || before.get('read') !== after.get('read');
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
