import { expect, test } from 'vitest';
import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import { portTitle } from '../../../src/lib/ports/port-titles.ts';

const atlas = loadDataSet(rawDataSet);

test('titles start with the port and protocol and say where the rule sits', () => {
	const port = atlas.ports.find((candidate) => candidate.id === 'fcm-device-5229-5230')!;
	expect(portTitle(port, 'Android and iOS devices')).toBe(
		`Port 5229-5230/TCP: ${port.service} from the Android and iOS devices`,
	);
	const inbound = atlas.ports.find((candidate) => candidate.id === 'load-balancer-https-443')!;
	expect(portTitle(inbound, 'NGINX load balancer')).toBe('Port 443/TCP: HTTPS on the NGINX load balancer');
});

test('every port rule gets a distinct title', () => {
	const names = new Map(atlas.nodeRoles.map((role) => [role.id, role.name]));
	const titles = atlas.ports.map((port) => portTitle(port, names.get(port.role)!));
	expect(new Set(titles).size).toBe(titles.length);
});
