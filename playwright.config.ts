import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/e2e/support/chromium.ts';

/** Port the built site is served on during tests; distinct from `npm start`'s 4321. */
const PORT = Number(process.env.E2E_PORT ?? 4329);
const executablePath = chromiumExecutable();

/**
 * Browser tests run against the production build in dist/ (Pagefind's index exists only
 * there), served by scripts/serve-dist.mjs with the
 * security headers a static host would send (dist/_headers, including the CSP). `npm test` builds first; run `npm run build` before
 * `npx playwright test` on its own.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	forbidOnly: true,
	fullyParallel: true,
	// The machines this runs on have two cores; more workers only contend for them.
	workers: 2,
	retries: 0,
	timeout: 60_000,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
			},
		},
	],
	webServer: {
		command: `node scripts/serve-dist.mjs --port ${PORT}`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
