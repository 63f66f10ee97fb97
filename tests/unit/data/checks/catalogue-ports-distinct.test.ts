import { describe, expect, test } from 'vitest';
import { cataloguePortsDistinct as check } from '../../../../src/data/checks/catalogue-ports-distinct.ts';
import { makeCataloguePort, makeDataSet, makeProduct, makeSharedPort } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

const other = makeProduct({ id: 'other-product', name: 'Other Product', abbreviation: 'OP' });

describe(check.name, () => {
	test('passes on the minimal valid data set, and on one number over two protocols', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
		const udp = makeCataloguePort({ id: 'test-console-udp', protocol: 'udp' });
		expect(findingsOf(check, makeDataSet({ products: [makeProduct({ ports: [udp] })] }))).toEqual([]);
	});

	test('reports a product’s own port that repeats a port every product has', () => {
		const again = makeCataloguePort({ id: 'test-own-9443' });
		const raw = makeDataSet({ products: [makeProduct({ ports: [again] })] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/products/test-product.ts',
				'test-product',
				'ports.0.port',
				'Test Product already opens TCP 9443 as "test-console-9443"',
			),
		]);
	});

	test('reports a shared port clashing with a product’s own, on the product’s record', () => {
		const own = makeCataloguePort({ id: 'test-own-8243', port: 8243 });
		const raw = makeDataSet({ products: [makeProduct({ ports: [own] }), other], sharedPorts: [makeSharedPort()] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/products/test-product.ts',
				'test-product',
				'ports.0.port',
				'Test Product already opens TCP 8243 as "test-transport-8243"',
			),
		]);
	});

	test('reports a product’s port whose id another catalogued port has', () => {
		const own = makeCataloguePort({ id: 'test-console-9443', port: 9000 });
		const raw = makeDataSet({ products: [makeProduct({ ports: [own] })] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/products/test-product.ts',
				'test-product',
				'ports.0.id',
				'repeats catalogued port id "test-console-9443"',
			),
		]);
	});
});
