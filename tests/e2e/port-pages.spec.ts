import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { DefaultPortsExport } from '../../src/schemas/default-ports-export.ts';
import type { PortsExport } from '../../src/schemas/ports-export.ts';
import { allPorts, roleName } from './support/port-data.ts';
import { openSearch, resultCards, search } from './support/search.ts';

test.describe('one page per port rule', () => {
	test('a port page states the rule, its reasoning and its sources', async ({ page }) => {
		const rule = allPorts.find((candidate) => candidate.id === 'worker-http-9764')!;
		await page.goto(`/ports/${rule.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			`Port 9764/TCP: ${rule.service} on the ${roleName(rule.role)}`,
		);
		await expect(page.getByText(rule.derivation!)).toBeVisible();
		await expect(page.getByRole('link', { name: `Firewall rules for the ${roleName(rule.role)}` })).toBeVisible();
		await page.getByRole('link', { name: 'See this rule among all the ports' }).click();
		await expect(page).toHaveURL(new RegExp(`/ports/#${rule.id}$`));
	});

	test('a historical port links to what replaced it', async ({ page }) => {
		const rule = allPorts.find((candidate) => candidate.status.kind === 'historical')!;
		await page.goto(`/ports/${rule.id}/`);
		await expect(page.getByText('Historical', { exact: true })).toBeVisible();
		await page.getByRole('link', { name: 'port 443' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Port 443/TCP');
	});

	test('search for a port number lands on its page', async ({ page }) => {
		const rule = allPorts.find((candidate) => candidate.port === 9767)!;
		await page.goto('/');
		await openSearch(page);
		await search(page, '9767');
		const top = resultCards(page).first();
		await expect(top).toHaveAccessibleName(new RegExp(`^Port 9767/TCP`));
		await top.getByRole('link').first().click();
		await expect(page).toHaveURL(new RegExp(`/ports/${rule.id}/`));
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Port 9767/TCP');
	});
});

test.describe('data exports', () => {
	// Default ports as the unit-tested default-ports.json holds them; ports.json must carry the same records.
	const defaultPorts = () => JSON.parse(readFileSync('dist/default-ports.json', 'utf8')) as DefaultPortsExport;

	test('ports.json holds every rule and every default port, and names its schema, which is served', async ({
		request,
	}) => {
		const response = await request.get('/ports.json');
		expect(response.ok()).toBe(true);
		const document = (await response.json()) as PortsExport;
		expect(document.ports.map((port) => port.id)).toEqual(allPorts.map((port) => port.id));
		expect(document.defaultPorts).toEqual(defaultPorts().ports);
		const schema = await request.get(new URL(document.$schema).pathname);
		expect(schema.ok()).toBe(true);
		expect(((await schema.json()) as { $id: string }).$id).toBe(document.$schema);
	});

	test('ports.csv has a header, one row per rule, then one per default port', async ({ request }) => {
		const response = await request.get('/ports.csv');
		expect(response.ok()).toBe(true);
		const lines = (await response.text()).trimEnd().split('\r\n');
		expect(lines[0]).toMatch(/^record,id,port,protocol,direction,role,source,destination,service,purpose,/);
		const rows = lines.slice(1).map((line) => line.split(','));
		expect(rows.filter((row) => row[0] === 'pattern-rule').map((row) => row[1])).toEqual(
			allPorts.map((port) => port.id),
		);
		expect(rows.filter((row) => row[0] === 'default-port').map((row) => row[1])).toEqual(
			defaultPorts().ports.map((port) => port.id),
		);
	});

	test('the ports page links both downloads', async ({ page }) => {
		await page.goto('/ports/');
		await expect(page.getByRole('link', { name: 'ports.json' })).toHaveAttribute('href', '/ports.json');
		await expect(page.getByRole('link', { name: 'ports.csv' })).toHaveAttribute('href', '/ports.csv');
	});
});
