/**
 * Presenting's address, as far as the page needs it before the tour's code is loaded: whether the
 * address asks for presentation mode (`?present&stop=N`, the stop 1-based as the counter shows
 * it), and the address of a stop and of leaving. The player (Tour.svelte.ts) is loaded with the
 * presenter.
 */

/** Whether the URL asks for presentation mode (`?present`). */
export function isPresentUrl(url: URL): boolean {
	return url.searchParams.has('present');
}

/** The 0-based stop index from `stop=N` (1-based), or 0 when absent or not a valid number. */
export function readStopParam(url: URL, count: number): number {
	const raw = url.searchParams.get('stop');
	if (!raw || !/^\d{1,5}$/.test(raw)) return 0;
	const n = Number(raw);
	if (n < 1) return 0;
	return Math.min(n, Math.max(count, 1)) - 1;
}

/** The URL with `present` and `stop=index+1` set (other parameters kept), e.g. `?present&stop=4`. */
export function presentUrl(url: URL, index: number): URL {
	const out = new URL(url);
	out.searchParams.set('present', '');
	out.searchParams.set('stop', String(index + 1));
	out.search = out.search.replace(/([?&])present=(?=&|$)/, '$1present');
	return out;
}

/** The URL without the presentation parameters. */
export function leavePresentUrl(url: URL): URL {
	const out = new URL(url);
	out.searchParams.delete('present');
	out.searchParams.delete('stop');
	return out;
}
