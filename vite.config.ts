import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { UNUSED_MAPLIBRE_PARTS, withoutParts } from './src/lib/map/unused-css';
import { parseCuration } from './src/lib/story/curation-schema';

/**
 * The tour's curation (geodata/tour.json) is bundled into the app as it is: it is checked here,
 * when a build or the dev server starts, so a malformed file stops the build with the error
 * naming the bad key, and the browser needs no validator for it.
 */
function checkTourCuration(): Plugin {
	return {
		name: 'parley:check-tour-curation',
		buildStart() {
			const file = 'geodata/tour.json';
			parseCuration(JSON.parse(readFileSync(file, 'utf8')), file);
		}
	};
}

/**
 * maplibre-gl's stylesheet without the rules of the controls, popups and markers the map never
 * shows (src/lib/map/unused-css.ts): most of the stylesheet, fetched before the first frame.
 */
function trimMaplibreCss(): Plugin {
	return {
		name: 'parley:trim-maplibre-css',
		enforce: 'pre',
		transform(code, id) {
			if (!/[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.css(\?|$)/.test(id)) return null;
			return { code: withoutParts(code, UNUSED_MAPLIBRE_PARTS), map: null };
		}
	};
}

/** Svelte's and SvelteKit's client runtime and what only they import. */
const FRAMEWORK = /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]/;

/** The map's page; every other `+page.svelte` under src/routes (the speaker view) is another page. */
const MAIN_PAGE = /[\\/]src[\\/]routes[\\/]\+page\.svelte$/;
const OTHER_PAGE = /[\\/]src[\\/]routes[\\/].+[\\/]\+page\.svelte$/;

/**
 * The main page's first load in two chunks beside the framework's: what it imports statically
 * and no other page does (with maplibre-gl), and what it shares with the other pages. Left to
 * itself the bundler cuts the code by which lazy views share which module, so the first load was
 * eight small chunks of the app (the tokens alone, the map's ids alone, the flows alone…), each
 * with its own list of imports and exports and compressed apart: about 2 KB of gzip more. Static
 * imports only are followed, so what a dynamic `import()` reaches stays out of both; the other
 * pages load the shared chunk and never the main page's (nor maplibre-gl). The two sets are
 * worked out from the module graph once it is built (`buildEnd`), before the chunks are made.
 */
function firstLoadChunks(): {
	plugin: Plugin;
	groups: { name: string; test: (id: string) => boolean }[];
} {
	let pageOnly = new Set<string>();
	let shared = new Set<string>();
	return {
		plugin: {
			name: 'parley:first-load-chunks',
			buildEnd() {
				const closure = (start: string[]) => {
					const seen = new Set<string>(start);
					for (const id of seen)
						for (const next of this.getModuleInfo(id)?.importedIds ?? []) seen.add(next);
					return seen;
				};
				const ids = [...this.getModuleIds()];
				const page = closure(ids.filter((id) => MAIN_PAGE.test(id)));
				const others = closure(ids.filter((id) => OTHER_PAGE.test(id)));
				pageOnly = new Set([...page].filter((id) => !others.has(id)));
				shared = new Set([...page].filter((id) => others.has(id)));
			}
		},
		groups: [
			{ name: 'shared', test: (id) => shared.has(id) },
			{ name: 'page', test: (id) => pageOnly.has(id) }
		]
	};
}
const firstLoad = firstLoadChunks();

export default defineConfig({
	plugins: [checkTourCuration(), trimMaplibreCss(), firstLoad.plugin, sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					// Svelte's and SvelteKit's runtime in one chunk: every page loads all of it, and the
					// bundler otherwise cuts it into chunks by which lazy parts share which piece, each
					// with its own list of imports and exports (about 1 KB of gzip in all). Then the
					// main page's own code and what it shares with the other pages (firstLoadChunks).
					groups: [{ name: 'framework', test: FRAMEWORK }, ...firstLoad.groups]
				}
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts', 'ingest/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node'
	}
});
