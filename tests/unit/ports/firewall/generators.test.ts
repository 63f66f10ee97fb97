import { describe, expect, test } from 'vitest';
import { rawDataSet } from '../../../../content/index.ts';
import { loadDataSet } from '../../../../src/data/load.ts';
import { firewallFormats } from '../../../../src/lib/ports/firewall/formats.ts';
import { firewallRolesOf, hasHistoricalFlows, planFromAtlas } from '../../../../src/lib/ports/firewall/from-atlas.ts';
import { formatPort } from '../../../../src/core/port-range.ts';
import { fixturePlan } from '../../support/firewall-fixture-plan.ts';

const atlas = loadDataSet(rawDataSet);
const roles = firewallRolesOf(atlas);
const extension = { nftables: 'nft', iptables: 'rules.v4', ufw: 'ufw.sh', firewalld: 'firewalld.sh', terraform: 'tf' };

describe('each format renders a small fixed plan as reviewed', () => {
	for (const format of firewallFormats) {
		test(format.label, async () => {
			await expect(format.generate(fixturePlan)).toMatchFileSnapshot(
				`__snapshots__/firewall/fixture.${extension[format.id]}`,
			);
		});
	}
});

describe('every format carries exactly the flows the data gives a role', () => {
	const current = atlas.ports.filter((port) => port.status.kind === 'current');
	for (const role of roles) {
		const expected = current.filter(
			(port) => port.role === role.id || (port.direction === 'inbound' && port.source.includes(role.id)),
		);
		for (const format of firewallFormats) {
			test(`${format.label} for ${role.id} names each of its ${expected.length} current port rules`, () => {
				const text = format.generate(planFromAtlas(atlas, role.id));
				for (const port of expected) expect(text).toContain(port.id);
				const others = atlas.ports.filter((port) => !expected.includes(port));
				for (const port of others) expect(text).not.toMatch(new RegExp(`\\b${port.id}\\b`));
			});
		}
	}
});

describe('historical ports', () => {
	const historical = atlas.ports.filter((port) => port.status.kind === 'historical');

	test('the data has historical ports, all on roles that have a firewall page', () => {
		expect(historical.length).toBeGreaterThan(0);
		for (const port of historical) expect(hasHistoricalFlows(atlas, port.role)).toBe(true);
	});

	test('are left out unless asked for, then included and marked', () => {
		for (const port of historical) {
			for (const format of firewallFormats) {
				expect(format.generate(planFromAtlas(atlas, port.role))).not.toContain(port.id);
				const withHistorical = format.generate(planFromAtlas(atlas, port.role, true));
				expect(withHistorical).toContain(port.id);
				expect(withHistorical).toContain('Historical since');
			}
		}
	});
});

describe('peers and addresses come from the data', () => {
	test('a role whose pattern has two machines gets two placeholder addresses', () => {
		const workers = atlas.deploymentPatterns[0]!.tiers.find((tier) => tier.role === 'worker')!.count;
		const plan = planFromAtlas(atlas, 'load-balancer');
		const outboundToWorkers = plan.outbound.find((rule) => rule.peer.kind === 'role' && rule.peer.roleId === 'worker');
		expect(outboundToWorkers?.peer.kind === 'role' && outboundToWorkers.peer.addresses).toHaveLength(workers);
	});

	test('outbound rules to an endpoint with address blocks use exactly those blocks', () => {
		const apns = atlas.externalEndpoints.find((endpoint) => endpoint.id === 'apns')!;
		// The role that sends push notifications, read from the data rather than named here.
		const sender = atlas.ports.find((port) => port.id.startsWith('apns-'))!.role;
		const plan = planFromAtlas(atlas, sender);
		const toApns = plan.outbound.filter((rule) => rule.ruleId.startsWith('apns-'));
		expect(toApns.length).toBeGreaterThan(0);
		for (const rule of toApns) {
			expect(rule.peer).toEqual({
				kind: 'blocks',
				label: 'APNs',
				blocks: apns.addressBlocks,
				endpoint: { id: apns.id, hostnames: apns.hostnames },
			});
		}
	});

	test('inbound rules that clients use are open to any address, others only to their peers', () => {
		const plan = planFromAtlas(atlas, 'load-balancer');
		const https = atlas.ports.find((port) => port.id === 'load-balancer-https-443')!;
		const rule = plan.inbound.find((candidate) => candidate.ruleId === https.id)!;
		expect(rule.peer.kind).toBe('any');
		expect(formatPort(https.port)).toBe(String(rule.from));
		const worker = planFromAtlas(atlas, 'worker');
		expect(worker.inbound.filter((candidate) => candidate.peer.kind === 'any')).toEqual([]);
	});

	test('no client role gets a firewall page', () => {
		expect(roles.map((role) => role.kind)).not.toContain('client');
	});
});
