import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Driving the site search like a reader: through the header button or a shortcut, the search
 * box, and the result cards (each an article named by its page title).
 */

/** The search dialog. */
export function searchDialog(page: Page): Locator {
	return page.getByRole('dialog', { name: 'Search Cluster Atlas' });
}

export function searchBox(page: Page): Locator {
	return searchDialog(page).getByRole('searchbox', { name: 'Search this site' });
}

/** The result cards, best first. */
export function resultCards(page: Page): Locator {
	return searchDialog(page).getByRole('list', { name: 'Search results' }).getByRole('article');
}

export async function openSearch(page: Page): Promise<void> {
	await page.getByRole('button', { name: /^Search\b/ }).click();
	await expect(searchBox(page)).toBeFocused();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The line above the results: "3 results for 443", "No results for …", or "5 results" when browsing by filter. */
export function searchSummary(page: Page): Locator {
	return searchDialog(page).locator('pagefind-summary');
}

/** The result list's items: each holds a placeholder until its card is filled in. */
function resultItems(page: Page): Locator {
	return searchDialog(page).getByRole('list', { name: 'Search results' }).getByRole('listitem');
}

/**
 * Waits until the filled-in cards are the first ones of the list, with no placeholder before
 * any of them. Cards fill as their fragments arrive, in no fixed order, so reading them any
 * earlier could take the second result for the first.
 */
async function cardsInOrder(page: Page): Promise<void> {
	await expect(resultItems(page).first().getByRole('article')).toBeVisible();
	await expect
		.poll(() =>
			// The list's own items only: a card lists its matching sections in a list of its own.
			searchDialog(page)
				.getByRole('list', { name: 'Search results' })
				.evaluate((list) => {
					const filled = [...list.children].map((item) => item.querySelector('article') !== null);
					const firstEmpty = filled.indexOf(false);
					return firstEmpty === -1 || !filled.slice(firstEmpty).includes(true);
				}),
		)
		.toBe(true);
}

/**
 * How long a page a result opened may take to mark the words searched for: it loads Pagefind's
 * highlighter on arrival (src/scripts/search/highlight-on-arrival.ts), and in a full run on a busy
 * two-core machine that once took more than the usual five seconds on the ports reference.
 */
export const ARRIVAL_MARKS = { timeout: 15_000 } as const;

/** Types a query and waits until Pagefind has answered it and its top cards are filled in, in order. */
export async function search(page: Page, query: string): Promise<number> {
	await searchBox(page).fill(query);
	const summary = searchSummary(page);
	// A page's first query also starts Pagefind (its code, WebAssembly and index), which on a
	// busy two-core machine has taken more than the usual five seconds.
	await expect(summary).toHaveText(new RegExp(`^(\\d+) results? for ${escapeRegExp(query)}$|^No results for`), {
		timeout: 15_000,
	});
	const count = Number(/^(\d+)/.exec((await summary.textContent()) ?? '')?.[1] ?? 0);
	if (count > 0) await cardsInOrder(page);
	return count;
}

/** Where a link goes, without the highlight words: "/ports/#fcm-device-5228". */
export function destination(href: string | null): string {
	const url = new URL(href ?? '', 'http://site.invalid');
	return `${url.pathname}${url.hash}`;
}

/** The destinations of every link in a card: the page first, then its matching sections. */
export async function cardDestinations(card: Locator): Promise<string[]> {
	const hrefs = await card.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	return hrefs.map(destination);
}

/** Every link in the results, in the order the arrow keys visit them: each card's page, then its sections. */
export function resultLinks(page: Page): Locator {
	return searchDialog(page).getByRole('list', { name: 'Search results' }).getByRole('link');
}

/**
 * Scrolls through the results until all `count` cards have loaded: Pagefind fills a card in
 * only as its placeholder nears the visible part of the list.
 */
export async function loadEveryResult(page: Page, count: number): Promise<void> {
	const items = resultItems(page);
	await expect(async () => {
		await items.last().scrollIntoViewIfNeeded();
		await expect(resultCards(page)).toHaveCount(count, { timeout: 1_000 });
	}).toPass();
}

/** The page each loaded card opens, best first (cards load as they scroll into view). */
export async function resultPages(page: Page): Promise<string[]> {
	await cardsInOrder(page);
	const cards = await resultCards(page).all();
	return Promise.all(cards.map(async (card) => (await cardDestinations(card))[0]!));
}
