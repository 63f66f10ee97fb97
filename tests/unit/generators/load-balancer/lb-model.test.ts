import { describe, expect, test } from 'vitest';
import { lbModel } from '../../../../src/lib/generators/load-balancer/lb-model.ts';
import type { FirewallPlan } from '../../../../src/lib/ports/firewall/plan.ts';
import { iotPlan, syntheticPlan } from '../../support/load-balancer-fixtures.ts';

/** The outbound flows a load balancer can proxy: single TCP ports to another role, in use. */
const proxied = (plan: FirewallPlan) =>
	plan.outbound.filter(
		(rule) => rule.peer.kind === 'role' && rule.protocol === 'tcp' && rule.from === rule.to && !rule.historical,
	);

describe.each([
	['the IoT pattern', iotPlan],
	['the made-up product cluster', syntheticPlan],
])('the load balancer model of %s', (_, plan) => {
	const model = lbModel(plan);

	test('has one upstream per role and port the plan reaches, with every address of the role', () => {
		const expected = proxied(plan).map((rule) => ({
			roleId: rule.peer.kind === 'role' ? rule.peer.roleId : '',
			port: rule.from,
			addresses: rule.peer.kind === 'role' ? rule.peer.addresses : [],
		}));
		expect(
			model.upstreams.map((upstream) => ({
				roleId: upstream.roleId,
				port: upstream.port,
				addresses: upstream.servers.map((server) => server.address),
			})),
		).toEqual(expected);
		for (const upstream of model.upstreams)
			expect(upstream.servers.every((server) => server.port === upstream.port)).toBe(true);
	});

	test('lists every other flow to a role as not proxied', () => {
		const others = plan.outbound.filter((rule) => rule.peer.kind === 'role' && !proxied(plan).includes(rule));
		expect(model.skipped).toEqual(others);
	});

	test('listens on the plan’s inbound HTTPS and HTTP ports', () => {
		const inbound = (word: RegExp) => plan.inbound.find((rule) => word.test(rule.service))?.from;
		expect(model.listen).toEqual({ https: inbound(/https/i), http: inbound(/^(?!.*https).*http/i) });
	});

	test('puts every upstream in exactly one site of its role, TLS and plain ports apart', () => {
		const placed = model.sites.flatMap((site) => [site.https, site.http].filter((upstream) => upstream !== undefined));
		expect(placed.map((upstream) => upstream.id).sort()).toEqual(model.upstreams.map((upstream) => upstream.id).sort());
		for (const site of model.sites) {
			expect(site.https?.scheme ?? 'https').toBe('https');
			expect(site.http?.scheme ?? 'http').toBe('http');
			for (const upstream of [site.https, site.http]) expect(upstream?.roleId ?? site.roleId).toBe(site.roleId);
		}
		expect(new Set(model.sites.map((site) => site.id)).size).toBe(model.sites.length);
	});

	test('gives each role the load balancer reaches a site named after the role', () => {
		const roles = new Set(model.upstreams.map((upstream) => upstream.roleId));
		for (const role of roles) expect(model.sites.map((site) => site.id)).toContain(role);
	});
});

describe('the load balancer model', () => {
	test('refuses a plan that is not a load balancer’s', () => {
		const plan = { ...syntheticPlan, role: { ...syntheticPlan.role, kind: 'wso2-node' as const } };
		expect(() => lbModel(plan)).toThrow(/not a load balancer/);
	});

	test('refuses a load balancer without an HTTPS entry point', () => {
		const plan = { ...syntheticPlan, inbound: syntheticPlan.inbound.filter((rule) => !/https/i.test(rule.service)) };
		expect(() => lbModel(plan)).toThrow(/no HTTPS entry point/);
	});

	test('refuses a load balancer that reaches no node role', () => {
		const plan = { ...syntheticPlan, outbound: [] };
		expect(() => lbModel(plan)).toThrow(/reaches no node role/);
	});

	test('keeps a role’s services apart: the IoT workers’ gateway has a site of its own', () => {
		const model = lbModel(iotPlan);
		const workerSites = model.sites.filter((site) => site.roleId === 'worker');
		const gateway = iotPlan.outbound.filter((rule) => rule.peer.kind === 'role' && /gateway/i.test(rule.service));
		expect(workerSites.length).toBeGreaterThan(1);
		const gatewaySite = workerSites.find((site) => site.id !== 'worker')!;
		expect([gatewaySite.https?.port, gatewaySite.http?.port].sort()).toEqual(gateway.map((rule) => rule.from).sort());
	});
});
