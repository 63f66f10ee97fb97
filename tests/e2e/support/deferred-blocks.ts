import { expect, type Page } from '@playwright/test';
import { DEFERRED_BLOCKS } from '../../../src/lib/shared/deferred-blocks.ts';

/**
 * The tables and drawings of the page that are not drawn yet: laid out late by the stylesheet
 * (content-visibility: auto) and not yet drawn by the page's script
 * (src/scripts/shared/draw-deferred-blocks.ts) or by the reader scrolling near them.
 */
export function undrawnBlocks(page: Page): Promise<number> {
	return page.evaluate(
		(selector) =>
			[...document.querySelectorAll(selector)].filter((block) => getComputedStyle(block).contentVisibility === 'auto')
				.length,
		DEFERRED_BLOCKS,
	);
}

/**
 * Waits until the page's script has drawn every deferred block, as it does in the first idle
 * moments after load. Checks that measure boxes across the whole page, such as axe's target-size
 * rule, run after this: a block not yet drawn holds a placeholder height, and the links inside it
 * would be measured against a box that does not fit them.
 */
export async function waitForDrawnBlocks(page: Page): Promise<void> {
	await expect.poll(() => undrawnBlocks(page)).toBe(0);
}
