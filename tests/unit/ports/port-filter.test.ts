import { describe, expect, test } from 'vitest';
import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import {
	factsFromDataset,
	factsToDataset,
	filterFromValues,
	matchesFilter,
	portFacts,
	portParamSpecs,
	serviceSlug,
	type PortFilter,
} from '../../../src/lib/ports/port-filter.ts';
import { portMatches } from '../../../src/core/port-range.ts';
import { groupByCarrier, groupByPortNumber, groupByRole } from '../../../src/lib/ports/port-groups.ts';
import { readParams } from '../../../src/lib/shared/url-params.ts';

const atlas = loadDataSet(rawDataSet);
const matching = (filter: PortFilter) =>
	atlas.ports.filter((port) => matchesFilter(portFacts(port), filter)).map((port) => port.id);

describe('port filters', () => {
	test('no filter keeps every rule', () => {
		expect(matching({})).toHaveLength(atlas.ports.length);
	});

	test('the exact port box finds 443 and never 4430 or 8443', () => {
		const ids = matching({ port: 443 });
		expect(ids).toEqual(atlas.ports.filter((port) => portMatches(port.port, 443)).map((port) => port.id));
		expect(ids).toContain('load-balancer-https-443');
		expect(matching({ port: 44 })).toEqual([]);
		expect(matching({ port: 4430 })).toEqual([]);
	});

	test('a number inside a range matches the range', () => {
		expect(matching({ port: 5230 })).toEqual(['fcm-device-5229-5230']);
	});

	test('a role matches rules on either end', () => {
		const ids = matching({ role: 'key-manager' });
		expect(ids).toContain('key-manager-https-9447');
		// The key manager calls the worker's HTTPS port, so that rule involves it too.
		expect(ids).toContain('worker-https-9444');
		expect(ids).not.toContain('fcm-device-5228');
	});

	test('with a role chosen, direction is seen from that role', () => {
		// The manager starts connections to the worker's HTTPS port: outbound for the manager.
		expect(matching({ role: 'manager', direction: 'outbound' })).toContain('worker-https-9444');
		expect(matching({ role: 'manager', direction: 'inbound' })).not.toContain('worker-https-9444');
		expect(matching({ role: 'worker', direction: 'inbound' })).toContain('worker-https-9444');
		// Workers both accept and start Hazelcast connections with each other.
		expect(matching({ role: 'worker', direction: 'inbound' })).toContain('worker-hazelcast-4000');
		expect(matching({ role: 'worker', direction: 'outbound' })).toContain('worker-hazelcast-4000');
	});

	test('a row shown under one role matches only that role, in its own direction', () => {
		const facts = portFacts(atlas.ports.find((port) => port.id === 'worker-https-9444')!);
		const underManager = { party: 'manager', direction: 'outbound' } as const;
		expect(matchesFilter(facts, { role: 'manager' }, underManager)).toBe(true);
		expect(matchesFilter(facts, { role: 'worker' }, underManager)).toBe(false);
		expect(matchesFilter(facts, { direction: 'inbound' }, underManager)).toBe(false);
		expect(matchesFilter(facts, { direction: 'outbound', port: 9444 }, underManager)).toBe(true);
	});

	test('filters combine', () => {
		// The retired APNs provider ports leave from the workers (see tests/unit/patterns/iot-server-corrections.test.ts).
		const ids = matching({ role: 'worker', direction: 'outbound', status: 'historical' });
		expect(ids).toEqual(
			atlas.ports
				.filter((port) => port.source.includes('worker') && port.status.kind === 'historical')
				.map((port) => port.id),
		);
		expect(ids.length).toBeGreaterThan(0);
	});

	test('services are matched by slug', () => {
		expect(serviceSlug('API gateway HTTPS')).toBe('api-gateway-https');
		expect(serviceSlug('FCM (formerly GCM)')).toBe('fcm-formerly-gcm');
		expect(matching({ service: 'mqtt' })).toEqual(['broker-mqtt-1886']);
	});

	test('row facts survive the trip through data attributes', () => {
		for (const port of atlas.ports) {
			const attributes = factsToDataset(portFacts(port));
			const dataset = Object.fromEntries(
				Object.entries(attributes).map(([name, value]) => [name.replace(/^data-/, ''), value]),
			);
			expect(factsFromDataset(dataset)).toEqual(portFacts(port));
		}
	});
});

