import { describe, expect, test } from 'vitest';
import { sessionAffinityReferences as check } from '../../../../src/data/checks/session-affinity-references.ts';
import { makeDataSet, makeProduct, makeSessionAffinity } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

const FILE = 'content/session-affinity.ts';

describe(check.name, () => {
	test('passes on the minimal valid data set, and on facts bound to versions of their product', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
		const bound = [
			makeSessionAffinity({ versions: ['1.9.0', '1.10.0'] }),
			makeSessionAffinity({ id: 'from-version', fromVersion: '1.10.0' }),
		];
		expect(findingsOf(check, makeDataSet({ sessionAffinity: bound }))).toEqual([]);
	});

	test('reports a fact naming an unknown product', () => {
		const raw = makeDataSet({ sessionAffinity: [makeSessionAffinity({ product: 'test-gateway' })] });
		expect(problemsOf(raw)).toEqual([
			problem(check, FILE, 'test-affinity', 'product', 'names unknown product "test-gateway"'),
		]);
	});

	test('does not call a product unknown while some product failed its schema', () => {
		const raw = makeDataSet({ products: [makeProduct({ summary: '' })] });
		expect(problemsOf(raw).map(({ check: name }) => name)).toEqual(['schema']);
	});

	test('reports versions and a first version that are not versions of the product', () => {
		const raw = makeDataSet({
			sessionAffinity: [
				makeSessionAffinity({ versions: ['1.9.0', '2.0.0'] }),
				makeSessionAffinity({ id: 'from-version', fromVersion: '3.0.0' }),
			],
		});
		expect(problemsOf(raw)).toEqual([
			problem(check, FILE, 'test-affinity', 'versions.1', '2.0.0 is not among the versions of test-product'),
			problem(check, FILE, 'from-version', 'fromVersion', '3.0.0 is not among the versions of test-product'),
		]);
	});

	test('reports traffic to a node role that does not exist', () => {
		const traffic = { description: 'HTTPS to the gateways', roles: ['worker', 'gateway'] };
		const raw = makeDataSet({ sessionAffinity: [makeSessionAffinity({ traffic })] });
		expect(problemsOf(raw)).toEqual([
			problem(check, FILE, 'test-affinity', 'traffic.roles.1', 'names unknown node role "gateway"'),
		]);
	});
});
