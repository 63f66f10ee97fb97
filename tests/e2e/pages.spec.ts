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

test('the sitemap lists the core pages', () => {
	expect(sitemapPaths()).toEqual(expect.arrayContaining(['/', '/products/', '/ports/', '/patterns/iot-server-ha/']));
});

for (const path of paths) {
	test.describe(`page ${path}`, () => {
		test('loads with status 200 and no console error', async ({ page }) => {
			const errors = collectConsoleErrors(page);
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await page.waitForLoadState('networkidle');
			expect(errors).toEqual([]);
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
