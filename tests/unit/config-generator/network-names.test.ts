import { describe, expect, test } from 'vitest';
import {
	hostProblem,
	isHostName,
	isIpv4,
	isIpv6,
	portProblem,
} from '../../../src/lib/config-generator/network-names.ts';

describe('hosts', () => {
	test.each(['192.0.2.10', '10.0.0.1', '255.255.255.255', '0.0.0.0'])('accepts the IPv4 address %s', (host) => {
		expect(isIpv4(host)).toBe(true);
		expect(hostProblem(host)).toBeUndefined();
	});

	test.each(['2001:db8::10', '::1', 'fe80::1', '::ffff:192.0.2.1'])('accepts the IPv6 address %s', (host) => {
		expect(isIpv6(host)).toBe(true);
		expect(hostProblem(host)).toBeUndefined();
	});

	test.each(['node1', 'mgt.esb.example.com', 'a-b.example', 'x'.repeat(63) + '.example'])(
		'accepts the host name %s',
		(host) => {
			expect(isHostName(host)).toBe(true);
			expect(hostProblem(host)).toBeUndefined();
		},
	);

	test.each([
		['', 'is empty: enter a host name or an IP address'],
		['node 1', 'contains a space; a host name or IP address has none'],
		['192.0.2.300', 'is not an IPv4 address: it needs four numbers from 0 to 255, e.g. 192.0.2.10'],
		['10.0.0', 'is not an IPv4 address: it needs four numbers from 0 to 255, e.g. 192.0.2.10'],
		['-node.example.com', expect.stringMatching(/^is not a host name or IP address/)],
		['node_1.example.com', expect.stringMatching(/^is not a host name or IP address/)],
		['<script>alert(1)</script>', expect.stringMatching(/^is not a host name or IP address/)],
		['a..b', expect.stringMatching(/^is not a host name or IP address/)],
		['2001:db8:::1', expect.stringMatching(/^is not a host name or IP address/)],
		['x'.repeat(64) + '.example', expect.stringMatching(/^is not a host name or IP address/)],
		[`${'a.'.repeat(127)}ab`, 'is longer than the 253 characters a host name can have'],
	])('rejects %j with a reason', (host, reason) => {
		expect(hostProblem(host)).toEqual(reason);
	});
});

describe('ports', () => {
	test.each(['1', '4000', '65535'])('accepts %s', (port) => expect(portProblem(port)).toBeUndefined());

	test.each([
		['', 'is empty: enter a port from 1 to 65535'],
		['0', 'is out of range: enter a port from 1 to 65535'],
		['65536', 'is out of range: enter a port from 1 to 65535'],
		['-1', 'is not a whole number: enter a port from 1 to 65535'],
		['40.5', 'is not a whole number: enter a port from 1 to 65535'],
		['4e3', 'is not a whole number: enter a port from 1 to 65535'],
		['123456', 'is not a whole number: enter a port from 1 to 65535'],
	])('rejects %j with a reason', (port, reason) => expect(portProblem(port)).toBe(reason));
});
