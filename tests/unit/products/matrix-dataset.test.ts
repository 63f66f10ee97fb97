import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import { productFromDataset, productToDataset } from '../../../src/lib/products/matrix-dataset.ts';
import { filterableFrom } from '../../../src/lib/products/matrix-filter.ts';
import { productViews } from '../../../src/lib/products/products.ts';

/** What the browser's element.dataset holds for these attributes: data- dropped, kebab-case to camelCase. */
function asDataset(attributes: Record<string, string>): DOMStringMap {
	return Object.fromEntries(
		Object.entries(attributes).map(([name, value]) => [
			name.replace(/^data-/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()),
			value,
		]),
	);
}

describe('matrix rows carry their product in data attributes', () => {
	const products = productViews(atlas.products, atlas.separationModes).map(filterableFrom);

	test('every product survives the trip through data attributes', () => {
		for (const product of products) {
			expect(productFromDataset(asDataset(productToDataset(product)))).toEqual(product);
		}
	});

	test('malformed aliases read as none rather than breaking the row', () => {
		const dataset = asDataset(productToDataset(products[0]!));
		expect(productFromDataset({ ...dataset, aliases: '[not json' }).aliases).toEqual([]);
		expect(productFromDataset({ ...dataset, aliases: '[1, "x"]' }).aliases).toEqual(['x']);
	});
});
