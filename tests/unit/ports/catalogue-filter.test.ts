import { describe, expect, test } from 'vitest';
import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import { catalogueEntries } from '../../../src/lib/ports/catalogue.ts';
import {
	catalogueCountText,
	catalogueFilterSpecs,
	catalogueRowDataset,
	productsOfRow,
	rowShows,
} from '../../../src/lib/ports/catalogue-filter.ts';
import { readParams } from '../../../src/lib/shared/url-params.ts';

const atlas = loadDataSet(rawDataSet);

describe('the default-ports product filter contract', () => {
	test('every row reads back the products it was written with', () => {
		for (const entry of catalogueEntries(atlas)) {
			const dataset = { catalogueProducts: catalogueRowDataset(entry)['data-catalogue-products'] };
			expect(productsOfRow(dataset)).toEqual(entry.productIds);
		}
	});

	test('a chosen product shows exactly the rows of its catalogue; none chosen shows all', () => {
		const entries = catalogueEntries(atlas);
		for (const product of atlas.products) {
			const shown = entries.filter((entry) => rowShows(entry.productIds, product.id));
			const replaced = product.ports.filter((port) => port.replaces !== undefined).length;
			expect(shown.length).toBe(
				atlas.carbonPorts.length +
					atlas.sharedPorts.filter((shared) => shared.products.includes(product.id)).length +
					product.ports.length -
					replaced,
			);
		}
		expect(entries.every((entry) => rowShows(entry.productIds, undefined))).toBe(true);
	});

	test('the product parameter accepts known products only', () => {
		const specs = catalogueFilterSpecs(atlas.products.map((product) => product.id));
		expect(readParams('?product=message-broker', specs).values).toEqual({ product: 'message-broker' });
		expect(readParams('?product=nope', specs).ignored).toHaveLength(1);
	});

	test('the count the page prints before any choice is the one the script writes with every row shown', () => {
		const total = catalogueEntries(atlas).length;
		expect(catalogueCountText(total, total)).toBe(`${total} of ${total} ports shown.`);
		expect(catalogueCountText(0, total)).toMatch(/^0 of \d+ ports shown\.$/);
	});
});
