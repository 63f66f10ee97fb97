import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ports } from './support/atlas-data.ts';
import { portMatches } from '../../src/core/port-range.ts';
import { sitemapPaths } from './support/sitemap.ts';
import {
	ARRIVAL_MARKS,
	cardDestinations,
	destination,
	loadEveryResult,
	openSearch,
	resultCards,
	resultLinks,
	resultPages,
	search,
	searchBox,
	searchDialog,
	searchSummary,
} from './support/search.ts';

/** The search dialog as a reader uses it: shortcuts, arrow keys, filters, and where results land. */

const ruleFor = (port: number) => ports.find((rule) => portMatches(rule.port, port))!;

test.describe('opening and closing', () => {
	test('Ctrl+K and Cmd+K open the dialog from anywhere and toggle it shut; Escape closes it', async ({ page }) => {
		await page.goto('/ports/');
		await page.keyboard.press('Control+k');
		await expect(searchBox(page)).toBeFocused();
		await page.keyboard.press('Control+k');
		await expect(searchDialog(page)).toBeHidden();

		await page.keyboard.press('Meta+k');
		await expect(searchBox(page)).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(searchDialog(page)).toBeHidden();
	});

	test('"/" opens the dialog, but types a slash into a text field', async ({ page }) => {
		await page.goto('/products/');
		const matrixText = page.getByRole('searchbox', { name: 'Text' });
		await matrixText.click();
		await page.keyboard.type('a/b');
		await expect(matrixText).toHaveValue('a/b');
		await expect(searchDialog(page)).toBeHidden();

		await page.getByRole('heading', { level: 1 }).click();
		await page.keyboard.press('/');
		await expect(searchBox(page)).toBeFocused();
		await expect(searchBox(page)).toHaveValue('');
	});

	test('the header button names its shortcut and returns focus when the dialog closes', async ({ page }) => {
		await page.goto('/');
		const button = page.getByRole('button', { name: /^Search\b/ });
		await expect(button).toHaveAccessibleName('Search Ctrl K');
		await expect(button).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
		await openSearch(page);
		await page.keyboard.press('Escape');
		await expect(button).toBeFocused();
	});

	test('without JavaScript the search button is shown disabled rather than broken', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.getByRole('button', { name: /^Search\b/ })).toBeDisabled();
		await context.close();
	});
});

test.describe('keyboard through results', () => {
	test('arrows move through results and their sections, Enter opens the one in focus', async ({ page }) => {
		const rule = ruleFor(5228);
		await page.goto('/');
		await openSearch(page);
		await search(page, '5228');

		// The rule's own page leads; the next card is the ports table, with the rule's row as a section.
		const links = resultLinks(page);
		expect(destination(await links.nth(0).getAttribute('href'))).toBe(`/ports/${rule.id}/`);
		expect(destination(await links.nth(2).getAttribute('href'))).toBe(`/ports/#${rule.id}`);
		for (const index of [0, 1, 2]) {
			await page.keyboard.press('ArrowDown');
			await expect(links.nth(index)).toBeFocused();
		}
		for (const index of [1, 0]) {
			await page.keyboard.press('ArrowUp');
			await expect(links.nth(index)).toBeFocused();
		}
		await page.keyboard.press('ArrowUp');
		await expect(searchBox(page)).toBeFocused();

		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/ports/\\?highlight=5228#${rule.id}$`));
		await expect(page.locator(':target').locator('mark')).toHaveText('5228', ARRIVAL_MARKS);
		// The filters read the query string too; the highlight words are not a filter they ignored.
		await expect(page.getByText('Ignored “highlight=')).toHaveCount(0);
	});

	test('Enter in the search box opens the top result where it matched', async ({ page }) => {
		const rule = ruleFor(2196);
		await page.goto('/products/');
		await openSearch(page);
		await search(page, '2196');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/ports/${rule.id}/\\?highlight=2196$`));
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Port 2196/TCP');
		await expect(page.getByRole('main').locator('mark').first()).toHaveText('2196', ARRIVAL_MARKS);
	});
});

test.describe('where a result lands', () => {
	test('a port inside a range opens its row, marked, with the number highlighted', async ({ page }) => {
		const rule = ruleFor(5230);
		await page.goto('/');
		await openSearch(page);
		await search(page, '5230');
		// The rule's own page leads; the ports table follows with the range's row as a section.
		expect(destination(await resultLinks(page).first().getAttribute('href'))).toBe(`/ports/${rule.id}/`);
		const section = resultLinks(page).filter({ hasText: /^5229-5230\// });
		await expect(section).toHaveCount(1);
		await section.click();

		await expect(page).toHaveURL(new RegExp(`/ports/\\?highlight=5230#${rule.id}$`));
		// The same rule also appears in the grouped views; the link lands on the main table's row.
		const row = page.locator(':target');
		await expect(row).toHaveRole('row');
		await expect(row).toHaveAccessibleName(/^5229-5230\b/);
		await expect(row).toBeInViewport();
		await expect(row.locator('mark')).toHaveText('5230', ARRIVAL_MARKS);
	});

	test('a version opens the product’s versions with the version highlighted', async ({ page }) => {
		await page.goto('/');
		await openSearch(page);
		await search(page, '1.1.0');
		const [first] = await cardDestinations(resultCards(page).first());
		await resultCards(page).first().getByRole('link', { name: 'Versions' }).click();
		await expect(page).toHaveURL(new RegExp(`${first}\\?highlight=1\\.1\\.0#versions$`));
		await expect(page.getByRole('heading', { name: 'Versions' })).toBeInViewport();
		const marks = page.getByRole('main').locator('mark');
		await expect(marks.first()).toBeVisible(ARRIVAL_MARKS);
		expect(new Set(await marks.allTextContents())).toEqual(new Set(['1.1.0']));
	});

	test('a result excerpt marks the value searched for, never the hidden token', async ({ page }) => {
		await page.goto('/');
		await openSearch(page);
		await search(page, '4.8.1');
		const card = resultCards(page).first();
		await expect(card.locator('mark').first()).toHaveText('4.8.1');
		await expect(card).not.toContainText(/ver\d{9}|port\d{5}|alias\d/);
	});
});

