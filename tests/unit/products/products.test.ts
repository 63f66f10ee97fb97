import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import { countVersions, productViews } from '../../../src/lib/products/products.ts';

describe('the product data', () => {
	test('covers the 14 products of the seed, 7 that use worker/manager separation and 7 that do not', () => {
		const views = productViews(atlas.products, atlas.separationModes);
		expect(views).toHaveLength(14);
		expect(views.filter((view) => view.mode.usesSeparation)).toHaveLength(7);
	});

	test('lists API Manager versions newest first, as versions', () => {
		const apim = productViews(atlas.products, atlas.separationModes).find((view) => view.product.id === 'api-manager');
		expect(apim?.versionsNewestFirst).toEqual([
			'2.0.0',
			'1.10.0',
			'1.9.1',
			'1.9.0',
			'1.8.0',
			'1.7.0',
			'1.6.0',
			'1.5.0',
		]);
	});

	test('orders products that use the separation before those that do not', () => {
		const views = productViews(atlas.products, atlas.separationModes);
		const firstWithout = views.findIndex((view) => !view.mode.usesSeparation);
		expect(views.slice(firstWithout).every((view) => !view.mode.usesSeparation)).toBe(true);
	});

	test('counts every listed version across products', () => {
		const [first, second] = atlas.products;
		if (!first || !second) throw new Error('fixture needs two products');
		const twoAndThree = [
			{ ...first, versions: first.versions.slice(0, 1).concat(first.versions.slice(0, 1)) },
			{
				...second,
				versions: [...second.versions.slice(0, 1), ...second.versions.slice(0, 1), ...second.versions.slice(0, 1)],
			},
		];
		expect(countVersions(twoAndThree)).toBe(5);
	});
});
