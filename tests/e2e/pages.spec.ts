import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './support/sitemap.ts';

/**
 * Site-wide checks over every page of the sitemap, so a new page is covered the moment it is
 * built, plus the not-found page, which sitemaps leave out.
 */
const paths = [...sitemapPaths(), '/404.html'];

function collectConsoleErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/**
 * Sums the layout shifts of a page from its first paint on (Cumulative Layout Shift without
 * user input): content that moves once the reader sees it, such as a control revealed by a
 * script above a table, shows up here.
 */
async function observeLayoutShifts(page: Page): Promise<() => Promise<number>> {
	await page.addInitScript(() => {
		const scope = window as unknown as { atlasLayoutShift: number };
		scope.atlasLayoutShift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
				if (!entry.hadRecentInput) scope.atlasLayoutShift += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	return () => page.evaluate(() => (window as unknown as { atlasLayoutShift: number }).atlasLayoutShift);
}

test('the sitemap lists the core pages', () => {
	expect(sitemapPaths()).toEqual(expect.arrayContaining(['/', '/products/', '/ports/', '/patterns/iot-server-ha/']));
});

for (const path of paths) {
	test.describe(`page ${path}`, () => {
		test('loads with status 200, no console error and no layout shift', async ({ page }) => {
			const errors = collectConsoleErrors(page);
			const layoutShift = await observeLayoutShifts(page);
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await page.waitForLoadState('networkidle');
			expect(errors).toEqual([]);
			// Lighthouse counts up to 0.1 as good. A browser may also paint a page while it still
			// streams in, which moves a few controls by a little (under 0.02 measured); a script that
			// reveals a form above a table, or a column that widens late, moves far more (0.08 to 0.4).
			expect(await layoutShift()).toBeLessThan(0.05);
		});

		test('has no WCAG 2.2 AA violations (axe)', async ({ page }) => {
			await page.goto(path);
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
	});
}
