import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
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

export default defineConfig({
	plugins: [checkTourCuration(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts', 'ingest/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node'
	}
});
