import { expect, test } from '@playwright/test';

test.describe('site search (Pagefind)', () => {
	test('finds a product by name from the search dialog', async ({ page }) => {
		await page.goto('/');
		await page
			.getByRole('button', { name: /search/i })
			.first()
			.click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		await dialog.getByRole('textbox', { name: 'Search' }).fill('Business Process Server');
		const result = dialog.getByRole('link', { name: /products overview/i }).first();
		await expect(result).toBeVisible();
		await result.click();
		await expect(page).toHaveURL(/\/products\//);
		await expect(page.getByRole('rowheader', { name: /Business Process Server/ })).toBeVisible();
	});
});
