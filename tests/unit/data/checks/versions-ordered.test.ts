import { describe, expect, test } from 'vitest';
import { versionsOrdered as check } from '../../../../src/data/checks/versions-ordered.ts';
import { makeDataSet, makeProduct } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

const released = (...versions: string[]) => versions.map((version) => ({ version, release: 'released' as const }));

describe(check.name, () => {
	test('passes on the minimal valid data set, whose 1.10.0 follows 1.9.0', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
	});

	test('reports a version listed after a newer one, compared as versions and not as text', () => {
		const raw = makeDataSet({ products: [makeProduct({ versions: released('1.10.0', '1.9.1') })] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/products/test-product.ts',
				'test-product',
				'versions.1.version',
				'1.9.1 is older than 1.10.0 before it; list versions oldest first',
			),
		]);
	});

	test('reports a repeated version', () => {
		const raw = makeDataSet({ products: [makeProduct({ versions: released('1.9.0', '1.10.0', '1.10.0') })] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/products/test-product.ts',
				'test-product',
				'versions.2.version',
				'repeats version 1.10.0',
			),
		]);
	});
});
