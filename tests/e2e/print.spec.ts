import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { exportedProducts } from './support/atlas-data.ts';
import { allPorts, carriers } from './support/port-data.ts';
import { wso2DocsSources as sources } from '../../content/sources-wso2-docs.ts';
import { openSearch, search, searchDialog } from './support/search.ts';
import { LOAD_SAMPLE, pageTemplates, samplePages } from './support/page-templates.ts';
import { sitemapPaths } from './support/sitemap.ts';

/**
 * Printing: no navigation or controls on paper, every table whole and inside the page, light
 * colours in either theme, and what a click would reveal on screen written out.
 *
 * The page is laid out at the width of the printable area: A4 (210 mm) less the 12 mm side
 * margins of src/styles/print.css is 186 mm, about 703 CSS pixels; 680 leaves room for
 * slightly wider margins or Letter paper's own.
 */
const PRINT_WIDTH = 680;

const product = exportedProducts().find((candidate) => candidate.abbreviation === 'ESB')!;

const PAGES = [
	{ path: '/', tables: 0 },
	// The matrix: its heading row, a heading row per answer that some product gives, and the products.
	{
		path: '/products/',
		tables: 2,
		mainRows:
			1 + new Set(exportedProducts().map((product) => product.separationMode.id)).size + exportedProducts().length,
	},
	// One table per node that carries rules (the first is checked row by row), and the external services'.
	{
		path: '/ports/',
		tables: carriers.length + 2,
		mainRows: allPorts.filter((rule) => rule.role === carriers[0]).length + 1,
	},
	{ path: '/patterns/iot-server-ha/', tables: 3 },
	{ path: `/products/${product.id}/`, tables: 1 },
];

/** Controls a reader operates on screen; on paper none of them is drawn. */
const CONTROL_ROLES = ['button', 'combobox', 'textbox', 'searchbox', 'radio', 'checkbox', 'listbox'] as const;

async function printPreview(page: Page, path: string): Promise<void> {
	await page.setViewportSize({ width: PRINT_WIDTH, height: 960 });
	await page.goto(path);
	await page.emulateMedia({ media: 'print' });
}

/** For each table: how far its box is scrolled or clipped, and whether it runs past the page. */
function measureTables(tables: Element[]) {
	const page = document.documentElement;
	return tables.map((table) => {
		const box = table.closest('.atlas-table-scroll') ?? table.parentElement!;
		return {
			caption: table.querySelector('caption')?.textContent?.trim(),
			hiddenWidth: box.scrollWidth - box.clientWidth,
			clipped: getComputedStyle(box).overflowY !== 'visible' && box.scrollHeight > box.clientHeight + 1,
			pastPage: table.getBoundingClientRect().right - page.clientWidth,
			stickyHeader: [...table.querySelectorAll('thead th')].some((th) => getComputedStyle(th).position === 'sticky'),
		};
	});
}

const overflow = async (table: Locator) => (await table.evaluateAll(measureTables))[0]!;

for (const { path, tables, mainRows } of PAGES) {
	test.describe(`printing ${path}`, () => {
		test('shows no navigation, no search and no controls, and keeps the heading', async ({ page }) => {
			await page.setViewportSize({ width: PRINT_WIDTH, height: 960 });
			await page.goto(path);
			// On screen the search is there, and the navigation on every page but the home page,
			// which has none (this is what print removes).
			await expect(page.getByRole('button', { name: /^Search\b/ })).toBeVisible();
			if (path !== '/') expect(await page.getByRole('navigation').count()).toBeGreaterThan(0);

			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.getByRole('navigation')).toHaveCount(0);
			await expect(page.getByRole('button', { name: /^Search\b/ })).toBeHidden();
			for (const role of CONTROL_ROLES) await expect(page.getByRole(role), role).toHaveCount(0);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
			).toBe(0);
		});

		if (tables > 0) {
			test('prints every table whole, within the page, with a plain header row', async ({ page }) => {
				await printPreview(page, path);
				const all = page.getByRole('main').getByRole('table');
				expect(await all.count()).toBeGreaterThanOrEqual(tables);
				for (const table of await all.all()) {
					const measured = await overflow(table);
					expect(measured, measured.caption).toEqual(expect.objectContaining({ clipped: false, stickyHeader: false }));
					expect(measured.hiddenWidth, measured.caption).toBeLessThanOrEqual(1);
					expect(measured.pastPage, measured.caption).toBeLessThanOrEqual(1);
					// Every row is drawn: none is hidden or clipped away.
					const rows = await table.getByRole('row', { includeHidden: true }).count();
					await expect(table.getByRole('row')).toHaveCount(rows);
				}
				const main = all.first();
				if (mainRows !== undefined) await expect(main.getByRole('row')).toHaveCount(mainRows);
				expect(await main.locator('thead').evaluate((head) => getComputedStyle(head).display)).toBe(
					'table-header-group',
				);
				expect(
					await main
						.getByRole('row')
						.nth(1)
						.evaluate((row) => getComputedStyle(row).breakInside),
				).toBe('avoid');
			});
		}
	});
}

