import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts', 'ingest/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node'
	}
});