test.describe('filters', () => {
	// Pages in the index: Starlight marks them data-pagefind-body (a machine's later outputs are left out).
	const portPages = sitemapPaths().filter(
		(path) =>
			path.startsWith('/ports/') && readFileSync(`dist${path}index.html`, 'utf8').includes('data-pagefind-body'),
	);

	test('filter by kind without a query lists every page of that kind, and only those', async ({ page }) => {
		await page.goto('/');
		await openSearch(page);
		await searchDialog(page).getByRole('combobox', { name: 'Kind' }).click();
		await searchDialog(page)
			.getByRole('option', { name: /^Port \d+ results?$/ })
			.click();
		await expect(searchSummary(page)).toHaveText(new RegExp(`^${portPages.length} results?$`));
		await loadEveryResult(page, portPages.length);
		expect((await resultPages(page)).sort()).toEqual(portPages);

		await page.keyboard.press('Escape');
		await expect(searchDialog(page)).toBeVisible();
		await searchDialog(page).getByRole('button', { name: 'Clear Kind' }).click();
		await expect(resultCards(page)).toHaveCount(0);
	});

	test('filters narrow a query: historical ports of the IoT Server pattern', async ({ page }) => {
		const retired = ports.filter((rule) => rule.status.kind === 'historical');
		await page.goto('/');
		await openSearch(page);
		await search(page, 'APNs');
		await searchDialog(page).getByRole('combobox', { name: 'Port status' }).click();
		await searchDialog(page)
			.getByRole('option', { name: /^Historical \d+ results?$/ })
			.click();
		await page.keyboard.press('Escape');
		await expect(searchDialog(page).getByRole('combobox', { name: /Port status, 1 filter selected/ })).toBeVisible();

		await expect
			.poll(async () => {
				const pages = await resultPages(page);
				return pages.length > 0 && pages.every((path) => path.startsWith('/ports/'));
			})
			.toBe(true);
		const linked = (await Promise.all((await resultCards(page).all()).map(cardDestinations))).flat();
		expect(
			linked.some((link) => retired.some((rule) => link.endsWith(`#${rule.id}`) || link === `/ports/${rule.id}/`)),
		).toBe(true);
	});

	test('the product filter keeps the pages about that product', async ({ page }) => {
		await page.goto('/');
		await openSearch(page);
		await search(page, 'worker manager');
		await searchDialog(page).getByRole('combobox', { name: 'Product' }).click();
		await searchDialog(page)
			.getByRole('option', { name: /^Enterprise Service Bus \d+ results?$/ })
			.click();
		await page.keyboard.press('Escape');
		await expect.poll(() => resultPages(page)).toContain('/products/enterprise-service-bus/');
		for (const path of await resultPages(page)) {
			expect(path).not.toMatch(/^\/products\/(?!enterprise-service-bus\/).+/);
		}
	});
});

test.describe('accessibility of the open dialog', () => {
	const variants = [
		{ colorScheme: 'light', width: 1280 },
		{ colorScheme: 'dark', width: 1280 },
		{ colorScheme: 'dark', width: 390 },
	] as const;
	for (const { colorScheme, width } of variants) {
		test(`no WCAG 2.2 AA violations with results and an open filter (${colorScheme}, ${width}px wide)`, async ({
			page,
		}) => {
			await page.setViewportSize({ width, height: 800 });
			await page.emulateMedia({ colorScheme });
			await page.goto('/');
			await openSearch(page);
			await search(page, '443');
			await searchDialog(page).getByRole('combobox', { name: 'Kind' }).click();
			await expect(searchDialog(page).getByRole('listbox')).toBeVisible();
			const results = await new AxeBuilder({ page })
				.include('atlas-search')
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
				.analyze();
			expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) }))).toEqual(
				[],
			);
		});
	}
});
