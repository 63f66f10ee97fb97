import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { exportedProducts, ports } from './support/atlas-data.ts';
import { portMatches } from '../../src/core/port-range.ts';
import { resultCards, resultPages, searchBox, searchDialog, searchSummary } from './support/search.ts';

/**
 * The not-found page as a reader meets it: at the address that was not found (the server
 * answers unknown addresses with 404.html and status 404), offering a search for that
 * address's words, and harmless whatever the address holds.
 */

const ruleFor = (port: number) => ports.find((rule) => portMatches(rule.port, port))!;

/**
 * The page the top result opens, once Pagefind has answered `query` and filled in the first
 * card. The first search of a page loads Pagefind's index, which on a machine busy with other
 * tests can take longer than an assertion's usual five seconds.
 */
async function topResult(page: Page, query: string): Promise<string | undefined> {
	await expect(searchSummary(page)).toHaveText(new RegExp(`^\\d+ results? for ${query.replace(/\./g, '\\.')}$`), {
		timeout: 15_000,
	});
	await expect(resultCards(page).first()).toBeVisible({ timeout: 15_000 });
	return (await resultPages(page))[0];
}

/** The button that searches for the address's words. */
const searchButton = (page: Page) => page.getByRole('main').getByRole('button', { name: /^Search (for|the site)/ });

async function watchForTrouble(page: Page): Promise<string[]> {
	const trouble: string[] = [];
	page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		// The document's own 404 status is the point of the page, not a fault in it.
		const documentStatus = /status of 404/.test(message.text()) && message.location().url === page.url();
		if (!documentStatus) trouble.push(`console: ${message.text()} (${message.location().url})`);
	});
	page.on('dialog', async (dialog) => {
		trouble.push(`dialog: ${dialog.message()}`);
		await dialog.dismiss();
	});
	return trouble;
}

test('an unknown port address offers a search for the port, which leads with the port’s rule', async ({ page }) => {
	const rule = ruleFor(5228);
	const response = await page.goto('/ports/5228');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();

	const button = searchButton(page);
	await expect(button).toHaveAccessibleName('Search for “5228”');
	await button.click();
	await expect(searchDialog(page)).toBeVisible();
	await expect(searchBox(page)).toBeFocused();
	await expect(searchBox(page)).toHaveValue('5228');
	expect(await topResult(page, '5228')).toBe(`/ports/${rule.id}/`);

	// Closing returns to the page, and the search can be run again.
	await page.keyboard.press('Escape');
	await expect(searchDialog(page)).toBeHidden();
	await button.click();
	await expect(searchBox(page)).toHaveValue('5228');
});

test('a product at a version offers both words, and the product’s page leads', async ({ page }) => {
	const esb = exportedProducts().find((product) => product.abbreviation === 'ESB')!;
	const version = esb.versions.at(-1)!.version;
	await page.goto(`/products/esb-${version}/`);
	await searchButton(page).click();
	await expect(searchBox(page)).toHaveValue(`esb ${version}`);
	expect(await topResult(page, `esb ${version}`)).toBe(`/products/${esb.id}/`);
});

test('words joined by underscores become separate words; section names are left out', async ({ page }) => {
	await page.goto('/guides/worker_manager');
	await expect(searchButton(page)).toHaveAccessibleName('Search for “worker manager”');
});

test('with no words to offer, the button opens an empty search', async ({ page }) => {
	await page.goto('/404.html');
	const button = searchButton(page);
	await expect(button).toHaveAccessibleName('Search the site');
	await button.click();
	await expect(searchBox(page)).toBeFocused();
	await expect(searchBox(page)).toHaveValue('');
});

test('the page keeps its ways into the site, and passes axe with the search button', async ({ page }) => {
	await page.goto('/products/no-such-product/');
	await expect(searchButton(page)).toBeEnabled();
	for (const name of ['Products overview', 'Ports reference', 'IoT Server high-availability cluster', 'Home page']) {
		await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();
	}
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
		.analyze();
	expect(results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((node) => node.target) }))).toEqual([]);
});

test('without JavaScript the button is not shown and the links remain', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/ports/5228');
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await expect(searchButton(page)).toBeHidden();
	await expect(page.getByRole('main').getByRole('link', { name: 'Ports reference' })).toBeVisible();
	await context.close();
});

const HOSTILE_PATHS = [
	'/<script>window.__pwned=1</script>',
	'/"><img src=x onerror="window.__pwned=1">',
	"/'><svg onload=window.__pwned=1>",
	'/products/%E0%A4%A',
	'/%E0%A4%A/../../etc/passwd',
	'/ports/%2e%2e%2f%2e%2e%2fsecret',
	'/javascript:window.__pwned=1',
	'/\u202Eevil/%00%0A',
	`/${'x'.repeat(2000)}`,
	`/ports/${'5228-'.repeat(400)}`,
];

test(`${HOSTILE_PATHS.length} hostile addresses run no script, log no error and show only words`, async ({ page }) => {
	const trouble = await watchForTrouble(page);
	for (const path of HOSTILE_PATHS) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		const button = searchButton(page);
		await expect(button, path).toBeEnabled();
		const name = (await button.textContent())?.trim() ?? '';
		expect(name, path).toMatch(/^Search (the site|for “[\p{L}\p{M}\p{N}. ]{1,60}”)$/u);
		expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), path).toBeUndefined();
		await expect(page.locator('main img[src="x"], main svg[onload]'), path).toHaveCount(0);

		await button.click();
		const query = /“(.*)”/u.exec(name)?.[1] ?? '';
		await expect(searchBox(page), path).toHaveValue(query);
		await page.keyboard.press('Escape');
		await expect(searchDialog(page)).toBeHidden();
	}
	expect(trouble).toEqual([]);
});
