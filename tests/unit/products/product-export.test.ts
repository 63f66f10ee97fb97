import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import {
	buildProductsExport,
	CSV_HEADER,
	productsCsv,
	productsJsonSchema,
} from '../../../src/lib/products/product-export.ts';
import { countVersions } from '../../../src/lib/products/products.ts';
import { ProductsExportSchema } from '../../../src/schemas/products-export.ts';

const site = new URL('https://atlas.example.org');
const document = buildProductsExport(atlas, site);
const bps = document.products.find((product) => product.id === 'business-process-server')!;

describe('products.json', () => {
	test('holds every product, in id order, and satisfies its own schema', () => {
		const ids = document.products.map((product) => product.id);
		expect(ids).toEqual(atlas.products.map((product) => product.id).sort());
		expect(ProductsExportSchema.parse(document)).toEqual(document);
	});

	test('publishes the resolved versions newest first, never the garbled seed token', () => {
		expect(bps.versions.map(({ version }) => version)).toEqual(['3.6.0', '3.5.1', '3.5.0', '3.2.0', '3.1.0']);
		expect(bps.diffResolutions).toEqual([{ shown: '3.56.0', earlier: '3.5.0', later: '3.6.0' }]);
	});

	test('writes each product standalone: mode, page address and every cited source', () => {
		expect(bps.separationMode).toMatchObject({ id: 'standard-plus-config', usesSeparation: true });
		expect(bps.page).toBe('https://atlas.example.org/products/business-process-server/');
		const cited = new Set([...bps.facts.flatMap((fact) => fact.sources)]);
		for (const id of cited) expect(bps.sources.map((source) => source.id)).toContain(id);
		expect(document.$schema).toBe('https://atlas.example.org/products.schema.json');
	});
});

describe('products.csv', () => {
	const lines = productsCsv(document).split('\r\n');

	test('has the header, then one row per product and version', () => {
		expect(lines[0]).toBe(CSV_HEADER.join(','));
		expect(lines.at(-1)).toBe('');
		expect(lines.length - 2).toBe(countVersions(atlas.products));
	});

	test('rows carry the resolved version and the mode', () => {
		expect(lines).toContainEqual(
			expect.stringMatching(
				/^business-process-server,Business Process Server,BPS,3\.6\.0,released,standard-plus-config,/,
			),
		);
		expect(lines.some((line) => line.includes('3.56.0'))).toBe(false);
	});
});

describe('products.schema.json', () => {
	const schema = productsJsonSchema(site);

	test('is a draft 2020-12 schema with its own address and a Product definition', () => {
		expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema['$id']).toBe('https://atlas.example.org/products.schema.json');
		expect(Object.keys(schema['$defs'] as object)).toContain('Product');
	});

	test('accepts products.json and rejects a garbled version or a stray field', () => {
		const validator = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
		expect(validator.safeParse(JSON.parse(JSON.stringify(document))).success).toBe(true);
		const garbled = structuredClone(document);
		garbled.products[0]!.versions[0]!.version = '3.35.01';
		expect(validator.safeParse(garbled).success).toBe(false);
		const stray = structuredClone(document) as unknown as { products: Record<string, unknown>[] };
		stray.products[0]!['colour'] = 'red';
		expect(validator.safeParse(stray).success).toBe(false);
	});
});
