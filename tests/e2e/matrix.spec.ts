import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { separationModes } from '../../content/separation-modes.ts';
import { apiManagerVersions, exportedProducts, productCount } from './support/atlas-data.ts';

/**
 * The worker/manager matrix and its filter. Expected rows come from the seed page: e.g. only
 * the ESB row lists 4.9.0. Counts and API Manager's versions come from content/.
 */
const matrix = (page: Page) =>
	page.getByRole('table', { name: /WSO2 products and their use of worker\/manager separation/ });
/** The products' row headings (each links to its page), not the headings of the groups. */
const rowHeaders = (page: Page) =>
	matrix(page)
		.getByRole('rowheader')
		.filter({ has: page.getByRole('link') });
/** The group headings: one per answer, with its number of products. */
const groupHeadings = (page: Page) =>
	matrix(page)
		.getByRole('rowheader')
		.filter({ hasNot: page.getByRole('link') });
const count = (page: Page) => page.getByText(/^(Showing .* products\.|No product matches these filters\.)$/);

test.describe('separation matrix', () => {
	test('filters by version: 4.9.0 shows the ESB alone, with its mode; the URL records it', async ({ page }) => {
		await page.goto('/products/');
		await expect(rowHeaders(page)).toHaveCount(productCount);
		await page.getByRole('combobox', { name: 'Version' }).selectOption('4.9.0');
		await expect(rowHeaders(page)).toHaveText(['Enterprise Service Bus (ESB)']);
		await expect(matrix(page).getByRole('row', { name: /Enterprise Service Bus/ })).toContainText(
			'Standard + extra configuration',
		);
		await expect(count(page)).toHaveText(`Showing 1 of ${productCount} products.`);
		await expect(page).toHaveURL(/\/products\/\?version=4\.9\.0$/);
	});

	test('groups the products under a heading per answer, and hides a group the filter empties', async ({ page }) => {
		await page.goto('/products/');
		const products = exportedProducts();
		const groups = [...separationModes]
			.sort((a, b) => a.order - b.order)
			.map((mode) => ({ mode, members: products.filter((product) => product.separationMode.id === mode.id) }))
			.filter((group) => group.members.length > 0);
		await expect(groupHeadings(page)).toHaveText(
			groups.map(({ mode, members }) => `${mode.label} (${members.length})`),
		);
		// Each group's rows follow its heading, so the matrix reads group by group, by name within.
		const expectedOrder = groups.flatMap(({ members }) =>
			members.map((product) => product.name).sort((a, b) => a.localeCompare(b)),
		);
		const shown = (await rowHeaders(page).allTextContents()).map((text) => text.replace(/\s*\(.*\)\s*$/, '').trim());
		expect(shown).toEqual(expectedOrder);

		await page.getByRole('combobox', { name: 'Version' }).selectOption('4.9.0');
		const esb = products.find((product) => product.versions.some(({ version }) => version === '4.9.0'))!;
		await expect(groupHeadings(page)).toHaveText([
			new RegExp(`^${esb.separationMode.label.replace(/[+]/g, '\\+')} \\(`),
		]);
	});

	test('back and forward step through filter changes', async ({ page }) => {
		await page.goto('/products/');
		await page.getByRole('combobox', { name: 'Product' }).selectOption({ label: 'API Manager (APIM)' });
		await expect(rowHeaders(page)).toHaveText(['API Manager (APIM)']);
		await page.getByRole('combobox', { name: 'Worker/manager separation' }).selectOption({ label: 'Not supported' });
		await expect(count(page)).toHaveText('No product matches these filters.');
		await expect(page).toHaveURL(/\?product=api-manager&mode=not-supported$/);

		await page.goBack();
		await expect(page).toHaveURL(/\?product=api-manager$/);
		await expect(rowHeaders(page)).toHaveText(['API Manager (APIM)']);
		await expect(page.getByRole('combobox', { name: 'Worker/manager separation' })).toHaveValue('');

		await page.goBack();
		await expect(page).toHaveURL(/\/products\/$/);
		await expect(rowHeaders(page)).toHaveCount(productCount);
		await expect(page.getByRole('combobox', { name: 'Product' })).toHaveValue('');

		await page.goForward();
		await expect(rowHeaders(page)).toHaveText(['API Manager (APIM)']);
		await expect(page.getByRole('combobox', { name: 'Product' })).toHaveValue('api-manager');
	});

	test('a link reproduces the view it was copied from', async ({ page }) => {
		// The seed: BAM has no worker/manager concept, ES does not support it, G-Reg has no such concept, IS cannot.
		await page.goto('/products/?mode=not-supported');
		await expect(rowHeaders(page)).toHaveText([
			'Business Activity Monitor (BAM)',
			'Enterprise Store (ES)',
			'Governance Registry (G-Reg)',
			'Identity Server (IS)',
		]);
		await expect(page.getByRole('combobox', { name: 'Worker/manager separation' })).toHaveValue('not-supported');
	});

	test('typing filters at once, compares versions as versions, and is one history entry', async ({ page }) => {
		await page.goto('/products/');
		const text = page.getByRole('searchbox', { name: 'Text' });
		// "1.1" is Task Server's 1.1.0; as text it would also hit API Manager's 1.10.0.
		await text.pressSequentially('1.1');
		await expect(rowHeaders(page)).toHaveText(['Task Server (TS)']);
		await expect(page).toHaveURL(/\?q=1\.1$/);
		await page.goBack();
		await expect(page).toHaveURL(/\/products\/$/);
		await expect(text).toHaveValue('');
		await expect(rowHeaders(page)).toHaveCount(productCount);
	});

	test('no match says why and offers a way back', async ({ page }) => {
		await page.goto('/products/?product=api-manager&version=4.9.0');
		await expect(count(page)).toHaveText('No product matches these filters.');
		await expect(
			page.getByText(`API Manager does not list version 4.9.0; it lists ${apiManagerVersions.slice(0, 3).join(', ')}`),
		).toBeVisible();
		await expect(matrix(page)).toBeHidden();
		await page.getByRole('button', { name: 'Show all products' }).click();
		await expect(rowHeaders(page)).toHaveCount(productCount);
		await expect(page).toHaveURL(/\/products\/$/);
		await expect(page.getByRole('combobox', { name: 'Product' })).toBeFocused();
	});

	test('an unlisted version is shown as asked, with its listed neighbours', async ({ page }) => {
		await page.goto('/products/?version=4.9.1');
		await expect(page.getByRole('combobox', { name: 'Version' })).toHaveValue('4.9.1');
		await expect(
			page.getByText('No product in this guide lists version 4.9.1. The nearest listed versions are 4.9.0 and 5.0.0.'),
		).toBeVisible();
	});

	test('hostile or unknown parameters are ignored with a visible note and never run', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		const hostile = '<img src=x onerror=alert(1)>';
		await page.goto(
			`/products/?product=${encodeURIComponent(hostile)}&version=1..0&colour=red&q=${encodeURIComponent('<script>alert(2)</script>')}`,
		);
		const note = page.getByText('Some settings in this link were not understood and have been ignored:');
		await expect(note).toBeVisible();
		await expect(
			page.getByText(`Ignored “product=${hostile}”: the value is not one of the available options.`),
		).toBeVisible();
		await expect(page.getByText('Ignored “version=1..0”: the value is not a version such as 4.9.0.')).toBeVisible();
		await expect(page.getByText('Ignored “colour=red”: the value is not a filter on this page.')).toBeVisible();
		// The text filter is legal but matches nothing; it is shown as text, not markup.
		await expect(page.getByText('No product matches the text “<script>alert(2)</script>”.')).toBeVisible();
		await expect(page.getByRole('img', { name: /x/ })).toHaveCount(0);
		expect(await page.locator('main img, main script:not([type="module"]):not([src])').count()).toBe(0);
		expect(dialogs).toEqual([]);
		// Changing a filter replaces the link's state, so the note about it goes.
		await page.getByRole('button', { name: 'Show all products' }).click();
		await expect(note).toBeHidden();
	});
});

test('without JavaScript, the whole matrix is on the page and the inert filter is hidden', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/products/?version=4.9.0');
	await expect(rowHeaders(page)).toHaveCount(productCount);
	await expect(matrix(page).getByRole('row', { name: /API Manager/ })).toContainText(apiManagerVersions.join(', '));
	await expect(page.getByRole('search', { name: 'Filter the products' })).toBeHidden();
	await expect(count(page)).toHaveText(`Showing all ${productCount} products.`);
	await context.close();
});

test('the filtered, no-match and ignored-parameter states pass axe (WCAG 2.2 AA)', async ({ page }) => {
	await page.goto('/products/?product=api-manager&version=4.9.0&colour=red');
	await expect(page.getByText('Ignored “colour=red”: the value is not a filter on this page.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Show all products' })).toBeVisible();
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
		.analyze();
	expect(
		results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target.join(' ')) })),
	).toEqual([]);
});
