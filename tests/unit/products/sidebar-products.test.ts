import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import { productPath } from '../../../src/lib/shared/paths.ts';
import { SIDEBAR_PRODUCT_LIMIT, sidebarProductLinks } from '../../../src/lib/products/sidebar-products.ts';

describe('sidebarProductLinks', () => {
	test('lists every product of the real data by name, linked to its page', () => {
		const links = sidebarProductLinks(atlas.products);
		expect(links).toHaveLength(atlas.products.length);
		expect(links.map((link) => link.label)).toEqual(
			atlas.products.map((product) => product.name).sort((a, b) => a.localeCompare(b)),
		);
		for (const product of atlas.products)
			expect(links).toContainEqual({ label: product.name, link: productPath(product.id) });
	});

	test('lists none once there are more products than the limit, so the sidebar stays small', () => {
		const many = Array.from({ length: SIDEBAR_PRODUCT_LIMIT + 1 }, (_, index) => ({
			id: `product-${index}`,
			name: `Product ${index}`,
		}));
		expect(sidebarProductLinks(many)).toEqual([]);
		expect(sidebarProductLinks(many.slice(0, SIDEBAR_PRODUCT_LIMIT))).toHaveLength(SIDEBAR_PRODUCT_LIMIT);
	});
});
