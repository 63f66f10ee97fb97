import { expect, test } from '@playwright/test';
import { z } from 'astro/zod';
import { readFile } from 'node:fs/promises';
import { parseCsv } from './support/csv.ts';
import { apiManagerVersions, productCount } from './support/atlas-data.ts';

test.describe('exports linked from the matrix page', () => {
	test('products.csv downloads and parses: one row per product and version', async ({ page }) => {
		await page.goto('/products/');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'products.csv' }).click(),
		]);
		expect(download.suggestedFilename()).toBe('products.csv');
		const rows = parseCsv(await readFile(await download.path(), 'utf8'));
		const [header, ...records] = rows;
		expect(header).toEqual(expect.arrayContaining(['product', 'version', 'separation_mode_label']));
		const column = (name: string) => header!.indexOf(name);
		const versionsOf = (product: string) =>
			records.filter((record) => record[column('product')] === product).map((record) => record[column('version')]);
		// Seed: BPS lists 3.1.0, 3.2.0, 3.5.0, 3.5.1 and the garbled "3.56.0", read as 3.6.0.
		expect(versionsOf('Business Process Server')).toEqual(['3.6.0', '3.5.1', '3.5.0', '3.2.0', '3.1.0']);
		expect(new Set(records.map((record) => record[column('product')])).size).toBe(productCount);
		expect(records.every((record) => record.length === header!.length)).toBe(true);
	});

	test('products.json parses and follows products.schema.json, both as linked', async ({ page, request }) => {
		await page.goto('/products/');
		const href = async (name: string) => {
			const value = await page.getByRole('link', { name, exact: true }).getAttribute('href');
			if (value === null) throw new Error(`link ${name} has no href`);
			return value;
		};
		const json = await request.get(await href('products.json'));
		expect(json.ok()).toBe(true);
		expect(json.headers()['content-type']).toContain('application/json');
		const document = (await json.json()) as { products: { name: string; versions: { version: string }[] }[] };
		expect(document.products).toHaveLength(productCount);
		const apim = document.products.find((product) => product.name === 'API Manager');
		expect(apim?.versions.map(({ version }) => version)).toEqual(apiManagerVersions);

		const schemaResponse = await request.get(await href('products.schema.json'));
		expect(schemaResponse.ok()).toBe(true);
		const schema = (await schemaResponse.json()) as Parameters<typeof z.fromJSONSchema>[0];
		const result = z.fromJSONSchema(schema).safeParse(document);
		expect(result.error?.issues ?? []).toEqual([]);
	});
});
