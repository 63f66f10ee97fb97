import type { Page, Request } from '@playwright/test';

/**
 * Waits that name what a test needs, instead of "the network has been quiet for 500 ms"
 * (Playwright's networkidle), which waits on every request and says nothing about the page.
 */

/**
 * Two animation frames after the page's load event: by then every up-front script has run,
 * what it changed has been laid out and painted, layout shifts are recorded, and intersection
 * observers have reported what is in view (their first report comes with the first frame).
 */
export async function afterFirstFrames(page: Page): Promise<void> {
	await page.waitForLoadState('load');
	await page.evaluate(
		() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
	);
}

/**
 * Counts the page's requests in flight from now on; `finished()` resolves once every request
 * started so far has been answered or has failed (at once when none is open).
 */
export function trackRequests(page: Page): { finished: () => Promise<void> } {
	const open = new Set<Request>();
	let wake = () => {};
	const done = (request: Request) => {
		open.delete(request);
		if (open.size === 0) wake();
	};
	page.on('request', (request) => open.add(request));
	page.on('requestfinished', done);
	page.on('requestfailed', done);
	return {
		finished: () => (open.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => (wake = resolve))),
	};
}
