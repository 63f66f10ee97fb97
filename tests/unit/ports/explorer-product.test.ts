import { describe, expect, test } from 'vitest';
import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import { productCatalogue } from '../../../src/lib/ports/catalogue.ts';
import { buildDefaultPortsExport } from '../../../src/lib/ports/default-ports-export.ts';
import {
	EXPLORER_PRODUCT_PARAM,
	explorerProductSpecs,
	productDefaultsPath,
	productPortRows,
} from '../../../src/lib/ports/explorer-product.ts';
import { readParams } from '../../../src/lib/shared/url-params.ts';

const atlas = loadDataSet(rawDataSet);
// Through JSON, as the browser gets default-ports.json.
const exported = JSON.parse(JSON.stringify(buildDefaultPortsExport(atlas, new URL('https://atlas.example/'))));

describe('the ports reference’s product filter', () => {
	test('a product’s rows, read from the export, are its catalogued default ports', () => {
		for (const product of atlas.products) {
			const rows = productPortRows(exported, product.id);
			expect(rows.map((row) => row.id)).toEqual(productCatalogue(atlas, product.id).map((entry) => entry.port.id));
			expect(rows.every((row) => row.href === `/ports/defaults/#${row.id}`)).toBe(true);
		}
	});

	test('the exact port box narrows a product’s rows to that number', () => {
		const esb = productPortRows(exported, 'enterprise-service-bus', 8243);
		expect(esb.map((row) => row.port)).toEqual(['8243/TCP']);
		expect(productPortRows(exported, 'enterprise-service-bus', 8244)).toEqual([]);
	});

	test('the address accepts a known product only, and the reference it links to reads the same id', () => {
		const specs = explorerProductSpecs(atlas.products.map((product) => product.id));
		expect(readParams(`?${EXPLORER_PRODUCT_PARAM}=api-manager`, specs).values).toEqual({ product: 'api-manager' });
		expect(readParams(`?${EXPLORER_PRODUCT_PARAM}=iot-server`, specs).ignored).toHaveLength(1);
		expect(productDefaultsPath('api-manager')).toBe('/ports/defaults/?product=api-manager');
	});
});
