import { describe, expect, test } from 'vitest';
import { configSettingsUnambiguous as check } from '../../../../src/data/checks/config-settings-unambiguous.ts';
import { makeConfigFact, makeDataSet } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

const CONFIG = 'content/config-facts.ts';

describe(check.name, () => {
	test('passes on the minimal valid data set, and on one override of a general fact per product', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
		const override = makeConfigFact({ id: 'test-override', products: ['test-product'] });
		expect(findingsOf(check, makeDataSet({ configFacts: [makeConfigFact(), override] }))).toEqual([]);
	});

	test('reports a second general fact fixing the same setting', () => {
		const raw = makeDataSet({ configFacts: [makeConfigFact(), makeConfigFact({ id: 'test-again' })] });
		expect(problemsOf(raw)).toEqual([
			problem(check, CONFIG, 'test-again', 'setting.key', 'sets axis2.xml "domain", already set by "test-setting"'),
		]);
	});

	test('reports a second override of one setting for the same product', () => {
		const raw = makeDataSet({
			configFacts: [
				makeConfigFact({ id: 'test-override', products: ['test-product'] }),
				makeConfigFact({ id: 'test-again', products: ['test-product'] }),
			],
		});
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				CONFIG,
				'test-again',
				'setting.key',
				'sets axis2.xml "domain" for test-product, already set by "test-override"',
			),
		]);
	});
});
