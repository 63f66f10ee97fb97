import { describe, expect, test } from 'vitest';
import { configFactProducts as check } from '../../../../src/data/checks/config-fact-products.ts';
import { makeConfigFact, makeDataSet, makeProduct, makeSeparationMode } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

const CONFIG = 'content/config-facts.ts';

describe(check.name, () => {
	test('passes on the minimal valid data set, and on a fact bound to a version of its product', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
		const bound = makeConfigFact({ products: ['test-product'], fromVersion: '1.10.0' });
		expect(findingsOf(check, makeDataSet({ configFacts: [bound] }))).toEqual([]);
	});

	test('reports a fact naming an unknown product', () => {
		const raw = makeDataSet({ configFacts: [makeConfigFact({ products: ['test-gateway'] })] });
		expect(problemsOf(raw)).toEqual([
			problem(check, CONFIG, 'test-setting', 'products.0', 'names unknown product "test-gateway"'),
		]);
	});

	test('does not call a product unknown while some product failed its schema', () => {
		const raw = makeDataSet({
			products: [makeProduct({ summary: '' })],
			configFacts: [makeConfigFact({ products: ['test-product'] })],
		});
		expect(problemsOf(raw).map(({ check: name }) => name)).toEqual(['schema']);
	});

	test('reports a fact naming a product that does not use worker/manager separation', () => {
		const raw = makeDataSet({
			separationModes: [makeSeparationMode(), makeSeparationMode({ id: 'none', usesSeparation: false })],
			products: [makeProduct(), makeProduct({ id: 'plain-product', separationMode: 'none' })],
			configFacts: [makeConfigFact({ products: ['plain-product'] })],
		});
		expect(problemsOf(raw)).toEqual([
			problem(check, CONFIG, 'test-setting', 'products.0', '"plain-product" does not use worker/manager separation'),
		]);
	});

	test('reports a version bound that is not a version of the product', () => {
		const raw = makeDataSet({ configFacts: [makeConfigFact({ products: ['test-product'], fromVersion: '2.0.0' })] });
		expect(problemsOf(raw)).toEqual([
			problem(check, CONFIG, 'test-setting', 'fromVersion', '2.0.0 is not among the versions of test-product'),
		]);
	});
});
