import { describe, expect, test } from 'vitest';
import { fileNamedAfterId as check } from '../../../../src/data/checks/file-named-after-id.ts';
import { makeDataSet } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

describe(check.name, () => {
	test('passes on the minimal valid data set', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
	});

	test.each([
		['products', 'content/products/renamed.ts', 'test-product'],
		['deploymentPatterns', 'content/deployment-patterns/renamed.ts', 'test-pattern'],
	] as const)('reports a record of %s in a file not named after it', (collection, file, id) => {
		const raw = makeDataSet();
		raw[collection][0]!.file = file;
		expect(problemsOf(raw)).toEqual([problem(check, file, id, 'id', `must match the file name (expected ${id}.ts)`)]);
	});
});
