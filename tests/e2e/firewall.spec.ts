import { expect, test } from '@playwright/test';
import { allPorts, roleName, sourcesOf } from './support/port-data.ts';

test.describe('firewall rule pages', () => {
	test('the copy button puts the generated rules on the clipboard', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/ports/firewall/worker/');
		const section = page.getByRole('region', { name: 'nftables' });
		const code = await section.locator('pre').first().innerText();
		await section.getByRole('button', { name: /copy/i }).first().click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		// The rendered block shows blank lines differently from the text, so compare the lines that hold something.
		const filled = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
		expect(filled(copied)).toEqual(filled(code));
		// Every flow the data gives the worker is in what was copied.
		const flows = allPorts.filter(
			(rule) => rule.status.kind === 'current' && (rule.role === 'worker' || sourcesOf(rule).includes('worker')),
		);
		for (const rule of flows) expect(copied).toContain(rule.id);
		expect(copied).toContain('table inet wso2_iot_worker');
	});

	test('every format comes with its check command and assumptions', async ({ page }) => {
		await page.goto('/ports/firewall/load-balancer/');
		for (const name of ['nftables', 'iptables', 'ufw', 'firewalld', 'AWS security group (Terraform)']) {
			const section = page.getByRole('region', { name, exact: true });
			await expect(section.locator('pre')).toHaveCount(1);
			await expect(section.getByText('Check before applying:')).toBeVisible();
			await expect(section.getByRole('listitem').first()).toBeVisible();
		}
	});

	test('historical ports are left out of the rules unless asked for', async ({ page }) => {
		// The retired APNs provider ports sit on the workers, which send the notifications.
		const historical = allPorts.filter((rule) => rule.status.kind === 'historical' && rule.role === 'worker');
		expect(historical.length).toBeGreaterThan(0);
		await page.goto(`/ports/firewall/worker/`);
		const main = page.getByRole('region', { name: 'nftables' }).locator('pre');
		for (const rule of historical) await expect(main).not.toContainText(rule.id);
		const disclosure = page.getByRole('group').filter({ hasText: 'Show the rules including historical ports' });
		await disclosure.getByText('Show the rules including historical ports').click();
		for (const rule of historical) await expect(disclosure.locator('pre').first()).toContainText(rule.id);
	});

	test('the overview links every node that has rules', async ({ page }) => {
		await page.goto('/ports/firewall/');
		await page.getByRole('link', { name: roleName('key-manager') }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			`Firewall rules for the ${roleName('key-manager')}`,
		);
	});
});
