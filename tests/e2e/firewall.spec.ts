import { expect, test, type Page } from '@playwright/test';
import { roleOutputs } from '../../src/lib/generators/role-outputs.ts';
import { clusterRoles } from '../../content/cluster-roles.ts';
import { exportedProducts } from './support/atlas-data.ts';
import { allPorts, roleName, sourcesOf } from './support/port-data.ts';

/**
 * The outputs of a machine: one per page, highlighted, with a copy button, a download of the same
 * text and the other outputs a link away. Which outputs exist comes from src/lib/generators.
 */
const codeOf = (page: Page) => page.getByRole('main').locator('pre.atlas-code');
const filled = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

test.describe('machine output pages', () => {
	test('the copy button puts the generated rules on the clipboard, and the download holds the same text', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/ports/firewall/worker/');
		const code = await codeOf(page).innerText();
		await page.getByRole('button', { name: /^Copy / }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(filled(copied)).toEqual(filled(code));
		// Every flow the data gives the worker is in what was copied.
		const flows = allPorts.filter(
			(rule) => rule.status.kind === 'current' && (rule.role === 'worker' || sourcesOf(rule).includes('worker')),
		);
		for (const rule of flows) expect(copied).toContain(rule.id);
		const download = page.getByRole('link', { name: /^Download / });
		const file = await (await page.request.get((await download.getAttribute('href'))!)).text();
		expect(filled(file)).toEqual(filled(copied));
	});

	test('every output of the load balancer has its own page, check command and assumptions', async ({ page }) => {
		await page.goto('/ports/firewall/load-balancer/');
		const nav = page.getByRole('navigation', { name: `Outputs for the ${roleName('load-balancer')}` });
		// The load balancer gets every output there is, its own configuration included.
		await expect(nav.getByRole('link')).toHaveCount(roleOutputs.length);
		for (const output of roleOutputs) {
			await nav.getByRole('link', { name: output.label, exact: true }).click();
			await expect(page.getByRole('heading', { level: 2, name: output.label, exact: true })).toBeVisible();
			await expect(nav.getByRole('link', { name: output.label, exact: true })).toHaveAttribute('aria-current', 'page');
			await expect(codeOf(page)).toHaveCount(1);
			await expect(page.getByText('Check before use:')).toBeVisible();
			await expect(page.getByRole('main').locator('.atlas-assumptions li').first()).toBeVisible();
		}
	});

	test('a machine that is not a load balancer gets no load balancer configuration', async ({ page }) => {
		await page.goto('/ports/firewall/worker/');
		const nav = page.getByRole('navigation', { name: `Outputs for the ${roleName('worker')}` });
		const balancerOnly = roleOutputs.filter((output) => output.group === 'Load balancer');
		expect(balancerOnly.length).toBeGreaterThan(0);
		for (const output of balancerOnly) await expect(nav.getByRole('link', { name: output.label })).toHaveCount(0);
		expect((await page.request.get('/ports/firewall/worker/nginx/')).status()).toBe(404);
	});

	test('historical ports are left out of the output, and a download adds them', async ({ page }) => {
		// The retired APNs provider ports sit on the workers, which send the notifications.
		const historical = allPorts.filter((rule) => rule.status.kind === 'historical' && rule.role === 'worker');
		expect(historical.length).toBeGreaterThan(0);
		await page.goto('/ports/firewall/worker/');
		for (const rule of historical) await expect(codeOf(page)).not.toContainText(rule.id);
		const link = page.getByRole('link', { name: /^download with-historical-/ });
		const file = await (await page.request.get((await link.getAttribute('href'))!)).text();
		for (const rule of historical) expect(file).toContain(rule.id);
	});

	test('the overview links every node that has rules', async ({ page }) => {
		await page.goto('/ports/firewall/');
		await page.getByRole('link', { name: roleName('key-manager') }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`nftables for the ${roleName('key-manager')}`);
	});

	test('the overview lists every product cluster, and a machine link opens its rules', async ({ page }) => {
		await page.goto('/ports/firewall/');
		const table = page.getByRole('table', { name: /^Firewall rule sets of each product/ });
		const clustered = exportedProducts().filter((product) => product.separationMode.usesSeparation);
		expect(clustered.length).toBeGreaterThan(0);
		await expect(table.getByRole('rowheader')).toHaveText(clustered.map((product) => product.name));
		const esb = clustered.find((product) => product.id === 'enterprise-service-bus')!;
		const worker = clusterRoles.find((role) => role.id === 'worker')!;
		// Followed from the keyboard: the table's sticky header can cover a link scrolled to its edge.
		await table.getByRole('link', { name: `${esb.abbreviation} ${worker.name}`, exact: true }).focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(`/products/${esb.id}/cluster/worker/`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(
			`${esb.abbreviation} ${worker.name.toLowerCase()}`,
		);
	});

	test('a product cluster’s machines have the same outputs', async ({ page }) => {
		await page.goto('/products/enterprise-service-bus/cluster/');
		await page.getByRole('link', { name: 'Load balancer', exact: true }).click();
		await expect(page).toHaveURL('/products/enterprise-service-bus/cluster/load-balancer/');
		const nav = page.getByRole('navigation', { name: 'Outputs for the Load balancer' });
		await nav.getByRole('link', { name: 'HAProxy' }).click();
		await expect(page).toHaveURL('/products/enterprise-service-bus/cluster/load-balancer/haproxy/');
		// The ESB's workers take its pass-through ports, and the configuration sends them there.
		await expect(codeOf(page)).toContainText('8243');
	});
});
