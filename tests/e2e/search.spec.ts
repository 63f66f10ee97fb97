import { expect, test } from '@playwright/test';

test.describe('site search (Pagefind)', () => {
	test('finds a product page by name from the search dialog', async ({ page }) => {
		await page.goto('/');
		await page
			.getByRole('button', { name: /search/i })
			.first()
			.click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		await dialog.getByRole('textbox', { name: 'Search' }).fill('Business Process Server');
		const result = dialog.getByRole('link', { name: /^Business Process Server/ }).first();
		await expect(result).toBeVisible();
		await result.click();
		await expect(page).toHaveURL(/\/products\/business-process-server\//);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business Process Server');
	});

	test('finds a product page by its abbreviation', async ({ page }) => {
		await page.goto('/');
		await page
			.getByRole('button', { name: /search/i })
			.first()
			.click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('textbox', { name: 'Search' }).fill('G-Reg');
		await expect(dialog.getByRole('link', { name: /^Governance Registry/ }).first()).toBeVisible();
	});
});
