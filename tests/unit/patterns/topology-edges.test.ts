import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import { portEdges } from '../../../src/lib/patterns/topology-edges.ts';

const providerPorts = atlas.ports.filter((port) => port.role === 'manager' && port.destination === 'apns');
const retired = providerPorts.filter((port) => port.status.kind === 'historical');

describe('port edges', () => {
	test('put a pair’s ports on one arrow, named by the live ones when there are any', () => {
		const [edge] = portEdges(providerPorts);
		// Facts: the HTTP/2 provider API on 443 or 2197 replaced the binary interface on 2195 and 2196.
		expect(edge?.label).toBe('443, 2197');
		expect(edge?.historical).toBe(false);
		expect(edge?.ports.map((port) => port.text)).toEqual(['2195', '2196', '443', '2197']);
	});

	test('mark an arrow whose every port is retired as historical', () => {
		const [edge] = portEdges(retired);
		expect(edge?.label).toBe('2195, 2196 (historical)');
		expect(edge?.historical).toBe(true);
	});

	test('give a rule with several callers to the arrow of each', () => {
		const https = atlas.ports.filter((port) => port.id === 'load-balancer-https-443');
		expect(portEdges(https).map((edge) => edge.from)).toEqual(['device', 'administrator', 'device-owner']);
	});
});
