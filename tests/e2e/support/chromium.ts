import { existsSync } from 'node:fs';

/**
 * Which Chromium the browser tests drive. Machines without internet cannot download
 * Playwright's own build, so a system Chromium is preferred when there is one: CHROMIUM_PATH
 * if set, else Debian's /usr/bin/chromium. `undefined` means Playwright's bundled browser.
 */
export function chromiumExecutable(): string | undefined {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
	return candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
}

/**
 * Flags for running as root on a closed network: no sandbox (root), no GPU (headless servers),
 * and none of the background calls home that would otherwise fail noisily at every start.
 */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
