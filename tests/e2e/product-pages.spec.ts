import { expect, test } from '@playwright/test';
import { productCount } from './support/atlas-data.ts';

test.describe('product pages', () => {
	test('a product page gives the answer, the versions newest first, the facts and a link to the matrix', async ({
		page,
	}) => {
		await page.goto('/products/business-process-server/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business Process Server');
		await expect(page.getByText('✓ Standard + extra configuration')).toBeVisible();
		// Seed: "3.1.0, 3.2.0, 3.5.0, 3.5.1 and 3.56.0", where 3.56.0 is 3.5.0 overlaid with 3.6.0.
		await expect(page.getByRole('definition').first()).toHaveText('3.6.0, 3.5.1, 3.5.0, 3.2.0, 3.1.0');
		await expect(page.getByText(/Where it shows “3\.56\.0”/)).toBeVisible();
		await expect(page.getByText(/master node that versions BPEL and HumanTask artifacts/)).toBeVisible();

		await page.getByRole('link', { name: 'BPS in the separation matrix' }).click();
		await expect(page).toHaveURL(/\/products\/\?product=business-process-server$/);
		// Product rows are headed by a link to their page; the answer groups' headings are not.
		const matrix = page.getByRole('table', { name: /WSO2 products and their use/ });
		await expect(matrix.getByRole('rowheader').filter({ has: page.getByRole('link') })).toHaveText([
			'Business Process Server (BPS)',
		]);
	});

	test('every product is in the sidebar, and its page is one click away', async ({ page }) => {
		await page.goto('/products/');
		const sidebar = page.getByRole('navigation', { name: 'Main' });
		const names = await page
			.getByRole('table', { name: /WSO2 products and their use/ })
			.getByRole('rowheader')
			.getByRole('link')
			.allTextContents();
		expect(names).toHaveLength(productCount);
		for (const name of names) await expect(sidebar.getByRole('link', { name, exact: true })).toBeVisible();
		await sidebar.getByRole('link', { name: 'Task Server', exact: true }).click();
		await expect(page).toHaveURL(/\/products\/task-server\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Task Server');
		await expect(sidebar.getByRole('link', { name: 'Task Server', exact: true })).toHaveAttribute(
			'aria-current',
			'page',
		);
	});

	test('a product that does not use the split says so, and links to the pattern section', async ({ page }) => {
		await page.goto('/products/identity-server/');
		await expect(page.getByText('✗ Not supported')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'The pattern it does not use' })).toBeVisible();
		await page.getByRole('link', { name: 'Read about the pattern and why it is used' }).click();
		await expect(page).toHaveURL(/\/products\/#the-pattern-managers-and-workers$/);
		await expect(page.getByRole('heading', { name: 'The pattern: managers and workers' })).toBeInViewport();
	});
});
