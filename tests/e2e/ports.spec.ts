import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { exportedProducts } from './support/atlas-data.ts';
import { allPorts, carriers, roleName, rulesInvolving, rulesOnPort, sourcesOf } from './support/port-data.ts';

/** The rules view: one table per node that carries rules. */
const rulesView = (page: Page) => page.getByRole('region', { name: 'All port rules', exact: true });

/** The rules view's rows that are shown. */
const tableRows = (page: Page) => rulesView(page).locator('tbody tr:visible');

test.describe('ports reference without JavaScript', () => {
	test('renders every rule once, in the table of the node that carries it, and neither grouped view nor the filter form', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/ports/');
		const view = rulesView(page);
		await expect(view.getByRole('rowheader')).toHaveCount(allPorts.length);
		await expect(view.getByRole('table')).toHaveCount(carriers.length);
		for (const carrier of carriers) {
			const carried = allPorts.filter((rule) => rule.role === carrier);
			const table = view.getByRole('table', {
				name: `Port rules on the ${roleName(carrier)} (${carried.length} of ${allPorts.length})`,
			});
			await expect(table.getByRole('rowheader')).toHaveCount(carried.length);
		}
		const https = allPorts.find((rule) => rule.role === 'load-balancer' && rule.port === 443)!;
		await expect(
			view
				.getByRole('table', { name: new RegExp(`^Port rules on the ${roleName('load-balancer')} `) })
				.getByRole('row', { name: new RegExp(`^443/TCP Inbound from ${sourcesOf(https).map(roleName).join(', ')}`) }),
		).toBeVisible();
		// The grouped views only regroup the table's rows; they wait in templates for the filter to pick one.
		await expect(page.getByRole('heading', { name: 'Port rules by node role' })).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Port rules by port number' })).toBeHidden();
		await expect(page.getByRole('form', { name: 'Filter the port rules' })).toBeHidden();
		// Derived rules keep their reasoning in a native disclosure, which needs no script.
		await view
			.getByRole('row', { name: /^9764\/TCP/ })
			.getByText('Derived')
			.click();
		await expect(view.getByText(/The Product Profiles page prints 9763 here/)).toBeVisible();
		await context.close();
	});
});

test.describe('ports reference filters', () => {
	test('the exact port box matches 443 and never 9443, 4430 or 8443', async ({ page }) => {
		await page.goto('/ports/');
		await page.getByRole('textbox', { name: 'Exact port number' }).fill('443');
		const expected = rulesOnPort(443);
		await expect(tableRows(page)).toHaveCount(expected.length);
		await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
			`Showing ${expected.length} of ${allPorts.length} port rules.`,
		);
		for (const row of await tableRows(page).getByRole('rowheader').allTextContents()) {
			expect(row).toMatch(/^443\/TCP$/);
		}
		await page.getByRole('textbox', { name: 'Exact port number' }).fill('44');
		await expect(page.getByText(`No port rule matches these filters (${allPorts.length} in all).`)).toBeVisible();
	});

	test('a value that is not a port number is reported, not used', async ({ page }) => {
		await page.goto('/ports/');
		const box = page.getByRole('textbox', { name: 'Exact port number' });
		await box.fill('44a');
		await expect(box).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText('“44a” is not a port number from 1 to 65535.')).toBeVisible();
		await expect(tableRows(page)).toHaveCount(allPorts.length);
	});

	test('role, direction, service and status combine, with counts', async ({ page }) => {
		await page.goto('/ports/');
		const filters = page.getByRole('form', { name: 'Filter the port rules' });
		await filters
			.getByLabel('Node or external service')
			.selectOption({ label: `${roleName('key-manager')} (${rulesInvolving('key-manager').length})` });
		await expect(tableRows(page)).toHaveCount(rulesInvolving('key-manager').length);
		await filters.getByLabel('Direction').selectOption('inbound');
		const inbound = rulesInvolving('key-manager').filter((rule) => rule.destination === 'key-manager');
		await expect(tableRows(page)).toHaveCount(inbound.length);
		await filters.getByLabel('Node or external service').selectOption('');
		await filters.getByLabel('Direction').selectOption('');
		await filters.getByLabel('Status').selectOption('historical');
		const historical = allPorts.filter((rule) => rule.status.kind === 'historical');
		await expect(tableRows(page)).toHaveCount(historical.length);
		await filters
			.getByLabel('Service', { exact: true })
			.selectOption({ label: `MQTT (${allPorts.filter((rule) => rule.service === 'MQTT').length})` });
		await expect(tableRows(page)).toHaveCount(0);
		await filters.getByRole('button', { name: 'Clear filters' }).click();
		await expect(tableRows(page)).toHaveCount(allPorts.length);
	});

	test('grouped views show the chosen role’s flows', async ({ page }) => {
		await page.goto('/ports/');
		const filters = page.getByRole('form', { name: 'Filter the port rules' });
		await filters.getByRole('radio', { name: 'By node role' }).check();
		await expect(page.getByRole('heading', { name: 'Port rules by node role' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'All port rules' })).toBeHidden();
		await filters.getByLabel('Node or external service').selectOption('manager');
		await expect(page.getByRole('heading', { name: roleName('manager'), exact: true })).toBeVisible();
		await expect(page.getByRole('heading', { name: roleName('worker'), exact: true })).toBeHidden();
		await filters.getByRole('radio', { name: 'By port number' }).check();
		await expect(page.getByRole('rowheader', { name: 'Port 9443', exact: true })).toBeVisible();
	});
});

