/**
 * Makes sure the browser tests have a Chromium, and says what it is doing. In order:
 *   1. CHROMIUM_PATH or Debian's /usr/bin/chromium, when present (what the tests prefer);
 *   2. Playwright's own Chromium, when it is already installed;
 *   3. Playwright's installer, where downloads work;
 *   4. Debian's package, when running as root with apt-get (closed networks reach Debian's mirror).
 * It fails with a clear message only when all of these do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const say = (message) => console.log(`ensure-chromium: ${message}`);
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;

const systemPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
if (systemPath) {
	say(`using ${systemPath}.`);
	process.exit(0);
}

const bundled = chromium.executablePath();
if (bundled && existsSync(bundled)) {
	say(`using Playwright's Chromium at ${bundled}.`);
	process.exit(0);
}

say('no Chromium found; trying Playwright\'s installer ("npx playwright install chromium")...');
if (run('npx', ['playwright', 'install', 'chromium']) && existsSync(chromium.executablePath())) {
	say("installed Playwright's Chromium.");
	process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0) {
	say("Playwright's download failed; installing Debian's chromium package with apt-get...");
	if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']) && existsSync('/usr/bin/chromium')) {
		say('installed /usr/bin/chromium.');
		process.exit(0);
	}
}

console.error(
	'ensure-chromium: could not get a Chromium. Install one (e.g. `apt-get install chromium`) and, if it is not at ' +
		'/usr/bin/chromium, point CHROMIUM_PATH at it.',
);
process.exit(1);
