import { describe, expect, test } from 'vitest';
import { patternRolesKnown as check } from '../../../../src/data/checks/pattern-roles-known.ts';
import { makeDataSet, makeDeploymentPattern } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

const PATTERN = 'content/deployment-patterns/test-pattern.ts';

describe(check.name, () => {
	test('passes on the minimal valid data set', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
	});

	test('reports a tier on an unknown node role', () => {
		const tiers = [{ role: 'gateway', count: 1, unit: 'vm' as const }];
		const raw = makeDataSet({ deploymentPatterns: [makeDeploymentPattern({ tiers })] });
		expect(problemsOf(raw)).toEqual([
			problem(check, PATTERN, 'test-pattern', 'tiers.0.role', 'names unknown node role "gateway"'),
		]);
	});

	test('reports a load balancer that is not a role of kind load-balancer', () => {
		const raw = makeDataSet({ deploymentPatterns: [makeDeploymentPattern({ loadBalancer: 'worker' })] });
		expect(problemsOf(raw)).toEqual([
			problem(check, PATTERN, 'test-pattern', 'loadBalancer', '"worker" is not a node role of kind load-balancer'),
		]);
	});
});
