import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import { buildTopology, describeTopology, type TopologyView } from '../../../src/lib/patterns/topology-model.ts';

const pattern = atlas.deploymentPatterns.find((candidate) => candidate.id === 'iot-server-ha')!;
const view = (placement: string) => buildTopology(pattern, atlas, placement);
const edge = (topology: TopologyView, from: string, to: string) =>
	topology.edges.find((candidate) => candidate.from === from && candidate.to === to);
const portNumbers = (topology: TopologyView, from: string, to: string) =>
	edge(topology, from, to)?.ports.map((port) => port.text);

describe('nodes of the IoT Server topology', () => {
	test('has the load balancer, every role with its count and size, the database and both push services', () => {
		const nodes = new Map(view('private-network').nodes.map((node) => [node.id, node]));
		// Seed: Manager 1 VM, Worker 2 VMs, Key manager 2 VMs, DBs 1 MySQL instance, all VMs 4 cores and 4 GB.
		expect(nodes.get('manager')?.details).toEqual(['1 VM', '4 cores, 4 GB']);
		// Facts: the two workers and the two key managers each form a Hazelcast cluster, on localMemberPort 4000
		// with wka or mcastPort 45564 with multicast, which has no arrow between two boxes and so is written in
		// the tier's box.
		expect(nodes.get('worker')?.details).toEqual([
			'2 VMs',
			'4 cores, 4 GB each',
			'Node to node: TCP\u00a04000, UDP\u00a045564',
		]);
		expect(nodes.get('key-manager')?.details).toEqual([
			'2 VMs',
			'4 cores, 4 GB each',
			'Node to node: TCP\u00a04000, UDP\u00a045564',
		]);
		expect(nodes.get('database')?.details).toEqual(['1 instance (MySQL)']);
		expect(nodes.get('load-balancer')?.kind).toBe('load-balancer');
		expect(nodes.get('fcm')?.kind).toBe('external');
		expect(nodes.get('apns')?.kind).toBe('external');
	});

	test('shows end users only where the manager is reachable by them', () => {
		expect(view('private-network').nodes.map((node) => node.id)).not.toContain('device-owner');
		expect(view('user-facing').nodes.map((node) => node.id)).toContain('device-owner');
	});

	test('fences the manager and its administrators into a private network only in that placement', () => {
		expect(view('private-network').privateNetwork).toEqual(['manager', 'administrator']);
		expect(view('user-facing').privateNetwork).toEqual([]);
	});
});

describe('edges of the IoT Server topology', () => {
	const topology = view('private-network');

	test('carry the ports of the seed on the connections they belong to', () => {
		// Seed: 80 and 443 on NGINX; GCM 5228 and sometimes 5229-5230; APNs 5223 and 443 as Wi-Fi fallback.
		// Facts: Google's current FCM page adds 443 to 5228-5230.
		expect(portNumbers(topology, 'device', 'load-balancer')).toEqual(['80', '443']);
		expect(portNumbers(topology, 'device', 'fcm')).toEqual(['5228', '5229-5230', '443']);
		expect(portNumbers(topology, 'device', 'apns')).toEqual(['5223', '443']);
	});

	test('mark the legacy APNs provider ports as historical beside their HTTP/2 replacement', () => {
		// Seed: 2195 and 2196 from the server. Facts: retired on 31 March 2021 for the HTTP/2 API on 443 or 2197.
		// product-iots: the workers (Backend profile) handle operations, so they send the notifications.
		const provider = edge(topology, 'worker', 'apns');
		expect(provider?.ports.map((port) => port.text)).toEqual(['2195', '2196', '443', '2197']);
		expect(provider?.ports.filter((port) => port.historical).map((port) => port.text)).toEqual(['2195', '2196']);
		expect(provider?.historical).toBe(false);
		// The arrow names the live ports; the retired ones are in the connections table.
		expect(provider?.label).toBe('443, 2197');
		expect(provider?.evidence).toBe('derived');
		expect(provider?.derivations.length).toBeGreaterThan(0);
	});

	test('carry the conditions of ports that are only sometimes needed', () => {
		const fcm = edge(topology, 'device', 'fcm');
		expect(fcm?.ports.find((port) => port.text === '5229-5230')?.condition).toBeTruthy();
		expect(fcm?.ports.find((port) => port.text === '5228')?.condition).toBeUndefined();
	});

	test('include every pattern connection of the placement, with its evidence', () => {
		const ids = topology.edges.map((candidate) => candidate.id);
		for (const connection of pattern.connections.filter((item) => item.placements.length === 0)) {
			expect(ids).toContain(`connection:${connection.id}`);
		}
		expect(ids).not.toContain('connection:device-owner-to-manager');
		expect(edge(topology, 'administrator', 'manager')?.evidence).toBe('stated');
		expect(edge(topology, 'load-balancer', 'worker')?.evidence).toBe('derived');
	});

	test('only link nodes that are drawn', () => {
		const ids = new Set(topology.nodes.map((node) => node.id));
		for (const candidate of topology.edges) {
			expect(ids.has(candidate.from)).toBe(true);
			expect(ids.has(candidate.to)).toBe(true);
		}
	});
});

describe('what a placement leaves out of its diagram', () => {
	const omittedPairs = (placement: string) =>
		view(placement).omitted.map(({ edge: item }) => `${item.from}->${item.to}`);

	test('draws no role the pattern gives no machine, but names its flows', () => {
		for (const placement of ['private-network', 'user-facing']) {
			const ids = view(placement).nodes.map((node) => node.id);
			expect(ids).not.toContain('analytics');
			expect(ids).not.toContain('broker');
			expect(omittedPairs(placement)).toEqual(expect.arrayContaining(['worker->analytics', 'manager->broker']));
		}
	});

	test('drops the flows of end users where the manager is kept from them', () => {
		expect(omittedPairs('private-network')).toContain('device-owner->load-balancer');
		expect(edge(view('user-facing'), 'device-owner', 'load-balancer')).toBeDefined();
	});

	test('lets nothing outside the private network call into it', () => {
		expect(edge(view('private-network'), 'load-balancer', 'manager')).toBeUndefined();
		expect(omittedPairs('private-network')).toContain('load-balancer->manager');
		expect(portNumbers(view('user-facing'), 'load-balancer', 'manager')).toEqual(['9443', '9763']);
		expect(edge(view('private-network'), 'manager', 'worker')).toBeDefined();
	});

	test('draws a connection and the port rules of the same pair as one arrow', () => {
		const toWorkers = view('private-network').edges.filter(
			(item) => item.from === 'load-balancer' && item.to === 'worker',
		);
		expect(toWorkers.map((item) => item.id)).toEqual(['connection:load-balancer-to-worker']);
		expect(toWorkers[0]?.ports.map((port) => port.text)).toEqual(['9444', '9764', '8244', '8281']);
	});
});

describe('buildTopology', () => {
	test('refuses a placement the pattern does not have', () => {
		expect(() => view('on-the-moon')).toThrow('no manager placement "on-the-moon"');
	});

	test('describes the view in words for the diagram description', () => {
		const text = describeTopology(view('user-facing'));
		expect(text).toContain('Manager reachable by end users.');
		expect(text).toContain('Android and iOS devices to NGINX load balancer: 80, 443');
		expect(text).toContain('End users to Manager node');
	});
});
