import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { DefaultPortsExport } from '../../src/schemas/default-ports-export.ts';
import { exportedProducts } from './support/atlas-data.ts';

/**
 * The default-ports catalogue on the built site: each product page's table and its offset field,
 * and the by-number page with its product filter. Expected rows come from dist/default-ports.json,
 * which the unit tests hold to content/.
 */
const catalogue = JSON.parse(readFileSync('dist/default-ports.json', 'utf8')) as DefaultPortsExport;
const products = exportedProducts();
const portsOf = (productId: string) => catalogue.ports.filter((port) => port.products.includes(productId));
const fixed = (productId: string) => portsOf(productId).filter((port) => port.port !== 'random');

const portsTable = (page: Page, name: string) =>
	page.getByRole('table', { name: new RegExp(`^Default ports of ${name}`) });
const rowOf = (page: Page, id: string) => page.locator(`tr[id="${id}"]`);

test.describe('a product page’s default ports', () => {
	for (const product of products)
		test(`${product.name} lists every default port it opens`, async ({ page }) => {
			await page.goto(`/products/${product.id}/`);
			const table = portsTable(page, product.name);
			await expect(table).toBeVisible();
			await expect(table.locator('tbody tr[id]')).toHaveCount(portsOf(product.id).length);
			for (const port of portsOf(product.id))
				await expect(
					table
						.getByRole('rowheader', {
							name: new RegExp(`^${port.port === 'random' ? 'Random' : port.port}/${port.protocol}$`, 'i'),
						})
						.first(),
				).toBeVisible();
		});

	test('the offset field moves every port the offset applies to, leaves the others, and is kept in the link', async ({
		page,
	}) => {
		await page.goto('/products/enterprise-service-bus/');
		await page.getByRole('textbox', { name: 'Port offset of this server' }).fill('2');
		await expect(page).toHaveURL(/\?offset=2$/);
		for (const port of fixed('enterprise-service-bus')) {
			const shown = port.offsetApplies ? `${Number(port.port) + 2}` : `${port.port} (not moved)`;
			await expect(rowOf(page, port.id).getByRole('cell').first()).toHaveText(shown);
		}
		await expect(page.getByRole('columnheader', { name: 'At offset 2' })).toBeVisible();
		await page.reload();
		await expect(page.getByRole('textbox', { name: 'Port offset of this server' })).toHaveValue('2');
	});

	test('a bad offset is marked and changes nothing; a bad one in the link is ignored with a note', async ({ page }) => {
		await page.goto('/products/api-manager/?offset=%3Cb%3E');
		await expect(page.getByRole('note')).toContainText('is not a port offset from 0 to 65534');
		const field = page.getByRole('textbox', { name: 'Port offset of this server' });
		await expect(field).toHaveValue('0');
		await field.fill('-1');
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		const first = fixed('api-manager')[0]!;
		await expect(rowOf(page, first.id).getByRole('cell').first()).toHaveText(String(first.port));
	});

	test('without JavaScript every port is shown at offset 0 and the field is not offered', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/products/message-broker/');
		await expect(page.getByRole('textbox', { name: 'Port offset of this server' })).toBeHidden();
		for (const port of fixed('message-broker'))
			await expect(rowOf(page, port.id).getByRole('cell').first()).toHaveText(String(port.port));
		await context.close();
	});
});

test('a product page links to two of its servers in the port-offset calculator, which flags the ports they share', async ({
	page,
}) => {
	await page.goto('/products/enterprise-service-bus/');
	await page.getByRole('link', { name: 'Check two ESB servers on one host in the port-offset calculator' }).click();
	await expect(page.getByRole('combobox', { name: 'Server 2: profile' })).toHaveValue('enterprise-service-bus');
	// Only the ports the offset leaves alone end up on the same number.
	for (const port of fixed('enterprise-service-bus').filter((candidate) => !candidate.offsetApplies))
		await expect(page.getByText(new RegExp(`Port ${port.port} is used by Enterprise Service Bus`))).toBeVisible();
});

test.describe('default ports by number', () => {
	test('search files the page under every product whose ports it lists', async ({ request }) => {
		const html = await (await request.get('/ports/defaults/')).text();
		const filed = [...html.matchAll(/<meta data-pagefind-filter="product\[content\]" content="([^"]+)"/g)].map(
			(match) => match[1],
		);
		const listed = new Set(catalogue.ports.flatMap((port) => port.products));
		expect(filed.sort()).toEqual(
			products
				.filter((product) => listed.has(product.id))
				.map((product) => product.name)
				.sort(),
		);
	});

	test('one row per catalogued port, naming every product that opens it', async ({ page }) => {
		await page.goto('/ports/defaults/');
		const table = page.getByRole('table', { name: /^Default ports of WSO2 products, by number/ });
		await expect(table.locator('tbody tr')).toHaveCount(catalogue.ports.length);
		// Who uses 7711? Every product whose catalogue holds it, each linked to its own row.
		const shared = catalogue.ports.find((port) => port.port === 7711)!;
		for (const id of shared.products) {
			const abbreviation = products.find((product) => product.id === id)!.abbreviation;
			await expect(rowOf(page, shared.id).getByRole('link', { name: abbreviation, exact: true })).toHaveAttribute(
				'href',
				`/products/${id}/#${shared.id}`,
			);
		}
	});

	test('the product filter shows one product’s ports and keeps the choice in the link', async ({ page }) => {
		await page.goto('/ports/defaults/');
		await page.getByRole('combobox', { name: 'Show the ports of' }).selectOption('complex-event-processor');
		await expect(page).toHaveURL(/\?product=complex-event-processor$/);
		const count = portsOf('complex-event-processor').length;
		await expect(page.locator('tbody tr:visible')).toHaveCount(count);
		await expect(page.getByRole('status')).toHaveText(`${count} of ${catalogue.ports.length} ports shown.`);
	});

	test('an unknown product in the link is ignored with a note', async ({ page }) => {
		await page.goto('/ports/defaults/?product=%3Cimg%3E');
		await expect(page.getByRole('note')).toContainText('is not one of the available options');
		await expect(page.locator('tbody tr:visible')).toHaveCount(catalogue.ports.length);
	});
});
