import { describe, expect, test } from 'vitest';
import { patternLinksResolve as check } from '../../../../src/data/checks/pattern-links-resolve.ts';
import type { DeploymentPatternInput } from '../../../../src/schemas/deployment-pattern.ts';
import { makeDataSet, makeDeploymentPattern, SOURCE } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

const base = makeDeploymentPattern();
const connection = base.connections![0]!;
const placement = base.managerPlacements[0]!;
const delivery = base.operationDelivery[0]!;

describe(check.name, () => {
	test('passes on the minimal valid data set', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
	});

	test.each([
		[
			'a manager that is not a product node',
			{ managerRole: 'device' },
			'managerRole',
			'"device" is not a node role of kind wso2-node',
		],
		[
			'a client that is not a client',
			{ clients: ['worker'] },
			'clients.0',
			'"worker" is not a node role of kind client',
		],
		[
			'a private network holding an unknown role',
			{ managerPlacements: [{ ...placement, privateNetwork: ['vpn'] }] },
			'managerPlacements.0.privateNetwork.0',
			'names unknown node role "vpn"',
		],
		[
			'a delivery option needing an unknown endpoint',
			{ operationDelivery: [{ ...delivery, needs: ['sms'] }] },
			'operationDelivery.0.needs.0',
			'names unknown external endpoint "sms"',
		],
		[
			'a connection from an unknown role',
			{ connections: [{ ...connection, from: 'gateway' }] },
			'connections.0.from',
			'names unknown node role "gateway"',
		],
		[
			'a connection to something neither role nor endpoint',
			{ connections: [{ ...connection, to: 'nowhere' }] },
			'connections.0.to',
			'names unknown node role or endpoint "nowhere"',
		],
		[
			'a connection limited to an unknown placement',
			{ connections: [{ ...connection, placements: ['on-premises'] }] },
			'connections.0.placements.0',
			'names unknown manager placement "on-premises"',
		],
		[
			'a set-up step for an unknown role',
			{
				setupSteps: [
					{
						id: 'driver',
						title: 'JDBC driver',
						text: 'Copy it.',
						roles: ['gateway'],
						evidence: 'stated',
						sources: [SOURCE],
					},
				],
			},
			'setupSteps.0.roles.0',
			'names unknown node role "gateway"',
		],
	] satisfies [string, Partial<DeploymentPatternInput>, string, string][])(
		'reports %s',
		(_fault, fields, field, reason) => {
			const raw = makeDataSet({ deploymentPatterns: [makeDeploymentPattern(fields)] });
			expect(problemsOf(raw)).toEqual([
				problem(check, 'content/deployment-patterns/test-pattern.ts', 'test-pattern', field, reason),
			]);
		},
	);

	test('accepts a connection to an external endpoint', () => {
		const raw = makeDataSet({
			deploymentPatterns: [makeDeploymentPattern({ connections: [{ ...connection, to: 'push-service' }] })],
		});
		expect(findingsOf(check, raw)).toEqual([]);
	});
});
