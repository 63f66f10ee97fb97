import { describe, expect, test } from 'vitest';
import { catalogueReplacementsResolve as check } from '../../../../src/data/checks/catalogue-replacements-resolve.ts';
import { makeCataloguePort, makeDataSet, makeProduct, makeSharedPort } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

const own = (replaces: string) => makeCataloguePort({ id: 'test-own-9444', port: 9444, replaces });
const third = makeProduct({ id: 'third-product', name: 'Third Product', abbreviation: 'TH' });
const other = makeProduct({ id: 'other-product', name: 'Other Product', abbreviation: 'OP' });

describe(check.name, () => {
	test('passes on the minimal valid data set and on a product replacing a common port', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
		const raw = makeDataSet({ products: [makeProduct({ ports: [own('test-console-9443')] })] });
		expect(findingsOf(check, raw)).toEqual([]);
	});

	test('reports a replacement of an unknown port', () => {
		const raw = makeDataSet({ products: [makeProduct({ ports: [own('no-such-port')] })] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/products/test-product.ts',
				'test-product',
				'ports.0.replaces',
				'names unknown catalogued port "no-such-port"',
			),
		]);
	});

	test('reports a replacement of a shared port the product does not open', () => {
		const raw = makeDataSet({
			products: [makeProduct({ ports: [own('test-transport-8243')] }), other, third],
			sharedPorts: [makeSharedPort({ products: ['other-product', 'third-product'] })],
		});
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/products/test-product.ts',
				'test-product',
				'ports.0.replaces',
				'replaces shared port "test-transport-8243", which does not name this product',
			),
		]);
	});
});
