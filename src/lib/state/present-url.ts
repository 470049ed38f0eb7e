/**
 * Presenting, as far as the page needs it before the tour's code is loaded: whether the address
 * asks for presentation mode (`?present&stop=N`, the stop 1-based as the counter shows it), the
 * address of a stop and of leaving, and what a stop hands the map (`stopView`). The player itself
 * (Tour.svelte.ts) is loaded with the presenter.
 */
import type { TourStop } from '$lib/story/types';
import type { Selection, YearRange } from './types';

/** What the page hands the map for a stop: the year range and the selected link. */
export function stopView(stop: TourStop | null): { years: YearRange | null; selected: Selection } {
	if (!stop) return { years: null, selected: null };
	return {
		years: stop.years,
		selected: stop.focus.link ? { type: 'link', id: stop.focus.link } : null
	};
}

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
