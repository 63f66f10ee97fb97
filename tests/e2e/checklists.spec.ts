import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForDrawnBlocks } from './support/deferred-blocks.ts';

/**
 * The checklists page: ticks saved per list in localStorage, other tabs following, reset,
 * Markdown copy, damaged storage, print, and the plain list without JavaScript.
 */
const PATH = '/patterns/iot-server-ha-checklists/';
const BEFORE = 'Before you begin: IoT Server high-availability cluster';
const BEFORE_KEY = 'cluster-atlas:checklist:iot-server-ha:before-you-begin';
// Seed: "Worker - 2 VMs ... All the VMs have 4 cores and 4GB memory."
const WORKER_MACHINES = 'Worker node: 2 VMs, each with 4 cores, 4 GB memory';
// Seed: "80 and 443 are from the NGINX server"; devices, administrators and end users all come in through it.
const HTTPS_RULE =
	'NGINX load balancer: allow inbound TCP 443 from Android and iOS devices, Administrators, End users (HTTPS)';

function beforeList(page: Page): Locator {
	return page
		.locator('atlas-checklist')
		.filter({ has: page.getByRole('progressbar', { name: new RegExp(`^${BEFORE}`) }) });
}

function progress(page: Page): Locator {
	return page.getByRole('progressbar', { name: new RegExp(`^${BEFORE}`) });
}

function errorsOf(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return errors;
}

