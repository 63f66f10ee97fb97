import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForDrawnBlocks } from './support/deferred-blocks.ts';
import { LOAD_SAMPLE, pageTemplates, samplePages } from './support/page-templates.ts';
import { observeLayoutShifts } from './support/layout-shift.ts';
import { afterFirstFrames } from './support/settled.ts';
import { sitemapPaths } from './support/sitemap.ts';
import { longFirstScreenTables } from './support/streamed-tables.ts';

/**
 * Site-wide checks over every page of the sitemap, so a new page is covered the moment it is
 * built, plus the not-found page, which sitemaps leave out. Every page must answer 200 with a
 * title and one main heading (a request each, milliseconds). Pages are loaded in Chromium and
 * checked for console errors and layout shift (about two seconds each) on every template and
 * 5 pages spread over it: the pages of one template differ only in their data, and the machine
 * outputs build hundreds of pages from one template. axe, which takes many seconds on a long
 * page, runs on every template and a sample of 3 of its pages (support/page-templates.ts). Set
 * E2E_LOAD_ALL=1 to load every page, E2E_AXE_ALL=1 to run axe on every page.
 */
const paths = [...sitemapPaths(), '/404.html'];
const templates = pageTemplates(paths);
const loadPaths = new Set(
	process.env.E2E_LOAD_ALL ? paths : templates.flatMap((template) => samplePages(template, LOAD_SAMPLE)),
);
const axePaths = new Set(process.env.E2E_AXE_ALL ? paths : templates.flatMap((template) => samplePages(template)));

function collectConsoleErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

test('the sitemap lists the core pages', () => {
	expect(sitemapPaths()).toEqual(expect.arrayContaining(['/', '/products/', '/ports/', '/patterns/iot-server-ha/']));
});

test('every template of more than one page has axe run on more than one of its pages', () => {
	for (const template of templates.filter((each) => each.paths.length > 1))
		expect(template.paths.filter((path) => axePaths.has(path)).length, template.name).toBeGreaterThan(1);
	expect(templates.every((template) => template.paths.some((path) => axePaths.has(path)))).toBe(true);
});

test('every page of the sitemap answers 200 with a title and one main heading', async ({ request }) => {
	for (const path of paths) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		const html = await response.text();
		expect(html, path).toMatch(/<title>[^<]+<\/title>/);
		expect(html.match(/<h1[\s>]/g)?.length, path).toBe(1);
	}
});

for (const path of paths.filter((candidate) => loadPaths.has(candidate) || axePaths.has(candidate))) {
	test.describe(`page ${path}`, () => {
		test('loads with status 200, no console error and no layout shift, even mid-stream', async ({ page }) => {
			const errors = collectConsoleErrors(page);
			const layoutShift = await observeLayoutShifts(page);
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			// The load event comes after every up-front script has run; the frames after it are
			// when what those scripts changed is laid out and any shift is recorded.
			await afterFirstFrames(page);
			expect(errors).toEqual([]);
			// Lighthouse counts up to 0.1 as good. A browser may also paint a page while it still
			// streams in, which moves a few controls by a little (under 0.02 measured); a script that
			// reveals a form above a table, or a column that widens late, moves far more (0.08 to 0.4).
			expect(await layoutShift()).toBeLessThan(0.05);
			// Whether the browser paints mid-stream depends on timing; whether a long table on the
			// first screen would then move its rows does not.
			expect((await longFirstScreenTables(page)).sizedByTheirRows).toEqual([]);
		});

		if (axePaths.has(path)) {
			test('has no WCAG 2.2 AA violations (axe)', async ({ page }) => {
				// axe visits every element; the firewall pages hold thousands (highlighted code), which
				// takes 30-50 s on a busy two-core machine, so these tests get three times the timeout.
				test.slow();
				await page.goto(path);
				await waitForDrawnBlocks(page);
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
					.analyze();
				const violations = results.violations.map(({ id, help, nodes }) => ({
					id,
					help,
					targets: nodes.map((node) => node.target.join(' ')),
				}));
				expect(violations).toEqual([]);
			});
		}
	});
}
