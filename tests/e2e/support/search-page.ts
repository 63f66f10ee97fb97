import { expect, test as base, type Page } from '@playwright/test';
import { openSearch, resultCards, searchBox, searchSummary } from './search.ts';

/**
 * One page per worker with the search dialog open, for specs that ask many questions of the
 * index and check only the answers. Opening a page and starting Pagefind costs about three
 * seconds; a query in an open dialog about half a second. Before each test the search box is
 * emptied and the test waits until the last answer is gone, so no test can read the cards of
 * the one before it; if a test left the dialog closed, it is opened again.
 */
export const test = base.extend<{ searchPage: Page }, { workerSearchPage: Page }>({
	workerSearchPage: [
		async ({ browser }, use, workerInfo) => {
			const { baseURL } = workerInfo.project.use;
			const context = await browser.newContext(baseURL === undefined ? {} : { baseURL });
			const page = await context.newPage();
			await page.goto('/');
			await use(page);
			await context.close();
		},
		{ scope: 'worker' },
	],
	searchPage: async ({ workerSearchPage: page }, use) => {
		if (!(await searchBox(page).isVisible())) await openSearch(page);
		await searchBox(page).fill('');
		await expect(resultCards(page)).toHaveCount(0);
		await expect(searchSummary(page)).toHaveText('');
		await use(page);
	},
});
