import { describe, expect, test } from 'vitest';
import { productModesKnown as check } from '../../../../src/data/checks/product-modes-known.ts';
import { makeDataSet, makeProduct } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

describe(check.name, () => {
	test('passes on the minimal valid data set', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
	});

	test('reports a product naming an unknown separation mode', () => {
		const raw = makeDataSet({ products: [makeProduct({ separationMode: 'sometimes' })] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/products/test-product.ts',
				'test-product',
				'separationMode',
				'names unknown separation mode "sometimes"',
			),
		]);
	});
});
