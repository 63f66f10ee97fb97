import { describe, expect, test } from 'vitest';
import { datasourceNamesUnique as check } from '../../../../src/data/checks/datasource-names-unique.ts';
import { makeDataSet, makeDatasource } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

describe(check.name, () => {
	test('passes on the minimal valid data set', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
	});

	test('reports a second datasource of one product with the same name', () => {
		const raw = makeDataSet({ datasources: [makeDatasource(), makeDatasource({ id: 'again-db' })] });
		expect(problemsOf(raw)).toEqual([
			problem(check, 'content/datasources.ts', 'again-db', 'name', 'repeats datasource TEST_DB of Test Product'),
		]);
	});

	test('allows the same name in two products', () => {
		const raw = makeDataSet({
			datasources: [makeDatasource(), makeDatasource({ id: 'other-db', productName: 'Other Product' })],
		});
		expect(findingsOf(check, raw)).toEqual([]);
	});
});
