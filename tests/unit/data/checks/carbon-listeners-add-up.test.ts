import { describe, expect, test } from 'vitest';
import { carbonListenersAddUp as check } from '../../../../src/data/checks/carbon-listeners-add-up.ts';
import { BACKEND_LISTENER, makeDataSet, makePort } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

const PORTS = 'content/ports.ts';

describe(check.name, () => {
	test('passes on the minimal valid data set, whose 9444 is 9443 plus the backend offset 1', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
	});

	test('reports a port that is not its default plus the offset', () => {
		const raw = makeDataSet({ ports: [makePort({ port: 9443, carbonListener: BACKEND_LISTENER })] });
		expect(problemsOf(raw)).toEqual([
			problem(check, PORTS, 'worker-https-9444', 'port', 'must be 9444 (9443 plus the backend offset 1)'),
		]);
	});

	test('reports a port the offset does not move, written as if it did', () => {
		const carbonListener = { ...BACKEND_LISTENER, offsetApplies: false };
		const raw = makeDataSet({ ports: [makePort({ carbonListener })] });
		expect(problemsOf(raw)).toEqual([
			problem(check, PORTS, 'worker-https-9444', 'port', 'must be 9443 (9443, which the offset does not move)'),
		]);
	});

	test('reports a listener naming an unknown profile', () => {
		const carbonListener = { ...BACKEND_LISTENER, profile: 'gateway' };
		const raw = makeDataSet({ ports: [makePort({ carbonListener })] });
		expect(problemsOf(raw)).toEqual([
			problem(check, PORTS, 'worker-https-9444', 'carbonListener.profile', 'names unknown IoT profile "gateway"'),
		]);
	});

	test('reports one profile placed on two node roles', () => {
		const manager = makePort({
			id: 'manager-https-9444',
			role: 'manager',
			destination: 'manager',
			carbonListener: BACKEND_LISTENER,
		});
		const raw = makeDataSet({ ports: [makePort({ carbonListener: BACKEND_LISTENER }), manager] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				PORTS,
				'manager-https-9444',
				'role',
				'is "manager", but "worker-https-9444" puts profile backend on "worker"',
			),
		]);
	});
});