test('on no page of the site does a table run past the printed page or its box', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: PRINT_WIDTH, height: 960 });
	await page.emulateMedia({ media: 'print' });
	const problems: string[] = [];
	// Only the built pages that hold a table need laying out: the sample of each template that
	// the page sweep loads (support/page-templates.ts).
	const withTables = pageTemplates(sitemapPaths())
		.flatMap((template) => samplePages(template, LOAD_SAMPLE))
		.filter((path) => readFileSync(`dist${path}index.html`, 'utf8').includes('<table'));
	expect(withTables.length).toBeGreaterThan(PAGES.length);
	for (const path of withTables) {
		await page.goto(path);
		// Measured in one pass: the ports page alone holds fifteen tables.
		const measured = await page.getByRole('main').locator('table').evaluateAll(measureTables);
		for (const { caption, hiddenWidth, pastPage, clipped } of measured) {
			if (hiddenWidth > 1 || pastPage > 1 || clipped) problems.push(`${path} "${caption}": ${hiddenWidth}px hidden`);
		}
	}
	expect(problems).toEqual([]);
});

test('an open search dialog is not printed over the page', async ({ page }) => {
	await page.goto('/ports/');
	await openSearch(page);
	await search(page, '5228');
	await page.emulateMedia({ media: 'print' });
	await expect(searchDialog(page)).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the filter forms of the products and ports pages are not printed', async ({ page }) => {
	await page.goto('/products/');
	const productFilter = page.getByRole('combobox', { name: 'Product' });
	await expect(productFilter).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(productFilter).toBeHidden();
	await expect(page.getByRole('searchbox', { name: 'Text' })).toBeHidden();

	await page.goto('/ports/');
	await page.emulateMedia({ media: 'screen' });
	const roleFilter = page.getByRole('combobox', { name: 'Node or external service' });
	await expect(roleFilter).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(roleFilter).toBeHidden();
	await expect(page.getByRole('radio', { name: 'By node role' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Clear filters' })).toBeHidden();
});

test('the reasoning behind a derived port, folded on screen, is printed', async ({ page }) => {
	const derivation = allPorts.flatMap((rule) =>
		rule.evidence === 'derived' && 'derivation' in rule ? [rule.derivation] : [],
	)[0]!;
	await page.goto('/ports/');
	// The main table comes first; the grouped views repeat the rule further down.
	const reasoning = page.getByRole('main').getByText(derivation).first();
	await expect(reasoning).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(reasoning).toBeVisible();
});

test('a cited document’s address follows its title on paper', async ({ page }) => {
	const source = sources.find((candidate) => candidate.url !== undefined)!;
	await page.goto('/guides/sources/');
	// Held as an element: on paper the address becomes part of the link's accessible name.
	const link = await page
		.getByRole('main')
		.getByRole('list')
		.getByRole('link', { name: source.title, exact: true })
		.first()
		.elementHandle();
	const after = () => link!.evaluate((element) => getComputedStyle(element, '::after').content);
	expect(await after()).toBe('none');
	await page.emulateMedia({ media: 'print' });
	expect(await after()).toContain(source.url);
});

/** Relative luminance of a computed `rgb()` colour (WCAG 2). */
function luminance(color: string): number {
	const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
		const channel = Number(part) / 255;
		return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string) => {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
};

test.describe('in the dark theme', () => {
	test.use({ colorScheme: 'dark' });

	test('pages print dark text on a light background', async ({ page }) => {
		await page.goto('/ports/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		const colours = () =>
			page.evaluate(() => ({
				background: getComputedStyle(document.body).backgroundColor,
				text: getComputedStyle(document.querySelector('h1')!).color,
				cell: getComputedStyle(document.querySelector('main td')!).color,
			}));
		// On screen the theme is dark: the same check fails there.
		expect(luminance((await colours()).background)).toBeLessThan(0.1);

		await page.emulateMedia({ media: 'print' });
		const printed = await colours();
		expect(luminance(printed.background)).toBeGreaterThan(0.9);
		expect(contrast(printed.background, printed.text)).toBeGreaterThanOrEqual(7);
		expect(contrast(printed.background, printed.cell)).toBeGreaterThanOrEqual(7);
	});

	test('code blocks print in light colours, every token legible', async ({ page }) => {
		await page.goto('/ports/firewall/worker/');
		await page.emulateMedia({ media: 'print' });
		const code = page.getByRole('main').locator('pre.atlas-code');
		const colours = await code.evaluate((pre) => ({
			background: getComputedStyle(pre).backgroundColor,
			tokens: [...new Set([...pre.querySelectorAll('span')].map((span) => getComputedStyle(span).color))],
		}));
		expect(luminance(colours.background)).toBeGreaterThan(0.8);
		expect(colours.tokens.length).toBeGreaterThan(1);
		for (const token of colours.tokens) expect(contrast(colours.background, token), token).toBeGreaterThanOrEqual(4.5);
	});
});