test.describe('ports reference URL state', () => {
	test('filters are read from the link and written back to it', async ({ page }) => {
		await page.goto('/ports/?role=worker&port=9444&view=role');
		const filters = page.getByRole('form', { name: 'Filter the port rules' });
		await expect(filters.getByLabel('Node or external service')).toHaveValue('worker');
		await expect(filters.getByRole('textbox', { name: 'Exact port number' })).toHaveValue('9444');
		await expect(filters.getByRole('radio', { name: 'By node role' })).toBeChecked();
		await filters.getByLabel('Status').selectOption('current');
		await expect(page).toHaveURL(/[?&]status=current/);
		await expect(page).toHaveURL(/[?&]role=worker/);
		await page.reload();
		await expect(filters.getByLabel('Status')).toHaveValue('current');
	});

	test('bad parameters are ignored with a visible note, shown as text only', async ({ page }) => {
		let dialogs = 0;
		page.on('dialog', async (dialog) => {
			dialogs += 1;
			await dialog.dismiss();
		});
		await page.goto('/ports/?port=99999&role=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&colour=red');
		const note = page.getByRole('note');
		await expect(note).toContainText('Ignored “port=99999”: the value is not a port number from 1 to 65535.');
		await expect(note).toContainText('Ignored “role=<img src=x onerror=alert(1)>”');
		await expect(note).toContainText('Ignored “colour=red”: the value is not a filter on this page.');
		await expect(note.locator('img')).toHaveCount(0);
		await expect(tableRows(page)).toHaveCount(allPorts.length);
		expect(dialogs).toBe(0);
	});
});

test.describe('external services', () => {
	test('each service lists its hosts, address blocks and ports', async ({ page }) => {
		await page.goto('/ports/');
		const apns = page.getByRole('region', { name: /Apple Push Notification service/ });
		await expect(apns.getByText('17.0.0.0/8', { exact: true })).toBeVisible();
		const toApns = allPorts.filter((rule) => rule.destination === 'apns');
		await expect(page.getByRole('table', { name: 'Ports to allow towards APNs' }).getByRole('rowheader')).toHaveCount(
			toApns.length,
		);
	});
});

test.describe('ports reference product filter', () => {
	test('another product shows its default ports, from the catalogue export, with links to the rest', async ({
		page,
	}) => {
		const catalogue = JSON.parse(readFileSync('dist/default-ports.json', 'utf8')) as {
			ports: { id: string; port: number | 'random'; products: string[] }[];
		};
		const esb = exportedProducts().find((product) => product.id === 'enterprise-service-bus')!;
		const esbPorts = catalogue.ports.filter((port) => port.products.includes(esb.id));
		await page.goto('/ports/');
		const filters = page.getByRole('form', { name: 'Filter the port rules' });
		await filters.getByRole('combobox', { name: 'Product' }).selectOption(esb.id);
		await expect(page).toHaveURL(/[?&]product=enterprise-service-bus/);
		const table = page.getByRole('table', { name: `Default ports of ${esb.name}` });
		await expect(table.getByRole('rowheader')).toHaveCount(esbPorts.length);
		await expect(page.getByRole('heading', { name: 'All port rules' })).toBeHidden();
		await expect(page.getByRole('status').filter({ hasText: `Showing ${esbPorts.length} of the` })).toBeVisible();
		const transport = esbPorts.find((port) => port.port === 8243)!;
		await expect(table.getByRole('link', { name: '8243/TCP' })).toHaveAttribute(
			'href',
			`/ports/defaults/#${transport.id}`,
		);

		// The exact port box narrows the product's ports too, and the address brings it all back.
		await filters.getByRole('textbox', { name: 'Exact port number' }).fill('8243');
		await expect(table.getByRole('rowheader')).toHaveCount(1);
		await page.reload();
		await expect(table.getByRole('rowheader')).toHaveCount(1);
		await page.getByRole('link', { name: `${esb.name}’s default ports with purposes and sources` }).click();
		await expect(page).toHaveURL(`/ports/defaults/?product=${esb.id}`);
	});

	test('the pattern’s own rules come back when the product is cleared', async ({ page }) => {
		await page.goto('/ports/?product=api-manager');
		await expect(page.getByRole('heading', { name: 'All port rules' })).toBeHidden();
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(tableRows(page)).toHaveCount(allPorts.length);
		await expect(page).toHaveURL('/ports/');
	});
});
