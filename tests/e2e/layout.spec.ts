import { expect, test, type Page } from '@playwright/test';
import { ports } from './support/atlas-data.ts';

/**
 * Tables and diagrams in the page's flow, on a desktop and on a phone: readers scroll the page,
 * never a box inside it, a phone scrolls a wide table sideways only with its caption in view,
 * and the topology diagram fits its column with text no smaller than the screen allows.
 */
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const PAGES = ['/products/', '/ports/', '/patterns/iot-server-ha/'];
const PORT_PAGE = `/ports/${ports[0]!.id}/`;
/** The smallest text each drawing may show on that screen, in CSS pixels (src/lib/patterns/topology-layout.ts SCREEN). */
const MIN_TEXT = { desktop: 12, phone: 10 };

/** Each table's box: how far it scrolls each way, and where its caption sits once scrolled to the end. */
function measureBoxes(boxes: Element[]) {
	// Boxes of views the page keeps hidden (the ports page's other views) have no layout to measure.
	return boxes
		.filter((box) => box.getClientRects().length > 0)
		.map((box) => {
			const caption = box.querySelector('caption');
			const before = { scrollable: box.scrollHeight - box.clientHeight, wide: box.scrollWidth - box.clientWidth };
			box.scrollLeft = box.scrollWidth;
			const shown = caption?.getBoundingClientRect();
			const frame = box.getBoundingClientRect();
			box.scrollLeft = 0;
			return {
				caption: caption?.textContent?.trim(),
				verticalScroll: before.scrollable,
				hiddenWidth: before.wide,
				captionInside: shown === undefined || (shown.left >= frame.left - 1 && shown.right <= frame.right + 1),
			};
		});
}

async function pageOverflow(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const path of PAGES) {
	test(`${path}: on a desktop every table is in the page's flow, whole, with a header that sticks below the site header`, async ({
		page,
	}) => {
		await page.setViewportSize(DESKTOP);
		await page.goto(path);
		const boxes = await page.locator('main .atlas-table-scroll').evaluateAll(measureBoxes);
		expect(boxes.length).toBeGreaterThan(0);
		for (const box of boxes) {
			expect(box.verticalScroll, box.caption).toBeLessThanOrEqual(1);
			expect(box.hiddenWidth, box.caption).toBeLessThanOrEqual(1);
		}
		const header = await page.locator('header.header').boundingBox();
		const stickAt = await page
			.locator('main .atlas-table-scroll thead th')
			.first()
			.evaluate((th) => ({ position: getComputedStyle(th).position, top: parseFloat(getComputedStyle(th).top) }));
		expect(stickAt.position).toBe('sticky');
		expect(Math.abs(stickAt.top - header!.height)).toBeLessThanOrEqual(1);
		expect(await pageOverflow(page)).toBe(0);
	});

	test(`${path}: on a phone tables scroll sideways only, captions stay in view, and the page does not widen`, async ({
		page,
	}) => {
		await page.setViewportSize(PHONE);
		await page.goto(path);
		const boxes = await page.locator('main .atlas-table-scroll').evaluateAll(measureBoxes);
		expect(boxes.length).toBeGreaterThan(0);
		for (const box of boxes) {
			expect(box.verticalScroll, box.caption).toBeLessThanOrEqual(1);
			expect(box.captionInside, box.caption).toBe(true);
		}
		expect(await pageOverflow(page)).toBe(0);
	});
}

test('a port page does not widen on a phone', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto(PORT_PAGE);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await pageOverflow(page)).toBe(0);
});

test('the matrix groups its rows under a heading for each answer, in the answers’ order', async ({ page }) => {
	await page.goto('/products/');
	const groups = page.locator('table.atlas-matrix tbody');
	const headings = await groups.locator('tr.atlas-matrix__group th').allInnerTexts();
	const answers = await groups.evaluateAll((bodies) => bodies.map((body) => body.getAttribute('data-mode-group')));
	const rowsByAnswer = await groups.evaluateAll((bodies) =>
		bodies.map((body) => [...body.querySelectorAll('tr[data-product]')].map((row) => row.getAttribute('data-mode'))),
	);
	expect(headings.length).toBe(answers.length);
	for (const [index, rows] of rowsByAnswer.entries()) {
		expect(rows.length).toBeGreaterThan(0);
		expect(new Set(rows)).toEqual(new Set([answers[index]]));
	}
	// Filtering to one answer leaves only its group, heading included.
	const [first] = answers;
	await page.getByRole('combobox', { name: 'Worker/manager separation' }).selectOption(first!);
	await expect(groups.and(page.locator(':not([hidden])'))).toHaveCount(1);
	await expect(page.locator(`tbody[data-mode-group="${first}"]`)).toBeVisible();
});

/** The visible drawing of each diagram: its arrangement, whether it fits its column, and its smallest text in CSS pixels. */
async function diagrams(page: Page) {
	return page.locator('.atlas-topology__canvas').evaluateAll((canvases) =>
		canvases.map((canvas) => {
			const svg = [...canvas.querySelectorAll('svg')].find(
				(candidate) => getComputedStyle(candidate).display !== 'none',
			)!;
			const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
			const sizes = [...svg.querySelectorAll('[font-size]')].map((text) => Number(text.getAttribute('font-size')));
			return {
				arrangement: svg.dataset['arrangement'],
				fits: svg.getBoundingClientRect().right <= canvas.getBoundingClientRect().right + 1,
				smallestText: Math.min(...sizes) * scale,
			};
		}),
	);
}

test('on a desktop each topology shows its wide drawing, whole, with text of at least 12 px', async ({ page }) => {
	await page.setViewportSize(DESKTOP);
	await page.goto('/patterns/iot-server-ha/');
	const shown = await diagrams(page);
	expect(shown.length).toBe(2);
	for (const diagram of shown) {
		expect(diagram.arrangement).toBe('wide');
		expect(diagram.fits).toBe(true);
		expect(diagram.smallestText).toBeGreaterThanOrEqual(MIN_TEXT.desktop);
	}
	await expect(page.getByRole('img', { name: /^Topology: / })).toHaveCount(2);
});

test('on a phone each topology shows its narrow drawing inside the column, with text of at least 10 px', async ({
	page,
}) => {
	await page.setViewportSize(PHONE);
	await page.goto('/patterns/iot-server-ha/');
	const shown = await diagrams(page);
	expect(shown.length).toBe(2);
	for (const diagram of shown) {
		expect(diagram.arrangement).toBe('narrow');
		expect(diagram.fits).toBe(true);
		expect(diagram.smallestText).toBeGreaterThanOrEqual(MIN_TEXT.phone);
	}
	await expect(page.getByRole('img', { name: /^Topology: / })).toHaveCount(2);
	expect(await pageOverflow(page)).toBe(0);
});
