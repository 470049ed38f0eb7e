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

export default defineConfig({
	plugins: [checkTourCuration(), trimMaplibreCss(), sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					// Svelte's and SvelteKit's runtime in one chunk: every page loads all of it, and the
					// bundler otherwise cuts it into chunks by which lazy parts share which piece, each
					// with its own list of imports and exports (about 1 KB of gzip in all).
					groups: [{ name: 'framework', test: FRAMEWORK }]
				}
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts', 'ingest/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node'
	}
});
