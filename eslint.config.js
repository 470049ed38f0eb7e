import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	// Generated or downloaded output, never edited by hand (the same list .gitignore keeps out).
	globalIgnores([
		'build/',
		'.svelte-kit/',
		'test-results/',
		'test-results-keep/',
		'playwright-report/',
		'bench-results/',
		'tmp/',
		'.parley-staging-*/',
		'static/data/',
		'static/geo/'
	]),
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript already reports undefined names, and knows types and ambient globals this rule
			// does not (typescript-eslint's advice; SvelteKit's template switches it off too).
			'no-undef': 'off',
			// A copy without some keys is written `const { events: _events, ...rest } = x`: the
			// left-out names are the point, not a mistake.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
			// pushState/replaceState here only rewrite the query of the address the page is on (a URL
			// made from location.href, base path included); resolve() is for going to a route, and
			// goto() and links are still checked.
			'svelte/no-navigation-without-resolve': [
				'error',
				{ ignorePushState: true, ignoreReplaceState: true }
			],
			// State here changes by replacing values (`app.shown = { ...app.shown, … }`), never by
			// mutating a Map, Set, Date or URL in place. What this rule flags are scratch values built
			// inside one function or $derived, or lookups filled once in a constructor; a SvelteMap
			// there would only add tracking nobody reads.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		// Size limits of the house style: a module says one thing, a function does one. The modules
		// listed below are longer, each for the reason docs/ARCHITECTURE.md gives.
		files: ['src/**', 'ingest/**'],
		rules: {
			'max-lines': ['error', { max: 350 }],
			'max-lines-per-function': ['error', { max: 80 }]
		}
	},
	{
		files: [
			'src/lib/config/tokens.ts',
			'src/lib/data/schema.ts',
			'src/lib/story/PresentMode.svelte',
			'ingest/dates.ts',
			'ingest/gazetteer.ts',
			'ingest/corrections-entries.ts',
			'ingest/pipeline.ts',
			'ingest/stages/clean.ts',
			'ingest/stages/clean-html.ts',
			'ingest/stages/search.ts'
		],
		rules: { 'max-lines': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
