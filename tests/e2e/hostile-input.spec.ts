import { expect, test, type Page } from '@playwright/test';
import { GENERATOR_PATH } from '../../src/lib/shared/paths.ts';
import { afterFirstFrames } from './support/settled.ts';

/**
 * Hostile and malformed input on every interactive page: URL parameters crafted to inject
 * script or break parsing, and corrupted browser storage. Nothing may run, nothing may be
 * logged as an error, the page must keep its content, and ignored parameters must be named in
 * a visible note.
 */
const INTERACTIVE_PAGES = [
	{ path: '/products/', readsParams: true },
	{ path: '/ports/', readsParams: true },
	{ path: '/ports/offset-calculator/', readsParams: true },
	{ path: GENERATOR_PATH, readsParams: true },
	{ path: '/ports/defaults/', readsParams: true },
	{ path: '/products/enterprise-service-bus/', readsParams: true },
	{ path: '/ports/firewall/load-balancer/nginx/', readsParams: true },
	{ path: '/products/enterprise-service-bus/cluster/load-balancer/haproxy/', readsParams: true },
	// The checklists keep their state in storage only; the address carries none to ignore.
	{ path: '/patterns/iot-server-ha-checklists/', readsParams: false },
];

/** Parameter names the pages read, plus names no page reads. */
const NAMES = [
	'product',
	'version',
	'mode',
	'q',
	'port',
	'role',
	'direction',
	'service',
	'status',
	'scheme',
	'offset',
	'cert',
	'host-worker',
	'db-port',
	'zzz',
];

const HOSTILE_VALUES = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=1">',
	"'><svg onload=window.__pwned=1>",
	'javascript:window.__pwned=1',
	'</title><script>window.__pwned=1</script>',
	'{{constructor.constructor("window.__pwned=1")()}}',
	'${window.__pwned=1}',
	'1..2',
	'4.8.1.1',
	'-1',
	'65536',
	'0x1BB',
	'NaN',
	'__proto__',
	'no-such-product',
	'x'.repeat(5000),
	'%E0%A4%A',
	'ＡＰＩ Ｍａｎａｇｅｒ',
	'😀 emoji',
	'\u202Eevil',
	'null',
	'[object Object]',
];

async function watchForTrouble(page: Page): Promise<string[]> {
	const trouble: string[] = [];
	page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') trouble.push(`console: ${message.text()}`);
	});
	page.on('dialog', async (dialog) => {
		trouble.push(`dialog: ${dialog.message()}`);
		await dialog.dismiss();
	});
	return trouble;
}

for (const { path, readsParams } of INTERACTIVE_PAGES) {
	test(`${path} ignores ${HOSTILE_VALUES.length} hostile parameter values, with a visible note and no script run`, async ({
		page,
	}) => {
		test.setTimeout(120_000);
		const trouble = await watchForTrouble(page);
		for (const value of HOSTILE_VALUES) {
			// A huge value goes in two parameters only, so the address stays within what servers accept.
			const names = value.length > 100 ? ['q', 'zzz'] : NAMES;
			const query = names.map((name) => `${name}=${encodeURIComponent(value)}`).join('&');
			await page.goto(`${path}?${query}`);
			await afterFirstFrames(page);
			// At least the parameter no page reads ("zzz") is ignored, and said to be. The note also
			// shows the page's scripts have read the values, so a value that could run has had its chance.
			if (readsParams) await expect(page.getByText(/ignored|not understood/i).first(), value).toBeVisible();
			expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), value).toBeUndefined();
			await expect(page.locator('img[src="x"], svg[onload]'), value).toHaveCount(0);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		}
		expect(trouble).toEqual([]);
	});

	test(`${path} survives corrupted storage without errors and keeps other stored values`, async ({ page }) => {
		const trouble = await watchForTrouble(page);
		await page.goto(path);
		await page.evaluate(() => {
			localStorage.setItem('atlas-test-unrelated', 'keep me');
			for (const key of Object.keys(localStorage)) {
				if (key !== 'atlas-test-unrelated') localStorage.setItem(key, '{"broken": <script>window.__pwned=1</script>');
			}
			localStorage.setItem('starlight-theme', '<img src=x onerror="window.__pwned=1">');
		});
		await page.reload();
		await afterFirstFrames(page);
		expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
		expect(await page.evaluate(() => localStorage.getItem('atlas-test-unrelated'))).toBe('keep me');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(trouble).toEqual([]);
	});
}
