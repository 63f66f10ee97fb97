/**
 * Makes sure the system tools the tests drive are on this machine, and says what it does, so
 * `npm test` is every check on a fresh machine rather than only in CI:
 *   - Chromium for the browser tests: CHROMIUM_PATH or Debian's /usr/bin/chromium, else
 *     Playwright's own (installed with Playwright's installer where downloads work);
 *   - the firewall tools that check the generated rules (nft, iptables-restore, ufw,
 *     firewall-offline-cmd), and nginx, haproxy (with openssl for a test certificate) and
 *     shellcheck for the configuration checks.
 * What is missing comes from Debian's packages with apt-get when run as root (closed networks
 * still reach Debian's mirror). Anything still missing is listed with how to get it; the tests
 * that need it then fail with that reason, they never skip. Only a missing Chromium stops the
 * run here, since no browser test could start without one.
 *
 * Usage: node scripts/ensure-tools.mjs [chromium|system]   (no argument: both)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Each command the tests run, the Debian package that provides it, and what it checks. */
const SYSTEM_TOOLS = [
	{ command: 'nft', debian: 'nftables', checks: 'the nftables rules' },
	{ command: 'iptables-restore', debian: 'iptables', checks: 'the iptables rules' },
	{ command: 'ufw', debian: 'ufw', checks: 'the ufw commands' },
	{ command: 'firewall-offline-cmd', debian: 'firewalld', checks: 'the firewalld commands' },
	{ command: 'nginx', debian: 'nginx', checks: 'the load balancer configuration' },
	{ command: 'haproxy', debian: 'haproxy', checks: 'the load balancer configuration' },
	{ command: 'openssl', debian: 'openssl', checks: 'the load balancer configuration (its test certificate)' },
	{ command: 'shellcheck', debian: 'shellcheck', checks: 'the generated shell scripts' },
	// Debian does not package Terraform (its licence changed); HashiCorp's own apt repository does.
	{ command: 'terraform', debian: undefined, checks: 'the Terraform security groups' },
];

const say = (message) => console.log(`ensure-tools: ${message}`);
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;
const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const canApt = typeof process.getuid === 'function' && process.getuid() === 0 && onPath('apt-get');

let aptUpdated = false;
function aptInstall(packages) {
	if (!canApt) return false;
	say(`installing Debian's ${packages.join(', ')} with apt-get...`);
	if (!aptUpdated) aptUpdated = run('apt-get', ['update']);
	return (
		aptUpdated &&
		spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		}).status === 0
	);
}

/** True when the browser tests have a Chromium, getting one if need be. */
function ensureChromium() {
	const found = (message) => {
		say(`Chromium: ${message}`);
		return true;
	};
	const systemPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
	if (systemPath) return found(`using ${systemPath}.`);
	const bundled = chromium.executablePath();
	if (bundled && existsSync(bundled)) return found(`using Playwright's at ${bundled}.`);
	say('no Chromium found; trying Playwright\'s installer ("npx playwright install chromium")...');
	if (run('npx', ['playwright', 'install', 'chromium']) && existsSync(chromium.executablePath()))
		return found("installed Playwright's.");
	if (aptInstall(['chromium']) && existsSync('/usr/bin/chromium')) return found('installed /usr/bin/chromium.');
	console.error(
		'ensure-tools: could not get a Chromium. Install one (e.g. `apt-get install chromium`) and, if it is not at ' +
			'/usr/bin/chromium, point CHROMIUM_PATH at it.',
	);
	return false;
}

/**
 * Installs the missing system tools that Debian packages, then lists any still missing. It does
 * not stop the run: the unit tests that need a missing tool fail with the reason, next to the
 * results of all the others.
 */
function ensureSystemTools() {
	const missing = () => SYSTEM_TOOLS.filter((tool) => !onPath(tool.command));
	const installable = missing().filter((tool) => tool.debian !== undefined);
	if (installable.length > 0) {
		say(`missing: ${installable.map((tool) => `${tool.command} (checks ${tool.checks})`).join(', ')}.`);
		if (!aptInstall([...new Set(installable.map((tool) => tool.debian))]))
			say('could not install them (apt-get needs root and a reachable mirror).');
	}
	const still = missing();
	for (const tool of still) {
		const how = tool.debian
			? `apt-get install ${tool.debian}`
			: 'see https://developer.hashicorp.com/terraform/install';
		say(`${tool.command} is still missing (checks ${tool.checks}): ${how}; the tests that need it will fail.`);
	}
	if (still.length === 0) say(`found ${SYSTEM_TOOLS.map((tool) => tool.command).join(', ')}.`);
}

const which = process.argv[2];
if (which !== 'chromium') ensureSystemTools();
if (which !== 'system' && !ensureChromium()) process.exit(1);
