import { describe, expect, test } from 'vitest';
import { portDirectionMatchesRole as check } from '../../../../src/data/checks/port-direction-matches-role.ts';
import { makeDataSet, makePort } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

describe(check.name, () => {
	test('passes on the minimal valid data set', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
	});

	test('reports an inbound rule whose destination is not its role', () => {
		const raw = makeDataSet({ ports: [makePort({ destination: 'manager' })] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/ports.ts',
				'worker-https-9444',
				'destination',
				'is "manager", but inbound traffic must end at its role "worker"',
			),
		]);
	});

	test('reports an outbound rule that does not start only at its role', () => {
		const outbound = makePort({
			id: 'worker-push-443',
			port: 443,
			direction: 'outbound',
			source: ['worker', 'manager'],
			destination: 'push-service',
		});
		expect(problemsOf(makeDataSet({ ports: [outbound] }))).toEqual([
			problem(
				check,
				'content/ports.ts',
				'worker-push-443',
				'source',
				'must be only its role "worker" for outbound traffic',
			),
		]);
	});

	test('leaves a rule on an unknown role to port-references', () => {
		const raw = makeDataSet({ ports: [makePort({ role: 'gateway' })] });
		expect(findingsOf(check, raw)).toEqual([]);
	});
});
