import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// A second build beside the usual one (the browser test that corrects a link, re-ingests and
// rebuilds) reads its static files and writes its output elsewhere; a normal build sets none.
const env = process.env;
const out = env.PARLEY_BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		...(env.PARLEY_KIT_DIR ? { outDir: env.PARLEY_KIT_DIR } : {}),
		...(env.PARLEY_STATIC_DIR ? { files: { assets: env.PARLEY_STATIC_DIR } } : {}),
		// Registered by the app itself once the first map is drawn (src/lib/offline.ts).
		serviceWorker: { register: false }
	}
};

export default config;