describe('filter state in the URL', () => {
	const roles = atlas.nodeRoles.map((role) => role.id);
	const services = [...new Set(atlas.ports.map((port) => serviceSlug(port.service)))];
	const specs = portParamSpecs(roles, services);

	test('valid values become a filter', () => {
		const { values, ignored } = readParams('?role=worker&port=443&status=current&view=port', specs);
		expect(ignored).toEqual([]);
		expect(filterFromValues(values)).toEqual({ role: 'worker', port: 443, status: 'current' });
	});

	test('bad values are ignored with a reason, never half-applied', () => {
		const { values, ignored } = readParams('?role=gateway&port=44a&direction=sideways', specs);
		expect(filterFromValues(values)).toEqual({});
		expect(ignored.map((item) => item.name)).toEqual(['role', 'port', 'direction']);
	});
});

describe('grouped views', () => {
	test('by role: a role accepts its inbound rules and starts the flows that list it as a source', () => {
		const groups = groupByRole(atlas.nodeRoles, atlas.ports);
		const worker = groups.find((group) => group.role.id === 'worker')!;
		expect(worker.inbound.map((flow) => flow.port.id)).toEqual(
			atlas.ports
				.filter((port) => port.direction === 'inbound' && port.destination === 'worker')
				.map((port) => port.id),
		);
		expect(worker.outbound.map((flow) => flow.port.id)).toContain('key-manager-https-9447');
		const device = groups.find((group) => group.role.id === 'device')!;
		expect(device.outbound.map((flow) => flow.port.id)).toContain('load-balancer-https-443');
	});

	test('by role includes external services, which only accept', () => {
		const groups = groupByRole([...atlas.nodeRoles, ...atlas.externalEndpoints], atlas.ports);
		const fcm = groups.find((group) => group.role.id === 'fcm')!;
		expect(fcm.inbound.map((flow) => flow.port.id)).toEqual(
			atlas.ports.filter((port) => port.destination === 'fcm').map((port) => port.id),
		);
		expect(fcm.outbound).toEqual([]);
	});

	test('by role leaves out roles with no flows', () => {
		const groups = groupByRole(atlas.nodeRoles, atlas.ports);
		for (const group of groups) expect(group.inbound.length + group.outbound.length).toBeGreaterThan(0);
	});

	test('by carrier: every rule once, under the party whose firewall carries it, parties in order', () => {
		const parties = [...atlas.nodeRoles, ...atlas.externalEndpoints];
		const groups = groupByCarrier(parties, atlas.ports);
		expect(groups.flatMap((group) => group.ports.map((port) => port.id)).sort()).toEqual(
			atlas.ports.map((port) => port.id).sort(),
		);
		for (const group of groups) {
			expect(group.ports.length).toBeGreaterThan(0);
			for (const port of group.ports) expect(port.role).toBe(group.party.id);
		}
		const order = parties.map((party) => party.id);
		const positions = groups.map((group) => order.indexOf(group.party.id));
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
	});

	test('by carrier refuses a rule whose carrier is not listed, rather than dropping it', () => {
		const parties = [...atlas.nodeRoles, ...atlas.externalEndpoints];
		const first = atlas.ports[0]!;
		expect(() =>
			groupByCarrier(
				parties.filter((party) => party.id !== first.role),
				atlas.ports,
			),
		).toThrow(`rule "${first.id}" is carried by "${first.role}"`);
	});

	test('by port: every rule once, numbers ascending, shared numbers together', () => {
		const groups = groupByPortNumber(atlas.ports);
		expect(groups.flatMap((group) => group.ports)).toHaveLength(atlas.ports.length);
		expect(groups.map((group) => group.from)).toEqual([...groups.map((group) => group.from)].sort((a, b) => a - b));
		const https = groups.find((group) => group.label === '443')!;
		expect(https.ports.map((port) => port.id)).toEqual(
			atlas.ports.filter((port) => port.port === 443).map((port) => port.id),
		);
	});
});
