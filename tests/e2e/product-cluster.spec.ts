import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { DefaultPortsExport } from '../../src/schemas/default-ports-export.ts';
import { clusterRoles } from '../../content/cluster-roles.ts';

/**
 * A product's worker/manager cluster page, for every product whose answer is that it uses the
 * separation (dist/products.json), with its ports read from dist/default-ports.json.
 */
interface Exported {
	id: string;
	name: string;
	abbreviation: string;
	separationMode: { usesSeparation: boolean };
}
const products = (JSON.parse(readFileSync('dist/products.json', 'utf8')) as { products: Exported[] }).products;
const catalogue = JSON.parse(readFileSync('dist/default-ports.json', 'utf8')) as DefaultPortsExport;
const portsOf = (id: string) => catalogue.ports.filter((port) => port.products.includes(id));
const clustered = products.filter((product) => product.separationMode.usesSeparation);
const machines = clusterRoles.filter((role) => role.kind !== 'client');

test.describe('product clusters', () => {
	for (const product of clustered)
		test(`${product.name}: a diagram, every flow on its ports, and a set-up list per machine`, async ({ page }) => {
			await page.goto(`/products/${product.id}/`);
			await page.getByRole('link', { name: `See the ${product.abbreviation} cluster` }).click();
			await expect(page).toHaveURL(`/products/${product.id}/cluster/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${product.name} cluster`);
			await expect(page.getByRole('figure').first()).toBeVisible();

			const flows = page.getByRole('table', { name: /^Flows of the / });
			const service = portsOf(product.id).filter((port) => port.use === 'service');
			const forwarded = service.length > 0 ? service.map((port) => Number(port.port)) : [9443, 9763];
			for (const port of forwarded)
				await expect(
					flows.getByRole('row', { name: new RegExp(`^${port}/TCP Load balancer → Worker node`) }),
				).toBeVisible();
			const member = portsOf(product.id).find((port) => port.use === 'membership' && port.scheme === 'wka')!;
			await expect(
				flows.getByRole('row', { name: new RegExp(`^${member.port}/TCP Management node, Worker node → Worker node`) }),
			).toBeVisible();

			for (const machine of machines)
				await expect(page.getByRole('heading', { name: `Set up: ${machine.name}`, exact: true })).toBeVisible();
		});

	test('a product that does not use the separation says why it has no cluster picture', async ({ page }) => {
		const other = products.find((product) => !product.separationMode.usesSeparation)!;
		await page.goto(`/products/${other.id}/`);
		await expect(page.getByText(`This site draws no worker/manager cluster for ${other.name}`)).toBeVisible();
		expect((await page.request.get(`/products/${other.id}/cluster/`)).status()).toBe(404);
	});

	test('a port in the connections table leads to its row in the flows table', async ({ page }) => {
		await page.goto('/products/enterprise-service-bus/cluster/');
		const connections = page.getByRole('table', { name: /^Connections:/ });
		await connections.getByRole('link', { name: 'TCP 8243' }).click();
		await expect(page).toHaveURL(/#flow-lb-worker-8243$/);
		await expect(page.locator('#flow-lb-worker-8243')).toBeInViewport();
	});
});
