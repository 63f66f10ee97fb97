import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import { resolveSetting } from '../../../src/lib/config-generator/config-facts.ts';
import { planFromAtlas } from '../../../src/lib/ports/firewall/from-atlas.ts';
import { inClusterPorts } from '../../../src/lib/patterns/pattern-ports.ts';
import { roleChecklists } from '../../../src/lib/patterns/role-checklists.ts';
import { buildTopology } from '../../../src/lib/patterns/topology-model.ts';

/**
 * The corrections of issue 13, each asserted as the corrected fact so the old error cannot come
 * back unnoticed. The sources are named on each test; the data cites them in content/sources.ts.
 */

const pattern = atlas.deploymentPatterns.find((candidate) => candidate.id === 'iot-server-ha')!;
const port = (id: string) => atlas.ports.find((candidate) => candidate.id === id)!;
const fact = (id: string) => atlas.configFacts.find((candidate) => candidate.id === id)!;

describe('1. the push notifications leave from the workers, not the manager', () => {
	// product-iots v3.1.0-update11: profile-creator.sh strips the device-management web apps from the
	// Device Manager profile, and its start script points iot.core.https.port at 9444 (Backend).
	const serverPush = atlas.ports.filter(
		(candidate) => (candidate.destination === 'apns' || candidate.destination === 'fcm') && candidate.role !== 'device',
	);

	test('every server-side push rule sits on the worker, whose tier runs the Backend profile', () => {
		expect(serverPush.map((candidate) => candidate.id)).toEqual(
			expect.arrayContaining(['apns-provider-2195', 'apns-feedback-2196', 'apns-provider-443', 'apns-provider-2197']),
		);
		for (const rule of serverPush) expect([rule.id, rule.role, rule.source]).toEqual([rule.id, 'worker', ['worker']]);
		expect(pattern.tiers.find((tier) => tier.role === 'worker')?.profile?.name).toBe('Device Manager Backend');
	});

	test('the derivation names the profile evidence, not the old reasoning about the manager', () => {
		for (const rule of serverPush) {
			expect(rule.derivation).toContain('iot.core.https.port');
			expect(rule.sources).toContain('product-iots-profile-creator');
		}
	});

	test('firewall rules, topology and checklists follow: the manager has no push flow, the worker has', () => {
		const isPush = (ruleId: string) => serverPush.some((rule) => rule.id === ruleId);
		expect(planFromAtlas(atlas, 'manager', true).outbound.filter((rule) => isPush(rule.ruleId))).toEqual([]);
		expect(planFromAtlas(atlas, 'worker').outbound.filter((rule) => isPush(rule.ruleId)).length).toBeGreaterThan(0);
		for (const placement of pattern.managerPlacements) {
			const edges = buildTopology(pattern, atlas, placement.id).edges;
			expect(edges.some((edge) => edge.from === 'manager' && edge.to === 'apns')).toBe(false);
			expect(edges.some((edge) => edge.from === 'worker' && edge.to === 'apns')).toBe(true);
		}
		const lists = roleChecklists(pattern, atlas);
		const items = (role: string) =>
			lists.find((list) => list.id.endsWith(`:${role}`))!.groups.flatMap((group) => group.items.map((item) => item.id));
		expect(items('manager')).not.toContain('port:apns-provider-443');
		expect(items('worker')).toContain('port:apns-provider-443');
	});
});

test('2. taskServerCount is the shipped 1 (product-esb v4.9.0 and v5.0.0 tasks-config.xml), not 2', () => {
	const count = fact('task-server-count');
	expect(count.setting?.value).toBe(1);
	expect(count.text).not.toMatch(/default 2/);
	expect(count.sources).toContain('esb-tasks-config');
});

describe('3. the pattern page says what the table shows about ports inside the cluster', () => {
	test('the data has in-cluster rules, including the core, key manager, Hazelcast and database ports', () => {
		const numbers = inClusterPorts(pattern, atlas.ports).ports.map((rule) => rule.port);
		expect(numbers).toEqual(expect.arrayContaining([9444, 9447, 4000, 3306]));
	});

	test('the page computes its sentence from the data instead of saying the sources give none', () => {
		const page = readFileSync('src/content/docs/patterns/iot-server-ha.mdx', 'utf8');
		expect(page).toContain('<PatternInClusterPorts pattern="iot-server-ha" />');
		expect(page).not.toMatch(/give no ports for the\s+traffic inside the cluster/);
	});
});

describe('4. Hazelcast member ports: 4000 is the shipped default, per-role numbers are examples', () => {
	test('the general localMemberPort is one value, 4000, for both roles', () => {
		const general = fact('local-member-port');
		expect(general.setting).toMatchObject({ key: 'localMemberPort', value: 4000 });
		expect(general.setting?.byRole).toBeUndefined();
		expect(general.sources).toContain('carbon-kernel-hazelcast-agent');
		for (const role of ['manager', 'worker'] as const)
			expect(
				resolveSetting(
					atlas.configFacts,
					{ productId: 'application-server', version: '5.3.0', role },
					'axis2.xml',
					'localMemberPort',
				)?.value,
			).toBe(4000);
	});

	test('the fact states the rule that matters: one port per member on a host, not moved by the offset', () => {
		const text = fact('local-member-port').text;
		expect(text).toMatch(/examples/);
		expect(text).toMatch(/every member on one host needs a port of its own/);
		expect(text).toMatch(/offset .* does not shift/);
	});

	test('the Hazelcast member rules keep 4000 whatever the profile offset', () => {
		const member = atlas.ports.filter((rule) => rule.service === 'Hazelcast cluster membership');
		expect(member.length).toBeGreaterThan(0);
		for (const rule of member) expect(rule.carbonListener).toMatchObject({ defaultPort: 4000, offsetApplies: false });
	});
});

test('5. devices always need 443 to APNs: at activation, then as the fallback for 5223 (Apple 102266)', () => {
	const rule = port('apns-device-443');
	expect(rule.requirement).toEqual({ kind: 'always' });
	expect(rule.purpose).toMatch(/activated/);
	expect(rule.sources).toContain('apple-apns-firewall');
});

test('6. the GCM-era ASN 15169 advice is kept apart from what Firebase says now', () => {
	const fcm = atlas.externalEndpoints.find((endpoint) => endpoint.id === 'fcm')!;
	expect(fcm.allowGuidance).not.toMatch(/15169|autonomous/);
	expect(fcm.olderGuidance?.text).toMatch(/15169/);
	expect(fcm.olderGuidance?.sources).toEqual(expect.arrayContaining(['seed-iot-clustering', 'wso2-default-ports']));
	expect(fcm.olderGuidance?.sources).not.toContain('fcm-network-configuration');
});

test('7. DM_ARCHIVAL_DS has its JNDI name jdbc/DM_ARCHIVAL_DS (cdm-datasources.xml, v3.1.0-update11 and v3.3.0)', () => {
	const archival = atlas.datasources.find((datasource) => datasource.name === 'DM_ARCHIVAL_DS')!;
	expect(archival.jndiName).toBe('jdbc/DM_ARCHIVAL_DS');
	expect(archival.sources).toContain('product-iots-cdm-datasources');
});
