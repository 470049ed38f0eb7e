// The map needs the browser: the page is prerendered as an empty shell and loads its data there.
import { asset } from '$app/paths';
import { loadMapData } from '$lib/data/load';
import type { PageLoad } from './$types';

export const ssr = false;

export const load: PageLoad = async ({ fetch }) => {
	const resolve = (path: string) => asset(path as Parameters<typeof asset>[0]);
	try {
		return { ok: true as const, ...(await loadMapData(fetch, resolve)) };
	} catch (e) {
		return { ok: false as const, message: e instanceof Error ? e.message : String(e) };
	}
};
