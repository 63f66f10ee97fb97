import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import { countVersions, productViews } from '../../../src/lib/products/products.ts';
import { newestFirst } from '../../../src/core/versions.ts';
import { seedVersionCells } from '../fixtures/seed-version-cells.ts';

describe('the product data', () => {
	test('covers every product of the seed, each with its separation mode', () => {
		const views = productViews(atlas.products, atlas.separationModes);
		expect(views).toHaveLength(Object.keys(seedVersionCells).length);
		// The seed has products on both sides of the split; each view carries its own product's mode.
		const usesSeparation = new Map(atlas.separationModes.map((mode) => [mode.id, mode.usesSeparation]));
		const splitting = atlas.products.filter((product) => usesSeparation.get(product.separationMode));
		expect(splitting.length).toBeGreaterThan(0);
		expect(splitting.length).toBeLessThan(atlas.products.length);
		expect(views.filter((view) => view.mode.usesSeparation)).toHaveLength(splitting.length);
		for (const view of views) expect(view.mode.id).toBe(view.product.separationMode);
	});

	test('lists API Manager versions newest first, as versions', () => {
		const apim = productViews(atlas.products, atlas.separationModes).find((view) => view.product.id === 'api-manager');
		const expected = newestFirst(
			atlas.products.find((product) => product.id === 'api-manager')!.versions.map((v) => v.version),
		);
		// API Manager has 1.10.0 and 1.9.x, so text order would differ: the check can tell the two apart.
		expect(expected).not.toEqual([...expected].sort().reverse());
		expect(apim?.versionsNewestFirst).toEqual(expected);
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
