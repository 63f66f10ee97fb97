import { expect, test, type Page } from '@playwright/test';
import iotServerHa from '../../content/deployment-patterns/iot-server-ha.ts';
import { DEFERRED_BLOCKS } from '../../src/lib/shared/deferred-blocks.ts';
import { DEFAULT_PORTS_PATH, MATRIX_PATH, patternPath } from '../../src/lib/shared/paths.ts';
import { undrawnBlocks, waitForDrawnBlocks } from './support/deferred-blocks.ts';
import { observeLayoutShifts } from './support/layout-shift.ts';
import { afterFirstFrames } from './support/settled.ts';
import { longFirstScreenTables } from './support/streamed-tables.ts';

/**
 * Tables and drawings below the first screen are laid out late (content-visibility) and drawn
 * one by one in idle time after load. The pattern page is the longest page built from blocks of
 * both kinds.
 */
const PATH = patternPath(iotServerHa.id);

test('every table and drawing is drawn in the idle time after load', async ({ page }) => {
	await page.goto(PATH);
	expect(await page.locator(DEFERRED_BLOCKS).count()).toBeGreaterThan(1);
	await waitForDrawnBlocks(page);
});

/** The id of the pattern page's last section: every late block sits above it. */
async function lastSectionId(page: Page): Promise<string> {
	await page.goto(PATH);
	const id = await page.locator('main h2[id]').last().getAttribute('id');
	expect(id).toBeTruthy();
	return id ?? '';
}

test.describe('on a desktop', () => {
	test.use({ viewport: { width: 1366, height: 900 } });

	test('a page opened on a link to a heading below the late blocks lands on it', async ({ page }) => {
		const id = await lastSectionId(page);
		// A new document, not a jump within the one already open.
		await page.goto('about:blank');
		await page.goto(`${PATH}#${id}`);
		await waitForDrawnBlocks(page);
		await expect(page.locator(`main h2[id="${id}"]`)).toBeInViewport();
	});

	test('a link followed within the page before the late blocks are drawn lands on its heading', async ({ page }) => {
		// Slow the idle drawing down, as a busy device would, so the link is followed first and
		// the blocks above the heading would still be drawn afterwards.
		await page.addInitScript(() => {
			window.requestIdleCallback = (step) => window.setTimeout(step, 300);
		});
		const id = await lastSectionId(page);
		expect(await undrawnBlocks(page)).toBeGreaterThan(0);
		const heading = page.locator(`main h2[id="${id}"]`);
		await page
			.getByRole('navigation', { name: 'On this page' })
			.getByRole('link', { name: (await heading.textContent()) ?? '', exact: true })
			.click();
		await waitForDrawnBlocks(page);
		await expect(heading).toBeInViewport();
	});
});

test.describe("on Lighthouse's desktop screen", () => {
	test.use({ viewport: { width: 1350, height: 940 } });

	test('a block that starts on the first screen moves nothing below it when it is drawn', async ({ page }) => {
		const layoutShift = await observeLayoutShifts(page);
		await page.goto(DEFAULT_PORTS_PATH);
		// The case in point: the page's table starts on the first screen, and a placeholder shorter
		// than what is left of the screen would show the text after it, then push it away.
		const box = await page.locator(DEFERRED_BLOCKS).first().boundingBox();
		expect(box?.y).toBeLessThan(940);
		await waitForDrawnBlocks(page);
		await afterFirstFrames(page);
		expect(await layoutShift()).toBeLessThan(0.01);
	});
});

/**
 * Long tables that start on the first screen, as the default-ports table does on a desktop and a
 * phone and the products matrix does on Lighthouse's desktop screen: their headings set the
 * columns, so rows painted before the rest arrive stay put (pages.spec.ts checks every page
 * template at the default desktop size).
 */
const LONG_TABLES_ON_THE_FIRST_SCREEN = [
	{
		screen: "Lighthouse's desktop screen",
		viewport: { width: 1350, height: 940 },
		paths: [DEFAULT_PORTS_PATH, MATRIX_PATH],
	},
	{ screen: 'a phone', viewport: { width: 412, height: 823 }, paths: [DEFAULT_PORTS_PATH] },
];
for (const { screen, viewport, paths } of LONG_TABLES_ON_THE_FIRST_SCREEN)
	test.describe(`on ${screen}`, () => {
		test.use({ viewport });

		for (const path of paths)
			test(`the long table of ${path} keeps its columns whatever rows have arrived`, async ({ page }) => {
				await page.goto(path);
				const tables = await longFirstScreenTables(page);
				expect(tables.checked).toHaveLength(1);
				expect(tables.sizedByTheirRows).toEqual([]);
			});
	});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('blocks are laid out late, and every table stays on the page', async ({ page }) => {
		await page.goto(PATH);
		const blocks = page.locator(DEFERRED_BLOCKS);
		const count = await blocks.count();
		// Blocks far below the first screen wait: nothing else draws them.
		expect(await undrawnBlocks(page)).toBeGreaterThan(0);
		const last = blocks.nth(count - 1);
		await last.scrollIntoViewIfNeeded();
		await expect(last).toBeVisible();
		// Undrawn or not, every table is in the accessibility tree, found by its role.
		expect(await page.getByRole('table').count()).toBe(await page.locator('main table').count());
	});
});
