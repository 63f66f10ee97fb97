import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/e2e/support/chromium.ts';

/**
 * The port the built site is served on during tests: E2E_PORT when set, else a port the system
 * reports free now. The choice goes into the environment because the worker processes load
 * this file again and must reach the same server.
 */
function freePort(): string {
	const script =
		"const s=require('net').createServer().listen(0,'localhost',()=>{console.log(s.address().port);s.close()})";
	return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}
process.env.E2E_PORT ||= freePort();
const PORT = Number(process.env.E2E_PORT);
const executablePath = chromiumExecutable();

/**
 * Browser tests run against the production build in dist/ (Pagefind's index exists only
 * there), served by scripts/serve-dist.mjs with the security headers a static host would send
 * (dist/_headers, including the CSP). `npm test` builds first; run `npm run build` before
 * `npx playwright test` on its own. The run starts its own server and never reuses one already
 * on the port, which could be another checkout's build: a taken port fails the run instead.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	forbidOnly: true,
	fullyParallel: true,
	// One worker per core: each drives its own Chromium, and more than the cores only contend.
	workers: Math.max(1, availableParallelism()),
	retries: 0,
	timeout: 60_000,
	reporter: [
		['list'],
		...(process.env.CI ? [] : [['html', { open: 'never' }] as const]),
		['./tests/e2e/support/spec-times-reporter.ts'],
	],
	use: {
		baseURL: `http://localhost:${PORT}`,
		// Recording a trace of every test costs about a sixth of the run; pass --trace retain-on-failure
		// to record them when a failure needs one.
		trace: 'off',
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
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
