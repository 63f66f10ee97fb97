import { describe, expect, test } from 'vitest';
import { exampleAddressesCoherent as check } from '../../../../src/data/checks/example-addresses-coherent.ts';
import { makeDataSet, makeDeploymentPattern, makeNodeRole } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

const FILE = 'content/node-roles.ts';
const worker = makeNodeRole({ exampleAddresses: ['192.0.2.11', '192.0.2.12'] });
const manager = makeNodeRole({ id: 'manager', name: 'Manager', exampleAddresses: ['192.0.2.10'] });
const balancer = makeNodeRole({
	id: 'load-balancer',
	name: 'Load balancer',
	kind: 'load-balancer',
	exampleAddresses: ['192.0.2.5'],
});
const device = makeNodeRole({ id: 'device', name: 'Device', kind: 'client' });

describe(check.name, () => {
	test('passes on the minimal valid data set', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
	});

	test('reports a machine role without an address', () => {
		const raw = makeDataSet({ nodeRoles: [worker, { ...manager, exampleAddresses: [] }, balancer, device] });
		expect(problemsOf(raw)).toEqual([
			problem(check, FILE, 'manager', 'exampleAddresses', 'needs at least one address: the role is a machine'),
		]);
	});

	test('reports an address on a client role', () => {
		const raw = makeDataSet({
			nodeRoles: [worker, manager, balancer, { ...device, exampleAddresses: ['192.0.2.99'] }],
		});
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				FILE,
				'device',
				'exampleAddresses',
				'is set on a client role, which is not a machine of the cluster',
			),
		]);
	});

	test('reports two machines sharing an address', () => {
		const raw = makeDataSet({
			nodeRoles: [worker, { ...manager, exampleAddresses: ['192.0.2.11'] }, balancer, device],
		});
		expect(problemsOf(raw)).toEqual([
			problem(check, FILE, 'manager', 'exampleAddresses.0', 'repeats 192.0.2.11, already used by "worker"'),
		]);
	});

	test('reports a pattern with more machines of a role than it has addresses', () => {
		const pattern = makeDeploymentPattern({ tiers: [{ role: 'worker', count: 3, unit: 'vm' }] });
		const raw = makeDataSet({ deploymentPatterns: [pattern] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/deployment-patterns/test-pattern.ts',
				pattern.id,
				'tiers.0.count',
				'gives "worker" 3 machines but the role has 2 example addresses',
			),
		]);
	});
});
