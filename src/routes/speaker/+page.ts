// The speaker window: a browser-only page (prerendered as an empty shell) that loads the same data
// as the map so it can build the same tour, then follows the main window over BroadcastChannel.
import { asset } from '$app/paths';
import { loadMapData } from '$lib/data/load';
import type { PageLoad } from './$types';

export const ssr = false;

const resolveAsset = (path: string): string => asset(path as Parameters<typeof asset>[0]);

export const load: PageLoad = async ({ fetch }) => {
	try {
		return { ok: true as const, ...(await loadMapData(fetch, resolveAsset)) };
	} catch (e) {
		return { ok: false as const, message: e instanceof Error ? e.message : String(e) };
	}
};
