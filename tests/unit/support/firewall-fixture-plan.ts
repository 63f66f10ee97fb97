import type { FirewallPlan, PlannedRule } from '../../../src/lib/ports/firewall/plan.ts';
import type { NodeRole } from '../../../src/schemas/node-role.ts';

/**
 * A small firewall plan written here rather than taken from content/, so the format snapshots
 * (tests/unit/ports/firewall/generators.test.ts) show what each format does with every kind of
 * rule, and a port edit in the data rewrites none of them. The real data's rules are checked
 * for their flows there and by the firewall tools themselves (tests/unit/ports/firewall/tools/), which
 * check this plan too. It holds one of each: a client rule open to anyone, a rule from a role
 * with two machines, a port range, UDP, a condition, a retired port, and outbound rules to an
 * address block, to anyone and to another role.
 */
const nodeRole = (id: string, name: string, kind: NodeRole['kind']): NodeRole => ({
	id,
	name,
	kind,
	summary: `${name} of the fixture.`,
	exampleAddresses: [],
	sources: ['fixture'],
});
const app = nodeRole('app', 'App node', 'wso2-node');
const proxy = nodeRole('proxy', 'Proxy', 'load-balancer');
const database = nodeRole('db', 'Database', 'database');
const addresses = { app: ['192.0.2.10'], proxy: ['192.0.2.20', '192.0.2.21'], db: ['192.0.2.30'] };
const peerRole = (role: NodeRole): PlannedRule['peer'] => ({
	kind: 'role',
	roleId: role.id,
	label: role.name,
	addresses: addresses[role.id as keyof typeof addresses],
});
const rule = (
	ruleId: string,
	direction: PlannedRule['direction'],
	from: number,
	peer: PlannedRule['peer'],
	extra: Partial<PlannedRule> = {},
): PlannedRule => ({
	ruleId,
	direction,
	protocol: 'tcp',
	from,
	to: from,
	service: `Service on ${from}`,
	peer,
	...extra,
});
export const fixturePlan: FirewallPlan = {
	role: app,
	placeholders: [proxy, database].map((role) => ({ role, addresses: addresses[role.id as keyof typeof addresses] })),
	inbound: [
		rule('app-https-443', 'inbound', 443, { kind: 'any', label: 'Browsers' }),
		rule('app-http-8280', 'inbound', 8280, peerRole(proxy)),
		rule('app-push-5229', 'inbound', 5229, peerRole(proxy), { to: 5230, service: 'Push range' }),
		rule('app-discovery-5353', 'inbound', 5353, peerRole(proxy), {
			protocol: 'udp',
			condition: 'only when discovery is on',
		}),
		rule('app-legacy-9999', 'inbound', 9999, peerRole(proxy), {
			historical: { retiredOn: '2020-01-31', replacedBy: 'port 443' },
		}),
	],
	outbound: [
		rule('apns-5223', 'outbound', 5223, { kind: 'blocks', label: 'APNs', blocks: ['17.0.0.0/8'] }),
		rule('updates-443', 'outbound', 443, { kind: 'any', label: 'Update service' }),
		rule('db-mysql-3306', 'outbound', 3306, peerRole(database)),
	],
};
