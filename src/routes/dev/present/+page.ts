// Dev-only: presentation mode over the real map and data, before it is wired into the main page.
import { asset } from '$app/paths';
import { loadMapData } from '$lib/data/load';
import type { PageLoad } from './$types';

export const ssr = false;

export const load: PageLoad = async ({ fetch }) => {
	try {
		const resolve = (p: string) => asset(p as Parameters<typeof asset>[0]);
		return { ok: true as const, ...(await loadMapData(fetch, resolve)) };
	} catch (e) {
		return { ok: false as const, message: e instanceof Error ? e.message : String(e) };
	}
};
