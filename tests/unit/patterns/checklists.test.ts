import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import { beforeYouBegin, type Checklist } from '../../../src/lib/patterns/checklists.ts';
import { formatPort } from '../../../src/core/port-range.ts';
import { roleChecklists } from '../../../src/lib/patterns/role-checklists.ts';
import type { DeploymentPattern } from '../../../src/schemas/deployment-pattern.ts';

const pattern = atlas.deploymentPatterns.find((candidate) => candidate.id === 'iot-server-ha')!;
const ids = (checklist: Checklist) => checklist.groups.flatMap((group) => group.items.map((item) => item.id));
const group = (checklist: Checklist, id: string) => checklist.groups.find((candidate) => candidate.id === id)!;
const texts = (checklist: Checklist, groupId: string) => group(checklist, groupId).items.map((item) => item.text);

describe('the "before you begin" checklist', () => {
	const checklist = beforeYouBegin(pattern, atlas);

	test('has an id of its own, and no item id twice', () => {
		expect(checklist.id).toBe('iot-server-ha:before-you-begin');
		expect(new Set(ids(checklist)).size).toBe(ids(checklist).length);
	});

	test('lists the machines of the seed with their sizes', () => {
		const machines = texts(checklist, 'machines').join('\n');
		// Seed: Manager 1 VM, Worker 2 VMs, Key manager 2 VMs, DBs 1 MySQL instance; 4 cores and 4 GB each.
		expect(machines).toContain('Manager node: 1 VM, with 4 cores, 4 GB memory');
		expect(machines).toContain('Worker node: 2 VMs, each with 4 cores, 4 GB memory');
		expect(machines).toContain('Key manager node: 2 VMs, each with 4 cores, 4 GB memory');
		expect(machines).toContain('MySQL database: 1 instance of MySQL');
		expect(machines).toContain('NGINX load balancer');
	});

	test('lists every port still in use, per role, and leaves the historical ones out with a note', () => {
		const ports = group(checklist, 'ports');
		// The pattern's roles: its load balancer, its tiers and its clients; Analytics and Broker are not among them.
		const roles = new Set([pattern.loadBalancer, ...pattern.tiers.map((tier) => tier.role), ...pattern.clients]);
		const mine = atlas.ports.filter((port) => roles.has(port.role));
		const current = mine.filter((port) => port.status.kind === 'current');
		expect(ports.items.map((item) => item.id)).toEqual(current.map((port) => `port:${port.id}`));
		expect(ports.items.every((item) => item.href?.startsWith('/ports/#'))).toBe(true);
		const historical = mine.filter((port) => port.status.kind === 'historical');
		expect(ports.notes).toHaveLength(historical.length);
		// Seed: 2195 and 2196, which Apple has since retired.
		expect(ports.notes.join(' ')).toMatch(/TCP 2195.*TCP 2196/s);
	});

	test('names the role on each port and says when a port is only sometimes needed', () => {
		const ports = group(checklist, 'ports').items;
		expect(ports.find((item) => item.id === 'port:load-balancer-https-443')?.text).toBe(
			// Devices, administrators and end users all enter through NGINX on 443.
			'NGINX load balancer: allow inbound TCP 443 from Android and iOS devices, Administrators, End users (HTTPS)',
		);
		expect(ports.find((item) => item.id === 'port:fcm-device-5229-5230')?.notes[0]).toMatch(/^Condition: /);
	});

	test('asks where the roles the pattern gives no machine run, with the ports their callers use', () => {
		const decisions = group(checklist, 'decisions').items;
		for (const role of ['analytics', 'broker']) {
			const item = decisions.find((candidate) => candidate.id === `decision:host:${role}`);
			expect(item?.text).toContain('no machine of its own');
			const called = atlas.ports.filter((port) => port.role === role && port.status.kind === 'current');
			for (const port of called) expect(item?.notes.join(' ')).toContain(`TCP ${formatPort(port.port)}`);
		}
	});

	test('asks how to admit each push service the devices reach', () => {
		expect(ids(checklist)).toEqual(expect.arrayContaining(['endpoint:fcm', 'endpoint:apns']));
	});

	test('plans one database per datasource the product ships', () => {
		const item = group(checklist, 'database').items.find((candidate) => candidate.id === 'database:datasources');
		const shipped = atlas.datasources.filter((datasource) => datasource.productName === 'IoT Server');
		expect(item?.text).toContain(`each of the ${shipped.length} datasources`);
		for (const datasource of shipped) expect(item?.notes.join(' ')).toContain(datasource.name);
	});

	test('keeps its item ids when the wording of the data changes', () => {
		const reworded: DeploymentPattern = structuredClone(pattern);
		reworded.managerPlacements[0]!.title = 'Somewhere else entirely';
		reworded.connections[0]!.purpose = 'Reworded.';
		expect(ids(beforeYouBegin(reworded, atlas))).toEqual(ids(checklist));
	});
});

