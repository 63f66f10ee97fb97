import { describe, expect, test } from 'vitest';
import { diffResolutionsReplay as check } from '../../../../src/data/checks/diff-resolutions-replay.ts';
import { makeDataSet, makeProduct } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

const PRODUCT = 'content/products/test-product.ts';

describe(check.name, () => {
	test('passes on the minimal valid data set, whose product resolves "1.910.0"', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
	});

	test('reports a resolution whose two readings do not overlay to the token shown', () => {
		const diffResolutions = [{ shown: '1.910.0', earlier: '1.8.0', later: '1.10.0' }];
		const raw = makeDataSet({ products: [makeProduct({ diffResolutions })] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				PRODUCT,
				'test-product',
				'diffResolutions.0.shown',
				'overlaying 1.8.0 and 1.10.0 gives "1.810.0", not "1.910.0"',
			),
		]);
	});

	test("reports a later reading that is not one of the product's versions", () => {
		const diffResolutions = [{ shown: '1.910.0', earlier: '1.9.0', later: '1.10.0' }];
		const versions = [{ version: '1.9.0', release: 'released' as const }];
		const raw = makeDataSet({ products: [makeProduct({ versions, diffResolutions })] });
		expect(problemsOf(raw)).toEqual([
			problem(check, PRODUCT, 'test-product', 'diffResolutions.0.later', "1.10.0 is not among the product's versions"),
		]);
	});
});
