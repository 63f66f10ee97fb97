/**
 * `npm run audit`: Lighthouse scores for every page template of the built site, served from dist/
 * with its production headers (scripts/serve-dist.mjs), in the same Chromium the browser
 * tests use. The budget is 100 in every category; the command fails below it and says which
 * audits cost points. Both of Lighthouse's presets run: desktop, where the site's readers plan
 * clusters, and mobile (a mid-range phone on a slow network, simulated), which is Lighthouse's
 * default and the stricter one. AUDIT_PRESETS=desktop (or mobile) runs one; AUDIT_PAGES=/a/,/b/
 * picks the pages. By default every page template of the built site is audited (the templates the
 * browser tests group pages by, tests/e2e/support/page-templates.ts): the pages chosen below, and the
 * first page of every template none of them belongs to, so a new template is audited without an edit
 * here. The not-found page is not in the sitemap and is not audited: Lighthouse's SEO category fails
 * any page answered with status 404, as it should.
 *
 * Each page is audited AUDIT_RUNS times (5 by default) and scored by the median run, chosen by
 * Lighthouse's own computeMedianRun, as Lighthouse's guide to score variability advises
 * (docs/variability.md in GoogleChrome/lighthouse: the median of five runs is twice as stable as
 * one): one run of the mobile preset moves a point either way from nothing but the machine's timing.
 * Each row also reports the median of Lighthouse's benchmark index over its runs (its measure of the
 * machine's speed, higher is faster), so a slow stretch of a shared machine shows in the results.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { pageTemplates } from '../tests/e2e/support/page-templates.ts';
import { sitemapPaths } from '../tests/e2e/support/sitemap.ts';

if (!existsSync('dist/index.html')) {
	console.error('audit: dist/ is missing; run `npm run build` first.');
	process.exit(1);
}

const PORT = Number(process.env.AUDIT_PORT ?? 4350);
/**
 * Pages chosen for their weight: the longest pages, and both a role page and a machine output
 * of the firewall and cluster templates, which differ most within one template.
 */
const CHOSEN = [
	'/',
	'/products/',
	'/ports/',
	'/patterns/iot-server-ha/',
	'/patterns/iot-server-ha/topology/user-facing/',
	'/products/api-manager/',
	'/ports/defaults/',
	'/ports/firewall/worker/',
	'/ports/firewall/worker/terraform/',
	'/products/enterprise-service-bus/cluster/',
	'/products/enterprise-service-bus/cluster/load-balancer/nginx/',
	'/guides/worker-manager-separation/',
	'/guides/configuration-generator/',
];
const PAGES = process.env.AUDIT_PAGES?.split(',') ?? everyTemplate(CHOSEN);
const PRESETS = (process.env.AUDIT_PRESETS ?? 'desktop,mobile').split(',');
const RUNS = Math.max(1, Number(process.env.AUDIT_RUNS ?? 5));
/** Lighthouse's own default configuration is the mobile preset. */
const CONFIGS = { desktop: desktopConfig, mobile: undefined };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const BUDGET = 100;

console.log(`audit: ${PAGES.length} pages (${PAGES.join(', ')}), ${PRESETS.join(' and ')}, ${RUNS} runs each`);

const server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--port', String(PORT)], { stdio: 'ignore' });
const stop = () => server.kill();
process.on('exit', stop);
await waitForServer(`http://localhost:${PORT}/`);

const chromePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
const chrome = await chromeLauncher.launch({
	...(chromePath ? { chromePath } : {}),
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
});

const rows = [];
let failed = false;
try {
	for (const [preset, path] of PRESETS.flatMap((name) => PAGES.map((page) => [name, page]))) {
		const runs = [];
		for (let run = 0; run < RUNS; run++) runs.push(await audit(path, CONFIGS[preset]));
		const valid = runs.filter((run) => !run.runtimeError);
		const lhr = valid.length > 0 ? computeMedianRun(valid) : runs[0];
		const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
		const performanceRuns = runs.map((run) => Math.round((run.categories.performance?.score ?? 0) * 100));
		// Lighthouse's measure of the machine's speed at the time of each run: the simulation scales
		// the trace's task times, so the same page scores lower while the machine is slower.
		const benchmarkIndex = median(runs.map((run) => run.environment?.benchmarkIndex ?? 0));
		rows.push({ preset, path, ...scores, performanceRuns, benchmarkIndex });
		for (const id of CATEGORIES) {
			if (scores[id] >= BUDGET) continue;
			failed = true;
			const losing = lhr.categories[id].auditRefs
				.map((ref) => lhr.audits[ref.id])
				.filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
				.map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
			const broken = lhr.categories[id].auditRefs
				.map((ref) => lhr.audits[ref.id])
				.filter((audit) => audit?.errorMessage)
				.map((audit) => `${audit.id}: ${audit.errorMessage}`);
			losing.push(...broken);
			console.error(
				`audit: ${path} (${preset}) scores ${scores[id]} in ${id}: ${losing.join(', ') || 'see the report'}`,
			);
		}
	}
} finally {
	chrome.kill();
	stop();
}

const table = [
	`| Preset | Page | ${CATEGORIES.join(' | ')} | performance per run | benchmark index |`,
	`| --- | --- | ${CATEGORIES.map(() => '---').join(' | ')} | --- | --- |`,
	...rows.map(
		(row) =>
			`| ${row.preset} | ${row.path} | ${CATEGORIES.map((id) => row[id]).join(' | ')} | ${row.performanceRuns.join(', ')} | ${row.benchmarkIndex} |`,
	),
].join('\n');
console.log(table);
mkdirSync('bench/results', { recursive: true });
writeFileSync(
	'bench/results/lighthouse.json',
	`${JSON.stringify({ when: new Date().toISOString(), budget: BUDGET, presets: PRESETS, runs: RUNS, rows }, null, '\t')}\n`,
);
console.log(failed ? `audit: below the budget of ${BUDGET}.` : `audit: every page scores ${BUDGET} in every category.`);
process.exit(failed ? 1 : 0);

/**
 * One Lighthouse run of a page. A run whose trace failed (a runtime error such as NO_NAVSTART,
 * which Lighthouse itself says to retry) scores nothing, so it is retried up to twice; a page
 * that fails three times is reported with the error.
 */
async function audit(path, config) {
	for (let attempt = 1; ; attempt++) {
		const { lhr } = await lighthouse(
			`http://localhost:${PORT}${path}`,
			{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
			config,
		);
		if (!lhr.runtimeError) return lhr;
		console.error(`audit: ${path}: attempt ${attempt}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
		if (attempt === 3) return lhr;
	}
}

/** The chosen pages, then the first page of every template that has none of them. */
function everyTemplate(chosen) {
	const built = sitemapPaths();
	const stale = chosen.filter((path) => !built.includes(path));
	if (stale.length > 0) {
		console.error(`audit: not pages of the built site: ${stale.join(', ')}; update CHOSEN in scripts/audit.mjs.`);
		process.exit(1);
	}
	const uncovered = pageTemplates(built).filter((template) => !template.paths.some((path) => chosen.includes(path)));
	return [...chosen, ...uncovered.map((template) => template.paths[0])];
}

function median(values) {
	const sorted = values.toSorted((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

async function waitForServer(url) {
	for (let attempt = 0; attempt < 50; attempt++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`audit: the server at ${url} did not start`);
}
