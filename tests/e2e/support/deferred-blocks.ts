import type { Page } from '@playwright/test';

/**
 * Draws every block the site lays out only near the viewport (content-visibility: auto on
 * tables and diagrams, src/styles/atlas.css), as the reader sees each one on reaching it.
 * Checks that measure boxes across the whole page at once, such as axe's target-size rule,
 * need this: a block not yet drawn has a placeholder height and no layout inside it. The
 * style is set through the CSSOM, which the site's Content-Security-Policy allows.
 */
export function drawDeferredBlocks(page: Page): Promise<number> {
	return page.evaluate(() => {
		const deferred = [...document.querySelectorAll<HTMLElement>('main *')].filter(
			(element) => getComputedStyle(element).contentVisibility === 'auto',
		);
		for (const element of deferred) element.style.contentVisibility = 'visible';
		return deferred.length;
	});
}
