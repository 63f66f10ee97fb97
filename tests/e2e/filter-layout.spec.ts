import { expect, test } from '@playwright/test';

/**
 * The filter forms line up: controls side by side sit at one height even when a label wraps
 * ("Node or external service" on the ports page), and the products filter's "Clear filters"
 * starts its own row at the left edge instead of under a column.
 */

/** Runs in the page: the boxes of a form's selects and inputs. */
const controlBoxes = (items: Element[]) => items.map((item) => item.getBoundingClientRect());

function expectRowsLevel(controls: DOMRect[]): void {
	expect(controls.length).toBeGreaterThan(1);
	// Controls whose boxes overlap vertically are on one row: they must share their top.
	for (const a of controls)
		for (const b of controls) if (a.top < b.bottom && b.top < a.bottom) expect(Math.abs(a.top - b.top)).toBeLessThan(1);
}
for (const viewport of [
	{ width: 1366, height: 900 },
	{ width: 390, height: 844 },
]) {
	test(`the products filter’s controls line up at ${viewport.width} px`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/products/');
		const form = page.getByRole('search', { name: 'Filter the products' });
		const controls = await form.locator('select, input').evaluateAll(controlBoxes);
		expectRowsLevel(controls);
		const clear = await form.getByRole('button', { name: 'Clear filters' }).boundingBox();
		const formBox = await form.locator('select, input').first().boundingBox();
		expect(clear).not.toBeNull();
		expect(Math.abs(clear!.x - formBox!.x)).toBeLessThan(1);
		expect(clear!.y).toBeGreaterThan(Math.max(...controls.map((box) => box.bottom)));
	});

	test(`the ports filter’s controls line up at ${viewport.width} px`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/ports/');
		const form = page.getByRole('form', { name: 'Filter the port rules' });
		expectRowsLevel(await form.locator('select, input[type="text"]').evaluateAll(controlBoxes));
	});
}