test.describe('checklist progress', () => {
	test('a tick survives a reload, and the count and bar follow it', async ({ page }) => {
		await page.goto(PATH);
		const list = beforeList(page);
		await expect(list.getByText(/^0 of \d+ done$/)).toBeVisible();
		await list.getByRole('checkbox', { name: WORKER_MACHINES }).check();
		await list.getByRole('checkbox', { name: HTTPS_RULE }).check();
		await expect(list.getByText(/^2 of \d+ done$/)).toBeVisible();
		await expect(progress(page)).toHaveAttribute('value', '2');

		await page.reload();
		await expect(beforeList(page).getByRole('checkbox', { name: WORKER_MACHINES })).toBeChecked();
		await expect(beforeList(page).getByRole('checkbox', { name: HTTPS_RULE })).toBeChecked();
		await expect(beforeList(page).getByText(/^2 of \d+ done$/)).toBeVisible();
	});

	test('each list keeps its own progress', async ({ page }) => {
		await page.goto(PATH);
		const worker = page.locator('atlas-checklist').filter({
			has: page.getByRole('heading', { name: 'Set up: Worker node', exact: true }),
		});
		await worker.getByRole('checkbox', { name: 'Provision 2 VMs, each with 4 cores, 4 GB memory' }).check();
		await expect(worker.getByText(/^1 of \d+ done$/)).toBeVisible();
		await expect(beforeList(page).getByText(/^0 of \d+ done$/)).toBeVisible();
		const keys = await page.evaluate(() =>
			Object.keys(localStorage)
				.filter((key) => key.startsWith('cluster-atlas:'))
				.sort(),
		);
		expect(keys).toEqual(['cluster-atlas:checklist:iot-server-ha:setup:worker']);
	});

	test('a second tab follows ticks and resets made in the first', async ({ context }) => {
		const first = await context.newPage();
		const second = await context.newPage();
		await first.goto(PATH);
		await second.goto(PATH);
		await beforeList(first).getByRole('checkbox', { name: WORKER_MACHINES }).check();
		await expect(beforeList(second).getByRole('checkbox', { name: WORKER_MACHINES })).toBeChecked();
		await expect(beforeList(second).getByText(/^1 of \d+ done$/)).toBeVisible();

		await first.getByRole('button', { name: `Reset: ${BEFORE}`, exact: true }).click();
		await expect(beforeList(second).getByRole('checkbox', { name: WORKER_MACHINES })).not.toBeChecked();
		await expect(beforeList(second).getByText(/^0 of \d+ done$/)).toBeVisible();
	});

	test('reset clears the list and storage, and can be undone', async ({ page }) => {
		await page.goto(PATH);
		const list = beforeList(page);
		await list.getByRole('checkbox', { name: WORKER_MACHINES }).check();
		await list.getByRole('checkbox', { name: HTTPS_RULE }).check();
		await page.getByRole('button', { name: `Reset: ${BEFORE}`, exact: true }).click();
		await expect(list.getByRole('checkbox', { checked: true })).toHaveCount(0);
		await expect(list.getByRole('status')).toHaveText('Cleared 2 ticks.');
		expect(await page.evaluate((key) => localStorage.getItem(key), BEFORE_KEY)).toBeNull();
		await expect(page.getByRole('button', { name: `Reset: ${BEFORE}`, exact: true })).toBeDisabled();

		await page.getByRole('button', { name: `Undo reset: ${BEFORE}` }).click();
		await expect(list.getByRole('checkbox', { checked: true })).toHaveCount(2);
		await page.reload();
		await expect(beforeList(page).getByRole('checkbox', { checked: true })).toHaveCount(2);
	});

	test('copies the list as a Markdown task list with its ticks', async ({ context, page, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
		await page.goto(PATH);
		await beforeList(page).getByRole('checkbox', { name: WORKER_MACHINES }).check();
		await page.getByRole('button', { name: `Copy as Markdown: ${BEFORE}` }).click();
		await expect(beforeList(page).getByRole('status')).toHaveText(/^Copied \d+ items as Markdown\.$/);
		const markdown = await page.evaluate(() => navigator.clipboard.readText());
		expect(markdown).toMatch(/^## Before you begin: IoT Server high-availability cluster\n\n1 of \d+ done\./);
		expect(markdown).toContain(`- [x] ${WORKER_MACHINES}`);
		expect(markdown).toContain('- [ ] Manager node: 1 VM, with 4 cores, 4 GB memory');
		expect(markdown).toContain('### Ports to open, by role');
		expect(markdown).toContain(`(${new URL('/ports/#load-balancer-https-443', baseURL).href})`);
	});

	test('offers the Markdown in a selected box when the clipboard is blocked', async ({ page }) => {
		await page.addInitScript(() => {
			navigator.clipboard.writeText = () => Promise.reject(new DOMException('Blocked', 'NotAllowedError'));
		});
		await page.goto(PATH);
		await page.getByRole('button', { name: `Copy as Markdown: ${BEFORE}` }).click();
		await expect(beforeList(page).getByRole('status')).toContainText('blocked the clipboard');
		const box = page.getByRole('textbox', { name: `${BEFORE} as Markdown` });
		await expect(box).toBeVisible();
		await expect(box).toHaveValue(/^## Before you begin/);
		await expect(box).toBeFocused();
	});

	test('works for the visit, with a notice, when the browser refuses storage', async ({ page }) => {
		// Starlight's own theme script also reads storage and fails here, so page errors are not
		// asserted; the list working at all shows the element survived.
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('Storage is disabled', 'SecurityError');
				},
			});
		});
		await page.goto(PATH);
		await expect(beforeList(page).getByRole('status')).toContainText('does not let the page save progress');
		await beforeList(page).getByRole('checkbox', { name: WORKER_MACHINES }).check();
		await expect(beforeList(page).getByText(/^1 of \d+ done$/)).toBeVisible();
	});

	test('a damaged stored value is reset with a notice, never a crash', async ({ page }) => {
		const errors = errorsOf(page);
		await page.goto(PATH);
		await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"checked":['), BEFORE_KEY);
		await page.reload();
		await expect(beforeList(page).getByRole('status')).toContainText('damaged');
		await expect(beforeList(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
		expect(await page.evaluate((key) => localStorage.getItem(key), BEFORE_KEY)).toBeNull();
		// The list still works after the reset.
		await beforeList(page).getByRole('checkbox', { name: WORKER_MACHINES }).check();
		await expect(beforeList(page).getByText(/^1 of \d+ done$/)).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('a value this site did not write is reset, and markup in it is never run', async ({ page }) => {
		const errors = errorsOf(page);
		await page.goto(PATH);
		await page.evaluate(
			(key) => localStorage.setItem(key, JSON.stringify(['<img src=x onerror="document.title=`owned`">'])),
			BEFORE_KEY,
		);
		await page.reload();
		await expect(beforeList(page).getByRole('status')).toContainText('not in a form this site writes');
		await expect(page).not.toHaveTitle('owned');
		expect(errors).toEqual([]);
	});

	test('ticks for items the list no longer has are dropped, the rest kept', async ({ page }) => {
		await page.goto(PATH);
		await page.evaluate(
			(key) =>
				localStorage.setItem(key, JSON.stringify({ version: 1, checked: ['machine:worker', 'port:retired-9999'] })),
			BEFORE_KEY,
		);
		await page.reload();
		await expect(beforeList(page).getByRole('status')).toContainText('One saved tick named an item');
		await expect(beforeList(page).getByRole('checkbox', { name: WORKER_MACHINES })).toBeChecked();
	});

	test('printing shows the ticks', async ({ page }) => {
		await page.goto(PATH);
		const box = beforeList(page).getByRole('checkbox', { name: WORKER_MACHINES });
		await box.check();
		// Print hides the controls the list locator keys on, so hold the element first.
		const list = await beforeList(page).elementHandle();
		await page.emulateMedia({ media: 'print' });
		const marks = await list!.evaluate((element) =>
			[...element.querySelectorAll('li')]
				.filter((item) => item.querySelector(':scope > input'))
				.map((item) => ({
					text: item.querySelector('label')?.textContent?.trim(),
					mark: getComputedStyle(item, '::before').content,
				})),
		);
		expect(marks.find((entry) => entry.text === WORKER_MACHINES)?.mark).toBe('"☑"');
		expect(marks.filter((entry) => entry.mark === '"☐"').length).toBe(marks.length - 1);
		await expect(page.getByRole('button', { name: `Copy as Markdown: ${BEFORE}` })).toBeHidden();
	});
});

test.describe('without JavaScript', () => {
	test('each checklist is a plain list with every item and no controls', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(PATH);
		await expect(page.getByRole('checkbox')).toHaveCount(0);
		await expect(page.getByRole('progressbar')).toHaveCount(0);
		await expect(page.getByRole('button', { name: /Copy as Markdown/ })).toHaveCount(0);
		await expect(page.getByRole('listitem').filter({ hasText: WORKER_MACHINES })).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: HTTPS_RULE })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Set up: Manager node' })).toBeVisible();
		await context.close();
	});
});

test.describe('first paint', () => {
	test('with scripting on, the lists are laid out as ticks before the script arrives', async ({ page }) => {
		// The module scripts never arrive; the stylesheet alone must give the final layout, so
		// nothing is restyled or moved when they do.
		await page.route('**/_astro/*.js', (route) => route.abort());
		await page.goto(PATH);
		expect(await page.evaluate(() => customElements.get('atlas-checklist'))).toBeUndefined();
		const item = beforeList(page).getByRole('listitem').filter({ hasText: WORKER_MACHINES });
		await item.scrollIntoViewIfNeeded();
		await expect(item.getByRole('checkbox')).toBeVisible();
		expect(await item.evaluate((element) => getComputedStyle(element).display)).toBe('grid');
	});

	test('the lists below the first screen are drawn in the idle time after load', async ({ page }) => {
		await page.goto(PATH);
		expect(await page.locator('.atlas-checklist__items').count()).toBeGreaterThan(1);
		await waitForDrawnBlocks(page);
	});
});
