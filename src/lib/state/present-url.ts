/**
 * Presenting's address, as far as the page needs it before the tour's code is loaded: whether the
 * address asks for presentation mode (`?present&stop=N`, the stop 1-based as the counter shows
 * it). The address of a stop and of leaving (`src/lib/story/stop-url.ts`) and the player
 * (Tour.svelte.ts) are loaded with the presenter.
 */

/** Whether the URL asks for presentation mode (`?present`). */
export function isPresentUrl(url: URL): boolean {
	return url.searchParams.has('present');
}
