import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import { roleChecklists } from '../../../src/lib/patterns/role-checklists.ts';

/**
 * The facts issue 13 found missing for an ops engineer building the IoT Server cluster, each
 * asserted as the data now gives it.
 */

const pattern = atlas.deploymentPatterns.find((candidate) => candidate.id === 'iot-server-ha')!;
const port = (id: string) => atlas.ports.find((candidate) => candidate.id === id);
const step = (id: string) => pattern.setupSteps.find((candidate) => candidate.id === id);

describe('Hazelcast membership', () => {
	test('multicast on UDP 45564 sits beside wka on TCP 4000 for each clustered tier, each under its condition', () => {
		for (const role of ['worker', 'key-manager']) {
			const multicast = port(`${role}-hazelcast-multicast-45564`);
			const wka = port(`${role}-hazelcast-4000`);
			expect(multicast).toMatchObject({ port: 45564, protocol: 'udp', role, source: [role] });
			expect(multicast?.requirement.kind === 'conditional' && multicast.requirement.condition).toMatch(/multicast/);
			expect(wka?.requirement.kind === 'conditional' && wka.requirement.condition).toMatch(/wka/);
		}
	});

	test('the pattern does not pretend its scheme is known', () => {
		expect(step('membership-scheme')?.evidence).toBe('derived');
		expect(step('membership-scheme')?.text).toMatch(/wka/);
		expect(step('membership-scheme')?.text).toMatch(/multicast/);
	});

	test('localMemberHost must be reachable, not loopback (Carbon warns)', () => {
		expect(step('local-member-host')?.text).toMatch(/127\.0\.0\.1|localhost/);
		expect(step('local-member-host')?.sources).toContain('carbon-kernel-hazelcast-agent');
	});
});

describe('the database', () => {
	test('every node reaches MySQL on 3306, which the firewall of the database admits', () => {
		const mysql = port('database-mysql-3306');
		const nodes = pattern.tiers.filter((tier) => tier.role !== 'database').map((tier) => tier.role);
		expect(mysql).toMatchObject({ port: 3306, role: 'database', direction: 'inbound' });
		expect([...(mysql?.source ?? [])].sort()).toEqual([...nodes].sort());
	});

	test('the JDBC driver goes to <IOT_HOME>/lib on every node; -Dsetup runs on the manager alone', () => {
		expect(step('jdbc-driver')?.roles.sort()).toEqual(['key-manager', 'manager', 'worker']);
		expect(step('jdbc-driver')?.title).toContain('<IOT_HOME>/lib');
		expect(step('jdbc-driver')?.text).toContain('repository/components/lib');
		expect(step('first-start-setup')?.roles).toEqual(['manager']);
		expect(step('first-start-setup')?.title).toContain('-Dsetup');
	});

	test('the Windows device datasource is listed; the shipped configuration has no iOS one', () => {
		const windows = atlas.datasources.find((datasource) => datasource.name === 'Windows_DB');
		expect(windows).toMatchObject({ jndiName: 'jdbc/MobileWindowsDM_DS', configFile: 'windows-datasources.xml' });
		expect(atlas.datasources.some((datasource) => /ios/i.test(datasource.name))).toBe(false);
	});
});

test('workers change the shipped -DworkerNode=false to true', () => {
	expect(step('worker-node-flag')?.roles).toEqual(['worker']);
	expect(step('worker-node-flag')?.text).toContain('-DworkerNode=false');
	expect(step('worker-node-flag')?.title).toContain('true');
	const worker = roleChecklists(pattern, atlas).find((list) => list.id.endsWith(':worker'))!;
	expect(worker.groups[0]!.items.map((item) => item.id)).toContain('setup:worker-node-flag');
});

test('the node that sends Android notifications reaches fcm.googleapis.com on 443', () => {
	expect(port('fcm-provider-443')).toMatchObject({
		port: 443,
		role: 'worker',
		direction: 'outbound',
		destination: 'fcm',
	});
	expect(atlas.externalEndpoints.find((endpoint) => endpoint.id === 'fcm')?.hostnames).toContain('fcm.googleapis.com');
});

test('the broker Thrift coordination port is 7611 plus the Broker offset', () => {
	const offset = atlas.iotProfiles.find((profile) => profile.id === 'broker')!.offset;
	const thrift = port('broker-thrift-7614');
	expect(thrift?.carbonListener).toMatchObject({ defaultPort: 7611, offsetApplies: true });
	expect(thrift?.port).toBe(7611 + offset);
});
