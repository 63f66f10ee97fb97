import { planFirewall, firewallRoles, type FirewallPlan } from '../../../src/lib/ports/firewall/plan.ts';
import { ExternalEndpointSchema } from '../../../src/schemas/external-endpoint.ts';
import { NodeRoleSchema } from '../../../src/schemas/node-role.ts';
import { PortSchema } from '../../../src/schemas/port.ts';
import { makeExternalEndpoint, makeNodeRole, makePort } from '../fixtures/factories.ts';

/**
 * A small product cluster that is not IoT Server, to show the deployment generators read only
 * the flows: an ESB-style cluster of a load balancer, a manager, two workers and a database.
 * The load balancer forwards 8280/8243 to the workers, administrators reach the manager on 9443
 * directly, members talk Hazelcast on 4000, every node uses the database on 3306; a UDP
 * multicast port, a port range and two external services (with and without address blocks)
 * cover what the generators do with each kind of flow.
 */
const roles = [
	makeNodeRole({ id: 'load-balancer', name: 'Load balancer', kind: 'load-balancer', exampleAddresses: ['192.0.2.50'] }),
	makeNodeRole({ id: 'manager', name: 'ESB manager', exampleAddresses: ['192.0.2.51'] }),
	makeNodeRole({ id: 'worker', name: 'ESB worker', exampleAddresses: ['192.0.2.52', '192.0.2.53'] }),
	makeNodeRole({ id: 'database', name: 'Database', kind: 'database', exampleAddresses: ['192.0.2.60'] }),
	makeNodeRole({ id: 'user', name: 'Service consumers', kind: 'client' }),
	makeNodeRole({ id: 'admin', name: 'Administrators', kind: 'client' }),
].map((role) => NodeRoleSchema.parse(role));

const endpoints = [
	makeExternalEndpoint({
		id: 'partner-api',
		name: 'Partner API',
		abbreviation: 'Partner',
		hostnames: ['api.partner.example'],
		addressBlocks: ['198.51.100.0/24'],
	}),
	makeExternalEndpoint({
		id: 'mail',
		name: 'Mail relay',
		abbreviation: 'SMTP',
		hostnames: ['*.mail.example', 'smtp.mail.example'],
	}),
].map((endpoint) => ExternalEndpointSchema.parse(endpoint));

const inbound = (
	id: string,
	role: string,
	port: number | { from: number; to: number },
	source: string[],
	service: string,
	extra = {},
) => makePort({ id, port, role, destination: role, source, service, ...extra });

const ports = [
	inbound('lb-http-80', 'load-balancer', 80, ['user'], 'HTTP'),
	inbound('lb-https-443', 'load-balancer', 443, ['user'], 'HTTPS'),
	inbound('worker-http-8280', 'worker', 8280, ['load-balancer'], 'HTTP pass-through'),
	inbound('worker-https-8243', 'worker', 8243, ['load-balancer'], 'HTTPS pass-through'),
	inbound('manager-https-9443', 'manager', 9443, ['admin'], 'Management console HTTPS'),
	inbound('worker-hazelcast-4000', 'worker', 4000, ['manager', 'worker'], 'Hazelcast'),
	inbound('manager-hazelcast-4000', 'manager', 4000, ['manager', 'worker'], 'Hazelcast'),
	inbound('manager-multicast-45564', 'manager', 45564, ['worker'], 'Hazelcast multicast', {
		protocol: 'udp',
		requirement: { kind: 'conditional', condition: 'only with multicast membership' },
	}),
	inbound('manager-thrift-7611', 'manager', { from: 7611, to: 7612 }, ['worker'], 'Thrift events'),
	inbound('database-mysql-3306', 'database', 3306, ['manager', 'worker'], 'MySQL'),
	makePort({
		id: 'partner-https-443',
		port: 443,
		direction: 'outbound',
		role: 'worker',
		source: 'worker',
		destination: 'partner-api',
		service: 'Partner HTTPS',
	}),
	makePort({
		id: 'mail-smtp-587',
		port: 587,
		direction: 'outbound',
		role: 'manager',
		source: 'manager',
		destination: 'mail',
		service: 'SMTP submission',
	}),
].map((port) => PortSchema.parse(port));

const input = { roles, endpoints, ports, machineCounts: new Map([['worker', 2]]) };

/** Every role of the synthetic cluster that carries flows, with its plan. */
export const syntheticPlans: [string, FirewallPlan][] = firewallRoles(roles, ports).map((role) => [
	`synthetic ${role.id}`,
	planFirewall(role.id, input),
]);
