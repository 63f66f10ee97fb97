import { describe, expect, test } from 'vitest';
import { catalogueProductsKnown as check } from '../../../../src/data/checks/catalogue-products-known.ts';
import { makeDataSet, makeProduct, makeSharedPort } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

const twoProducts = [makeProduct(), makeProduct({ id: 'other-product', name: 'Other Product', abbreviation: 'OP' })];

describe(check.name, () => {
	test('passes on the minimal valid data set and on a port shared by two known products', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
		expect(findingsOf(check, makeDataSet({ products: twoProducts, sharedPorts: [makeSharedPort()] }))).toEqual([]);
	});

	test('reports a shared port naming an unknown product', () => {
		const raw = makeDataSet({ sharedPorts: [makeSharedPort()] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/shared-ports.ts',
				'test-transport-8243',
				'products.1',
				'names unknown product "other-product"',
			),
		]);
	});

	test('reports a product named twice', () => {
		const raw = makeDataSet({ sharedPorts: [makeSharedPort({ products: ['test-product', 'test-product'] })] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/shared-ports.ts',
				'test-transport-8243',
				'products.1',
				'names product "test-product" twice',
			),
		]);
	});
});
