/**
 * Browser tests: Playwright drives Debian's chromium (Playwright cannot download its own browser
 * here) against the PRODUCTION build served by `vite preview`. `npm run test:e2e` installs
 * chromium when missing, builds, then runs this. WebGL runs on SwiftShader (no GPU), so the first
 * map render is slow: timeouts are generous, and there is one worker (a 2-core machine).
 */
import { defineConfig } from '@playwright/test';

// PARLEY_E2E_PORT lets a second checkout run its browser tests beside this one.
const PORT = Number(process.env.PARLEY_E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** The spec that runs at every screen size (the rest run at desk size, a few at 1920 too). */
const VIEWPORTS_SPEC = /viewports\.spec\.ts$/;

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !!process.env.CI,
	timeout: 120_000,
	expect: { timeout: 15_000 },
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
	use: {
		baseURL: BASE_URL,
		browserName: 'chromium',
		headless: true,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			// ANGLE on SwiftShader gives WebGL2 without a GPU. Never `--use-gl=swiftshader`: it disables WebGL.
			// Headless Chromium otherwise starts an omnibox WebUI renderer per window (about a CPU-second
			// each on a small machine); the bench launches with the same flags.
			args: [
				'--use-angle=swiftshader',
				'--enable-unsafe-swiftshader',
				'--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'
			]
		},
		// The app is offline by design; tests/e2e/fixtures.ts aborts and reports any outside request.
		serviceWorkers: 'block',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		actionTimeout: 15_000,
		navigationTimeout: 30_000
	},
	projects: [
		{
			name: 'desk-1366',
			use: { viewport: { width: 1366, height: 768 } },
			testIgnore: VIEWPORTS_SPEC
		},
		{
			// The big screen: only where the size matters (layout, the map drawing).
			name: 'screen-1920',
			use: { viewport: { width: 1920, height: 1080 } },
			testMatch: /(layout|map-draws)\.spec\.ts$/
		},
		// Every screen size, for the one spec that checks layout, reach and axe at each.
		{
			// A phone held upright: touch, mobile viewport (pixel ratio 1: SwiftShader draws every pixel).
			name: 'phone-390',
			use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
			testMatch: VIEWPORTS_SPEC
		},
		{
			name: 'small-800',
			use: { viewport: { width: 800, height: 600 } },
			testMatch: VIEWPORTS_SPEC
		},
		{
			name: 'desk-1440',
			use: { viewport: { width: 1440, height: 900 } },
			testMatch: VIEWPORTS_SPEC
		},
		// The long heap loop (200 stops, several minutes), only when asked: `npm run test:soak`.
		...(process.env.PARLEY_SOAK
			? [
					{
						name: 'soak',
						use: { viewport: { width: 1366, height: 768 } },
						testMatch: /present\.spec\.ts$/,
						grep: /keeps the JS heap flat/
					}
				]
			: []),
		{
			// A 4K screen at 100 % (a wall screen or a TV).
			name: 'wall-3840',
			use: { viewport: { width: 3840, height: 2160 } },
			// Eight million pixels per frame on SwiftShader: every map step takes a few times longer.
			timeout: 360_000,
			testMatch: VIEWPORTS_SPEC
		}
	],
	webServer: {
		// `node …/vite` so the process Playwright stops is the server itself (see scripts/bench-app.ts).
		command: `node node_modules/.bin/vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
		url: BASE_URL,
		// A server left over from an older build, or from a run that was stopped, serves stale chunks
		// and an old corpus: never reuse one (`.ci/run` does not set CI, so this may not depend on it).
		// A preview still running on the port makes the run fail at once instead (--strictPort).
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
