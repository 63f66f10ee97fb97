import { describe, expect, test } from 'vitest';
import { sourcesResolve as check } from '../../../../src/data/checks/sources-resolve.ts';
import { makeDataSet, makeProduct, makeSeparationPattern, makeSource, SOURCE } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

describe(check.name, () => {
	test('passes on the minimal valid data set', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
	});

	test('reports a record citing an unknown source', () => {
		const raw = makeDataSet({ products: [makeProduct({ sources: [SOURCE, 'nowhere'] })] });
		expect(problemsOf(raw)).toEqual([
			problem(check, 'content/products/test-product.ts', 'test-product', 'sources.1', 'cites unknown source "nowhere"'),
		]);
	});

	test('reports a citation inside a record, such as a benefit of a separation pattern', () => {
		const benefits = [{ id: 'benefit', text: 'A benefit.', evidence: 'stated' as const, sources: ['nowhere'] }];
		const raw = makeDataSet({ separationPatterns: [makeSeparationPattern({ benefits })] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/separation-patterns.ts',
				'test-separation',
				'benefits.0.sources.0',
				'cites unknown source "nowhere"',
			),
		]);
	});

	test('reports a source that no record cites', () => {
		const raw = makeDataSet({ sources: [makeSource(), makeSource({ id: 'orphan' })] });
		expect(problemsOf(raw)).toEqual([problem(check, 'content/sources.ts', 'orphan', 'id', 'is cited by no record')]);
	});

	test('does not call a source uncited while a record that may cite it failed its schema', () => {
		const raw = makeDataSet({ sources: [makeSource(), makeSource({ id: 'orphan' })] });
		(raw.datasources[0]!.records[0] as { name: string }).name = 'not a name';
		expect(problemsOf(raw).map(({ check: name }) => name)).toEqual(['schema']);
	});
});
