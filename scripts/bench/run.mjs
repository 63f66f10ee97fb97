/**
 * `npm run bench`: how the build and the site scale. For each scale (x1 is the real data set;
 * x10 and x100 add synthetic products and port rules, see synthetic-data.mjs) it builds a copy
 * of the project and reports build time, pages, dist/ size, up-front JS per page (gzip), the
 * Pagefind index size, the bytes one search downloads, and how long the matrix filter takes
 * to update in Chromium. It also builds a bare Starlight site with the same page count and
 * reports our build time as a ratio of it. Results go to bench/results/latest.{md,json}.
 *
 * Usage: npm run bench [-- --scales 1,10,100]
 * Timings are measurements of this machine at this moment, never assertions.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../../tests/e2e/support/chromium.ts';
import { writeBareStarlight } from './bare-starlight.mjs';
import { folderBytes, largestPage, scriptBytesPerPage } from './page-weight.mjs';
import { writeSyntheticData } from './synthetic-data.mjs';

const { values } = parseArgs({ options: { scales: { type: 'string', default: '1,10,100' } } });
const scales = values.scales.split(',').map(Number);
// Copies live inside the project (bench/out/ is git-ignored) so that they resolve packages from
// its node_modules by walking up, as any nested folder does; a symlinked node_modules would
// make Vite see each file under two paths.
const work = resolve('bench/out');
const astro = resolve('node_modules/astro/bin/astro.mjs');

function timedBuild(root) {
	const started = performance.now();
	execFileSync(process.execPath, [astro, 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	return (performance.now() - started) / 1000;
}

function copyProject(root) {
	rmSync(root, { recursive: true, force: true });
	const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
		encoding: 'utf8',
	})
		.split('\0')
		.filter((file) => file !== '' && !file.startsWith('node_modules') && !file.startsWith('bench/'));
	for (const file of files) cpSync(file, join(root, file), { recursive: true });
	// The bench copy is not a git checkout; Starlight's last-updated dates need one.
	execFileSync('git', ['init', '-q'], { cwd: root });
	execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'add', '-A'], { cwd: root });
	execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', 'bench'], {
		cwd: root,
	});
}

function median(numbers) {
	const sorted = [...numbers].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function browserFigures(root, port) {
	const server = spawn(process.execPath, [resolve('scripts/serve-dist.mjs'), '--port', String(port)], {
		cwd: root,
		stdio: 'ignore',
	});
	try {
		for (let attempt = 0; attempt < 50; attempt++) {
			if (
				await fetch(`http://localhost:${port}/`).then(
					(r) => r.ok,
					() => false,
				)
			)
				break;
			await new Promise((done) => setTimeout(done, 200));
		}
		const executablePath = chromiumExecutable();
		const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
		const page = await browser.newPage();

		// Bytes one search downloads: everything under /pagefind/ fetched for one query.
		let searchBytes = 0;
		page.on('response', async (response) => {
			if (!response.url().includes('/pagefind/')) return;
			searchBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
		});
		// The query is filled at once, as a paste would: typed key by key, each prefix (5, 52, 522)
		// would be a search of its own and fetch its own chunks.
		await page.goto(`http://localhost:${port}/`);
		await page.keyboard.press('Control+k');
		await page.getByRole('searchbox', { name: 'Search this site' }).fill('5228');
		await page
			.locator('pagefind-summary')
			.filter({ hasText: /results? for 5228$/ })
			.waitFor();
		await page.waitForLoadState('networkidle');
		page.removeAllListeners('response');

		// Matrix filter: time from a text change until the row count says it is done.
		await page.goto(`http://localhost:${port}/products/`);
		const rows = await page.locator('table tbody tr').count();
		const timings = [];
		for (const text of ['synthetic', 'api', 'product 0012', '', 'server']) {
			timings.push(
				await page.evaluate(async (value) => {
					const input = document.querySelector('input[name="q"], input[type="search"], input[type="text"]');
					const status = document.querySelector('[data-count]') ?? document.body;
					const before = status.textContent;
					const done = new Promise((settle) => {
						const observer = new MutationObserver(() => {
							observer.disconnect();
							settle(undefined);
						});
						observer.observe(status, { childList: true, characterData: true, subtree: true });
						setTimeout(settle, 2000);
					});
					const started = performance.now();
					input.value = value;
					input.dispatchEvent(new Event('input', { bubbles: true }));
					await done;
					return before === status.textContent ? -1 : performance.now() - started;
				}, text),
			);
		}
		await browser.close();
		return { searchBytes, matrixRows: rows, filterMs: median(timings.filter((ms) => ms >= 0)) };
	} finally {
		server.kill();
	}
}

const results = [];
for (const [index, scale] of scales.entries()) {
	const root = join(work, `x${scale}`);
	console.log(`bench: x${scale}: copying the project and writing synthetic data…`);
	copyProject(root);
	const synthetic = writeSyntheticData(root, { scale });
	console.log(`bench: x${scale}: building…`);
	const buildSeconds = timedBuild(root);
	const dist = join(root, 'dist');
	const perPage = scriptBytesPerPage(dist);
	const pages = perPage.length;
	console.log(`bench: x${scale}: ${pages} pages; building a bare Starlight site with as many…`);
	const bare = writeBareStarlight(join(work, `bare-x${scale}`), pages);
	const bareSeconds = timedBuild(bare);
	const bareJs = median(scriptBytesPerPage(join(bare, 'dist')).map((entry) => entry.bytes));
	console.log(`bench: x${scale}: measuring in Chromium…`);
	const browser = await browserFigures(root, 4360 + index);
	results.push({
		scale,
		syntheticProducts: synthetic.extraProducts,
		syntheticPorts: synthetic.extraPorts,
		buildSeconds: Number(buildSeconds.toFixed(1)),
		bareStarlightSeconds: Number(bareSeconds.toFixed(1)),
		buildRatio: Number((buildSeconds / bareSeconds).toFixed(2)),
		pages,
		distBytes: folderBytes(dist),
		jsPerPageMedianGzip: median(perPage.map((entry) => entry.bytes)),
		jsPerPageMaxGzip: Math.max(...perPage.map((entry) => entry.bytes)),
		bareStarlightJsPerPageGzip: bareJs,
		pagefindIndexBytes: folderBytes(join(dist, 'pagefind')),
		largestPage: largestPage(dist),
		...browser,
	});
	// Each scale's copies are measured by now; removing them keeps the disk from filling (x100
	// writes a few gigabytes) and leaves only the results behind.
	rmSync(root, { recursive: true, force: true });
	rmSync(bare, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const table = [
	'| Scale | Pages | Build | Bare Starlight | Ratio | dist/ | JS/page median (max), gzip | Bare JS/page | Pagefind index | One search | Matrix rows | Filter update | Most elements on a page |',
	'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
	...results.map(
		(r) =>
			`| x${r.scale} | ${r.pages} | ${r.buildSeconds} s | ${r.bareStarlightSeconds} s | ${r.buildRatio} | ${kb(r.distBytes)} | ${kb(r.jsPerPageMedianGzip)} (${kb(r.jsPerPageMaxGzip)}) | ${kb(r.bareStarlightJsPerPageGzip)} | ${kb(r.pagefindIndexBytes)} | ${kb(r.searchBytes)} | ${r.matrixRows} | ${r.filterMs.toFixed(1)} ms | ${r.largestPage.elements} (${r.largestPage.page}) |`,
	),
].join('\n');
const when = new Date().toISOString();
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', `${JSON.stringify({ when, machine: machine(), results }, null, '\t')}\n`);
writeFileSync(
	'bench/results/latest.md',
	`# Benchmark results\n\nMeasured ${when} on ${machine()} by \`npm run bench\` (scripts/bench/run.mjs).\n` +
		'x1 is the real data set; x10 and x100 add synthetic products (20 versions each) and port rules. ' +
		'"One search" is every byte under /pagefind/ fetched for the query "5228"; "Filter update" is the median time ' +
		'from a text change in the matrix filter to the updated row count.\n\n' +
		`${table}\n`,
);
console.log(table);

function machine() {
	return `${readdirSync('/sys/devices/system/cpu').filter((name) => /^cpu\d+$/.test(name)).length} CPUs, Node ${process.version}`;
}
