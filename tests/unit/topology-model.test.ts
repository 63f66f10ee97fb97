import { describe, expect, test } from 'vitest';
import { atlas } from '../../src/data/index.ts';
import { buildTopology, describeTopology, type TopologyView } from '../../src/lib/topology-model.ts';

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
		expect(nodes.get('worker')?.details).toEqual(['2 VMs', '4 cores, 4 GB each']);
		expect(nodes.get('key-manager')?.details).toEqual(['2 VMs', '4 cores, 4 GB each']);
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
		expect(portNumbers(topology, 'device', 'load-balancer')).toEqual(['80', '443']);
		expect(portNumbers(topology, 'device', 'fcm')).toEqual(['5228', '5229-5230']);
		expect(portNumbers(topology, 'device', 'apns')).toEqual(['5223', '443']);
	});

	test('mark the legacy APNs provider ports as historical and derived', () => {
		const legacy = edge(topology, 'manager', 'apns');
		expect(legacy?.ports.map((port) => port.text)).toEqual(['2195', '2196']);
		expect(legacy?.historical).toBe(true);
		expect(legacy?.evidence).toBe('derived');
		expect(legacy?.label).toContain('historical');
		expect(legacy?.derivations.length).toBeGreaterThan(0);
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

describe('buildTopology', () => {
	test('refuses a placement the pattern does not have', () => {
		expect(() => view('on-the-moon')).toThrowError('no manager placement "on-the-moon"');
	});

	test('describes the view in words for the diagram description', () => {
		const text = describeTopology(view('user-facing'));
		expect(text).toContain('Manager reachable by end users.');
		expect(text).toContain('Android and iOS devices to NGINX load balancer: 80, 443');
		expect(text).toContain('End users to Manager node');
	});
});
