import { expect, test, type Page } from '@playwright/test';
import pattern from '../../content/deployment-patterns/iot-server-ha.ts';

/** The IoT Server pattern page: totals, the generated diagrams and their text equivalents. */
const PATH = '/patterns/iot-server-ha/';

test.describe('IoT Server pattern page', () => {
	test('adds up the machines of the seed', async ({ page }) => {
		await page.goto(PATH);
		// Seed: 1 manager + 2 workers + 2 key managers, each VM 4 cores and 4 GB.
		const vms = 1 + 2 + 2;
		await expect(page.getByRole('definition').filter({ hasText: new RegExp(`^${vms}$`) })).toBeVisible();
		await expect(page.getByRole('definition').filter({ hasText: new RegExp(`^${vms * 4}$`) })).toBeVisible();
		await expect(page.getByRole('definition').filter({ hasText: `${vms * 4} GB` })).toBeVisible();
	});

	test('draws the first manager placement here and links each other one to a page of its own', async ({ page }) => {
		const [first, ...others] = pattern.managerPlacements;
		expect(others.length).toBeGreaterThan(0);
		await page.goto(PATH);
		const privateView = page.getByRole('img', { name: `Topology: ${first!.title}` });
		await expect(privateView).toBeVisible();
		await expect(page.getByRole('img', { name: /^Topology: / })).toHaveCount(1);
		await expect(privateView).toHaveAccessibleDescription(/Android and iOS devices to NGINX load balancer: 80, 443/);
		await expect(privateView).toHaveAccessibleDescription(/A private network holds Manager node and Administrators/);
		for (const placement of others) {
			await page.goto(PATH);
			await page
				.getByRole('region', { name: placement.title })
				.getByRole('link', { name: new RegExp(placement.title, 'i') })
				.click();
			await expect(page).toHaveURL(`${PATH}topology/${placement.id}/`);
			await expect(page.getByRole('img', { name: `Topology: ${placement.title}` })).toBeVisible();
			await expect(page.getByRole('table', { name: `Connections: ${placement.title.toLowerCase()}` })).toBeVisible();
		}
	});

	test('follows each diagram with a table of its connections', async ({ page }) => {
		await page.goto(PATH);
		const privateTable = page.getByRole('table', { name: 'Connections: manager in a private network' });
		const devicesToBalancer = privateTable.getByRole('row', { name: /Android and iOS devices → NGINX load balancer/ });
		await expect(devicesToBalancer.getByRole('link', { name: 'TCP 80' })).toBeVisible();
		await expect(devicesToBalancer.getByRole('link', { name: 'TCP 443' })).toBeVisible();
		// The workers (Backend profile) send push notifications, so the retired provider ports are on their arrow.
		await expect(privateTable.getByRole('row', { name: /Worker node → APNs/ })).toContainText('historical');
		await expect(privateTable.getByRole('row', { name: /Manager node → APNs/ })).toHaveCount(0);
		await expect(privateTable.getByRole('row', { name: /End users → Manager node/ })).toHaveCount(0);
		await page.goto(`${PATH}topology/user-facing/`);
		const userTable = page.getByRole('table', { name: 'Connections: manager reachable by end users' });
		await expect(userTable.getByRole('row', { name: /End users → Manager node/ })).toBeVisible();
	});

	test('names the flows a diagram leaves out, and why', async ({ page }) => {
		await page.goto(PATH);
		const privateSection = page.getByRole('region', { name: 'Manager in a private network' });
		const left = privateSection.getByRole('list', { name: 'Flows not drawn in this view, and why:' });
		await expect(left.getByRole('listitem').filter({ hasText: 'End users → NGINX load balancer' })).toBeVisible();
		const intoPrivate = left.getByRole('listitem').filter({ hasText: 'NGINX load balancer → Manager node' });
		await expect(intoPrivate.getByRole('link', { name: 'TCP 9443' })).toHaveAttribute(
			'href',
			'/ports/#manager-https-9443',
		);
		const noMachine = left.getByRole('listitem').filter({ hasText: 'no machine of their own' });
		await expect(noMachine).toContainText('Worker node → IoT Analytics node');
		await expect(noMachine).toContainText('Broker node');
	});

	test('links a port in the connections table to its row in the ports reference', async ({ page }) => {
		await page.goto(PATH);
		await page
			.getByRole('table', { name: 'Connections: manager in a private network' })
			.getByRole('link', { name: 'TCP 5223' })
			.click();
		await expect(page).toHaveURL(/\/ports\/#apns-device-5223$/);
		await expect(page.locator('#apns-device-5223')).toBeVisible();
	});

	test('keeps the diagrams and tables without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const path of [PATH, ...pattern.managerPlacements.slice(1).map(({ id }) => `${PATH}topology/${id}/`)]) {
			await page.goto(path);
			await expect(page.getByRole('img', { name: /^Topology: / })).toHaveCount(1);
			await expect(page.getByRole('table', { name: /^Connections: / })).toHaveCount(1);
		}
		await context.close();
	});
});

/** WCAG contrast ratio of two computed CSS colours. */
async function nodeTextContrast(page: Page): Promise<number[]> {
	return page.locator('svg[role="img"] g[class*="node"]').evaluateAll((groups) => {
		const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
		const luminance = (colour: string) => {
			const [r = 0, g = 0, b = 0] = channels(colour).map((value) => {
				const c = value / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		};
		return groups.map((group) => {
			const shape = group.querySelector('rect, path')!;
			const text = group.querySelector('text')!;
			const [a, b] = [luminance(getComputedStyle(shape).fill), luminance(getComputedStyle(text).fill)];
			return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
		});
	});
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`diagram text stays legible on its boxes in ${colorScheme} mode`, async ({ browser }) => {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		await page.goto(PATH);
		const ratios = await nodeTextContrast(page);
		expect(ratios.length).toBeGreaterThan(0);
		for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(4.5);
		await context.close();
	});
}
