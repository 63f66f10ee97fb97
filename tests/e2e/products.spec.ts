import { expect, test } from '@playwright/test';
import { productCount } from './support/atlas-data.ts';

test.describe('products overview', () => {
	test('renders every product in a table on the server, without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/products/');
		const table = page.getByRole('table', { name: /WSO2 products and their use of worker\/manager separation/ });
		// Product rows link to their pages; the headings of the answer groups do not.
		await expect(table.getByRole('rowheader').filter({ has: page.getByRole('link') })).toHaveCount(productCount);
		const bps = table.getByRole('row', { name: /Business Process Server/ });
		// The garbled "3.56.0" of the seed is published as 3.6.0, newest first.
		await expect(bps).toContainText('3.6.0, 3.5.1, 3.5.0, 3.2.0, 3.1.0');
		await expect(bps).toContainText('Standard + extra configuration');
		await context.close();
	});
});
