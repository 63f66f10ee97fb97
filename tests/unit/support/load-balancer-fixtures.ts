import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import { planFromAtlas } from '../../../src/lib/ports/firewall/from-atlas.ts';
import { planFirewall, type FirewallPlan } from '../../../src/lib/ports/firewall/plan.ts';
import type { ClusterProduct } from '../../../src/lib/generators/load-balancer/lb-affinity.ts';
import type { LbInput } from '../../../src/lib/generators/load-balancer/lb-input.ts';
import { lbModel } from '../../../src/lib/generators/load-balancer/lb-model.ts';
import { defaultFormValues, type LbFormValues } from '../../../src/lib/generators/load-balancer/lb-settings.ts';
import { NodeRoleSchema } from '../../../src/schemas/node-role.ts';
import { PortSchema } from '../../../src/schemas/port.ts';
import { makeNodeRole, makePort } from '../fixtures/factories.ts';

/**
 * The clusters the load balancer generators are tested on: the IoT Server pattern's load
 * balancer from the real data, and a small made-up product cluster (load balancer, manager,
 * two workers, database) in the shape an ESB or API Manager cluster has, so nothing in the
 * generators can lean on IoT Server's ports.
 */
export const atlas = loadDataSet(rawDataSet);

export const iotPattern = atlas.deploymentPatterns.find((pattern) => pattern.loadBalancer === 'load-balancer')!;
export const iotPlan: FirewallPlan = planFromAtlas(atlas, iotPattern.loadBalancer);

const roles = [
	makeNodeRole({ id: 'load-balancer', name: 'Load balancer', kind: 'load-balancer', exampleAddresses: ['192.0.2.5'] }),
	makeNodeRole({ id: 'manager', name: 'Manager node', exampleAddresses: ['192.0.2.10'] }),
	makeNodeRole({ id: 'worker', name: 'Worker node', exampleAddresses: ['192.0.2.11', '192.0.2.12'] }),
	makeNodeRole({ id: 'database', name: 'Database', kind: 'database', exampleAddresses: ['192.0.2.20'] }),
	makeNodeRole({ id: 'client', name: 'Clients', kind: 'client' }),
].map((role) => NodeRoleSchema.parse(role));

/** An inbound rule on `role` from `source`, built with the shared port factory. */
const flow = (role: string, port: number, service: string, source: string[], extra = {}) =>
	PortSchema.parse(makePort({ id: `${role}-${port}`, port, role, destination: role, source, service, ...extra }));

const ports = [
	flow('load-balancer', 80, 'HTTP', ['client']),
	flow('load-balancer', 443, 'HTTPS', ['client']),
	flow('worker', 8280, 'PassThrough HTTP', ['load-balancer']),
	flow('worker', 8243, 'PassThrough HTTPS', ['load-balancer']),
	flow('manager', 9443, 'HTTPS', ['load-balancer']),
	// Not HTTP: the load balancer cannot proxy it, and must say so rather than drop it silently.
	flow('worker', 5353, 'Discovery', ['load-balancer'], { protocol: 'udp' }),
	flow('database', 3306, 'MySQL', ['manager', 'worker']),
];

export const syntheticPlan: FirewallPlan = planFirewall('load-balancer', {
	roles,
	endpoints: [],
	ports,
	machineCounts: new Map([['worker', 2]]),
});

/** The products the synthetic cluster is tried as: their affinity facts come from content/. */
export const esb: ClusterProduct = { id: 'enterprise-service-bus', name: 'Enterprise Service Bus', version: '5.0.0' };
export const apiManager: ClusterProduct = { id: 'api-manager', name: 'API Manager', version: '2.0.0' };

export function lbInput(
	plan: FirewallPlan,
	settings: Partial<LbFormValues> = {},
	product?: ClusterProduct,
	clusterName = 'test cluster',
): LbInput {
	return {
		plan,
		clusterName,
		...(product === undefined ? {} : { product }),
		affinityFacts: atlas.sessionAffinity,
		settings: { ...defaultFormValues(lbModel(plan)), ...settings },
	};
}

/** The roles the pattern's private placement keeps internal, among those behind the load balancer. */
export function privatePlacementRoles(): string[] {
	const placement = iotPattern.managerPlacements.find((candidate) => candidate.privateNetwork.length > 0)!;
	const reached = new Set(iotPlan.outbound.flatMap((rule) => (rule.peer.kind === 'role' ? [rule.peer.roleId] : [])));
	return placement.privateNetwork.filter((id) => reached.has(id));
}

/** Where the configurations point for the certificate and key; the tool tests pass real files. */
export interface CertificatePaths {
	certificatePath: string;
	keyPath: string;
}

/**
 * The configurations the tools check: the IoT pattern with each manager placement and each
 * NGINX affinity method, and the made-up cluster as ESB and as API Manager (whose facts make
 * some upstreams sticky), with plain HTTP kept or redirected and WebSocket on or off.
 */
export function lbCases(paths: CertificatePaths): [string, LbInput][] {
	const iotName = iotPattern.name;
	const allSites = (plan: FirewallPlan) => lbModel(plan).sites.map((site) => site.id);
	return [
		[
			'IoT pattern, manager reachable by end users, ip_hash',
			lbInput(iotPlan, { ...paths, affinityMethod: 'ip-hash' }, undefined, iotName),
		],
		[
			'IoT pattern, manager in a private network, cookie hash',
			lbInput(
				iotPlan,
				{ ...paths, affinityMethod: 'cookie-hash', privateRoles: privatePlacementRoles() },
				undefined,
				iotName,
			),
		],
		[
			'IoT pattern, plain HTTP kept, WebSocket on every site',
			lbInput(iotPlan, { ...paths, redirectHttp: false, webSocketSites: allSites(iotPlan) }, undefined, iotName),
		],
		[
			'ESB cluster, private manager, cookie hash',
			lbInput(syntheticPlan, { ...paths, affinityMethod: 'cookie-hash', privateRoles: ['manager'] }, esb),
		],
		[
			'ESB cluster, public manager, ip_hash, plain HTTP kept',
			lbInput(syntheticPlan, { ...paths, affinityMethod: 'ip-hash', redirectHttp: false }, esb),
		],
		[
			'API Manager cluster, private manager, cookie hash, WebSocket on every site',
			lbInput(
				syntheticPlan,
				{ ...paths, affinityMethod: 'cookie-hash', privateRoles: ['manager'], webSocketSites: allSites(syntheticPlan) },
				apiManager,
			),
		],
	];
}
