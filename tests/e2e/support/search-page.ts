import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { openSearch } from './search.ts';

/**
 * A fresh page with the search dialog open, for specs that ask many questions of the index and
 * check only the answers. The pages of one worker share a browser context, so its HTTP cache:
 * Pagefind's code, WebAssembly and index chunks download once per worker instead of once per
 * query, which was most of these specs' time. Each test still gets its own page, so no answer
 * can be read from the last test's dialog.
 */
export const test = base.extend<{ searchPage: Page }, { cachedContext: BrowserContext }>({
	cachedContext: [
		async ({ browser }, use, workerInfo) => {
			const { baseURL } = workerInfo.project.use;
			const context = await browser.newContext(baseURL === undefined ? {} : { baseURL });
			await use(context);
			await context.close();
		},
		{ scope: 'worker' },
	],
	searchPage: async ({ cachedContext }, use) => {
		const page = await cachedContext.newPage();
		await page.goto('/');
		await openSearch(page);
		await use(page);
		await page.close();
	},
});
