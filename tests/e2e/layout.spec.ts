import { expect, test, type Page } from '@playwright/test';
import { NARROW, WIDE } from '../../src/lib/patterns/topology-layout.ts';
import iotServerHa from '../../content/deployment-patterns/iot-server-ha.ts';
import { exportedProducts } from './support/atlas-data.ts';
import { waitForDrawnBlocks } from './support/deferred-blocks.ts';
import { pageTemplates } from './support/page-templates.ts';
import { patternPath, placementPath } from '../../src/lib/shared/paths.ts';
import { sitemapPaths } from './support/sitemap.ts';

/**
 * Tables and diagrams fit the screen. Readers scroll the page, never a box inside it: a table
 * region may scroll sideways on a phone, with its caption kept in view, but never up and down,
 * and on a desktop every table fits its column. Diagrams fit their column with legible text.
 * One page of each template is measured (support/page-templates.ts), at a desktop and a phone size,
 * once its script has drawn the blocks laid out late (support/deferred-blocks.ts).
 */
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const onePagePerTemplate = pageTemplates([...sitemapPaths(), '/404.html']).map((template) => template.paths[0]!);

/** Runs in the page: how each table region behaves, named by its caption. */
function measureTableRegions() {
	const inView = (inner: DOMRect, outer: DOMRect) => inner.left >= outer.left - 1 && inner.right <= outer.right + 1;
	return [...document.querySelectorAll<HTMLElement>('main [role="region"]')]
		.filter((region) => region.querySelector(':scope > table') !== null)
		.map((region) => {
			const caption = region.querySelector('caption')!;
			const captionAtStart = inView(caption.getBoundingClientRect(), region.getBoundingClientRect());
			region.scrollLeft = region.scrollWidth;
			const captionAtEnd = inView(caption.getBoundingClientRect(), region.getBoundingClientRect());
			region.scrollLeft = 0;
			return {
				table: caption.textContent?.trim() ?? '',
				scrollsDown: region.scrollHeight > region.clientHeight + 1,
				scrollsSideways: region.scrollWidth > region.clientWidth + 1,
				captionInView: captionAtStart && captionAtEnd,
			};
		});
}

const pageScrollsSideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

test('on a desktop every table fits its column in the page flow', async ({ page }) => {
	await page.setViewportSize(DESKTOP);
	let tables = 0;
	for (const path of onePagePerTemplate) {
		await page.goto(path);
		await waitForDrawnBlocks(page);
		const regions = await page.evaluate(measureTableRegions);
		tables += regions.length;
		for (const region of regions) {
			expect(region.scrollsDown, `${path}: ${region.table} scrolls up and down`).toBe(false);
			expect(region.scrollsSideways, `${path}: ${region.table} is wider than its column`).toBe(false);
		}
		expect(await pageScrollsSideways(page), path).toBe(false);
	}
	expect(tables).toBeGreaterThan(onePagePerTemplate.length);
});

test('on a phone a table scrolls only sideways, with its caption in view', async ({ page }) => {
	await page.setViewportSize(PHONE);
	let sideways = 0;
	for (const path of onePagePerTemplate) {
		await page.goto(path);
		await waitForDrawnBlocks(page);
		for (const region of await page.evaluate(measureTableRegions)) {
			expect(region.scrollsDown, `${path}: ${region.table} scrolls up and down`).toBe(false);
			expect(region.captionInView, `${path}: the caption of ${region.table} leaves its box`).toBe(true);
			if (region.scrollsSideways) sideways += 1;
		}
		expect(await pageScrollsSideways(page), path).toBe(false);
	}
	// The check of captions means something only if some table is wider than a phone.
	expect(sideways).toBeGreaterThan(0);
});

test('on a desktop a long table keeps its column headings under the top bar while it passes', async ({ page }) => {
	await page.setViewportSize(DESKTOP);
	await page.goto('/products/');
	const table = page.getByRole('table', { name: /WSO2 products and their use of worker\/manager separation/ });
	const heading = table.getByRole('columnheader').first();
	const lastProduct = table
		.getByRole('rowheader')
		.filter({ has: page.getByRole('link') })
		.last();
	await lastProduct.scrollIntoViewIfNeeded();
	const bar = await page.locator('header.header').boundingBox();
	const stuck = await heading.boundingBox();
	const tableBox = await table.boundingBox();
	expect(tableBox!.y).toBeLessThan(0);
	expect(Math.abs(stuck!.y - (bar!.y + bar!.height))).toBeLessThan(2);
});

test('every column of a table has the same inner padding, the first included', async ({ page }) => {
	await page.goto('/products/');
	const row = page.getByRole('row', { name: new RegExp(exportedProducts()[0]!.name) });
	const paddings = await row
		.locator(':scope > *')
		.evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).paddingInlineStart));
	expect(paddings.length).toBeGreaterThan(1);
	expect(new Set(paddings).size).toBe(1);
});

/** Runs in the page: the smallest text of each visible diagram in CSS pixels, and whether it fits its figure. */
function measureDiagrams() {
	return [...document.querySelectorAll<SVGSVGElement>('svg[role="img"]')]
		.filter((svg) => svg.getBoundingClientRect().width > 0)
		.map((svg) => {
			const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
			const sizes = [...svg.querySelectorAll('text, tspan')].map((text) => parseFloat(getComputedStyle(text).fontSize));
			const figure = svg.closest('figure')!.getBoundingClientRect();
			return {
				name: svg.querySelector('title')?.textContent ?? '',
				smallestText: Math.min(...sizes) * scale,
				fits: svg.getBoundingClientRect().right <= figure.right + 1,
			};
		});
}

for (const [viewport, preset] of [
	[DESKTOP, WIDE],
	[PHONE, NARROW],
] as const) {
	test(`at ${viewport.width} px each diagram fits its column and its text is ${preset.minTextPixels} px or more`, async ({
		page,
	}) => {
		await page.setViewportSize(viewport);
		// The first placement is drawn on the pattern page, each other one on its own topology page.
		const [first, ...others] = iotServerHa.managerPlacements;
		const paths = [patternPath(iotServerHa.id), ...others.map(({ id }) => placementPath(iotServerHa.id, id))];
		const names: string[] = [];
		for (const path of paths) {
			await page.goto(path);
			await waitForDrawnBlocks(page);
			const diagrams = await page.evaluate(measureDiagrams);
			expect(diagrams, path).toHaveLength(1);
			for (const diagram of diagrams) {
				names.push(diagram.name);
				expect(diagram.fits, diagram.name).toBe(true);
				expect(diagram.smallestText, diagram.name).toBeGreaterThanOrEqual(preset.minTextPixels);
			}
			expect(await pageScrollsSideways(page), path).toBe(false);
		}
		expect(names[0]).toContain(first!.title);
	});
}