describe('the set-up list of each role', () => {
	const lists = roleChecklists(pattern, atlas);
	const list = (role: string) => lists.find((candidate) => candidate.id === `iot-server-ha:setup:${role}`)!;

	test('exist for the load balancer and every tier, in that order', () => {
		expect(lists.map((candidate) => candidate.id)).toEqual([
			`iot-server-ha:setup:${pattern.loadBalancer}`,
			...pattern.tiers.map((tier) => `iot-server-ha:setup:${tier.role}`),
		]);
	});

	test('have unique item ids', () => {
		for (const candidate of lists) expect(new Set(ids(candidate)).size).toBe(ids(candidate).length);
	});

	test('give the load balancer its two inbound ports and its link to the workers', () => {
		expect(ids(list('load-balancer'))).toEqual([
			'provision',
			'port:load-balancer-http-80',
			'port:load-balancer-https-443',
			'connection:load-balancer-to-worker',
		]);
	});

	test('give the manager its profile, current ports, links, users, placement and background tasks, without retired ports', () => {
		const manager = ids(list('manager'));
		expect(manager).toEqual(
			expect.arrayContaining([
				'provision',
				'profile',
				'connection:manager-to-key-manager',
				'connection:manager-to-database',
				'connection:administrator-to-manager',
				'connection:device-owner-to-manager',
				'placement',
				'task:device-location',
				'task:installed-applications',
			]),
		);
		// Its current ports (the Device Manager profile's 9443/9763, the HTTP/2 APNs provider 443/2197), never 2195/2196.
		const managerPorts = atlas.ports.filter((port) => port.role === 'manager');
		expect(manager.filter((id) => id.startsWith('port:'))).toEqual(
			managerPorts.filter((port) => port.status.kind === 'current').map((port) => `port:${port.id}`),
		);
		expect(manager).not.toContain('port:apns-provider-2195');
		expect(manager).not.toContain('port:apns-feedback-2196');
		expect(list('manager').groups[0]!.notes.join(' ')).toContain('TCP 2195');
	});

	test('say which placement a connection belongs to, and mark derived links', () => {
		const items = list('manager').groups[0]!.items;
		expect(items.find((item) => item.id === 'connection:device-owner-to-manager')?.notes).toContain(
			'Only with: Manager reachable by end users.',
		);
		expect(items.find((item) => item.id === 'connection:manager-to-database')?.notes.join(' ')).toMatch(/^.*Derived: /);
		expect(items.find((item) => item.id === 'profile')?.text).toBe('Run the Device Manager profile');
	});

	test('give the database one item per shipped datasource', () => {
		const shipped = atlas.datasources.filter((datasource) => datasource.productName === 'IoT Server');
		expect(ids(list('database')).filter((id) => id.startsWith('datasource:'))).toEqual(
			shipped.map((datasource) => `datasource:${datasource.id}`),
		);
	});
});
