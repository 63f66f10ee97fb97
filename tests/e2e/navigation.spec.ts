import { expect, test, type Page } from '@playwright/test';

/**
 * Every page offers the whole site: the home page and the not-found page included, on a wide
 * screen (the sidebar) and on a phone (the menu button that opens it).
 */
const sidebarSections = ['Deployment patterns', 'Ports', 'Products', 'Guides'];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

async function expectWholeNavigation(page: Page) {
	const sidebar = page.getByRole('navigation', { name: 'Main' });
	for (const section of sidebarSections) await expect(sidebar.getByText(section, { exact: true })).toBeVisible();
	await expect(sidebar.getByRole('link', { name: 'Port-offset calculator' })).toBeVisible();
}

for (const path of ['/', '/404.html']) {
	test(`${path} shows the sidebar on a wide screen`, async ({ page }) => {
		await page.setViewportSize(DESKTOP);
		await page.goto(path);
		await expectWholeNavigation(page);
	});

	test(`${path} has a menu button that opens the navigation on a phone`, async ({ page }) => {
		await page.setViewportSize(PHONE);
		await page.goto(path);
		await page.getByRole('button', { name: 'Menu' }).click();
		await expectWholeNavigation(page);
	});
}

test('the home page’s “Find a port” opens the site search', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Find a port' }).first().click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await expect(page).toHaveURL(/\/$/);
});

test('without scripts “Find a port” still leads to the ports reference', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await page.getByRole('link', { name: 'Find a port' }).first().click();
	await expect(page).toHaveURL(/\/ports\/$/);
	await context.close();
});

test('the home page’s figures stand on one line whatever their labels', async ({ page }) => {
	for (const viewport of [DESKTOP, PHONE]) {
		await page.setViewportSize(viewport);
		await page.goto('/');
		const figures = page.locator('.atlas-stats dd');
		await expect(figures).toHaveCount(4);
		// Cards side by side have their numbers at the same height, whichever label wraps.
		const boxes = await figures.evaluateAll((items) => items.map((item) => item.getBoundingClientRect()));
		const cards = await page
			.locator('.atlas-stats > div')
			.evaluateAll((items) => items.map((item) => item.getBoundingClientRect()));
		// Cards whose boxes overlap vertically share a row: their tops and their numbers line up.
		cards.forEach((card, index) => {
			cards.forEach((other, otherIndex) => {
				if (other.top >= card.bottom || card.top >= other.bottom) return;
				expect(other.top).toBeCloseTo(card.top, 0);
				expect(boxes[otherIndex]!.top).toBeCloseTo(boxes[index]!.top, 0);
			});
		});
	}
});
