import type { AtlasData } from '../../data/dataset.ts';
import type { CataloguePort } from '../../schemas/catalogue-port.ts';
import type { DeploymentPattern } from '../../schemas/deployment-pattern.ts';
import type { NodeRole } from '../../schemas/node-role.ts';
import type { Port } from '../../schemas/port.ts';
import type { Product } from '../../schemas/product.ts';
import { compareVersions } from '../../core/versions.ts';
import { productCatalogue, type CatalogueEntry } from '../ports/catalogue.ts';

/**
 * The worker/manager cluster of one product, worked out from its default ports: the same
 * records (a deployment pattern, node roles, port rules) the IoT Server pattern is written in,
 * so the topology, checklists and every generator read a product cluster exactly as they read
 * that pattern. Nothing here is typed per product: the rules below turn the catalogue into flows.
 *
 * - Client applications reach the load balancer on 443 (80 only to be redirected).
 * - The load balancer sends service traffic to the workers on the product's service ports; a
 *   product with none of its own serves requests on the servlet transports.
 * - Administrators reach the console of the node that loads it (the manager) directly, so it
 *   can stay behind an internal firewall, as the separation pattern intends.
 * - Members reach each other on the membership port of the chosen scheme.
 * - Every node reaches the shared database on its port, a setting (MySQL's 3306 by default).
 */

export type ClusterData = Pick<
	AtlasData,
	'products' | 'separationModes' | 'carbonPorts' | 'sharedPorts' | 'clusterRoles' | 'separationPatterns'
>;

export type MembershipScheme = NonNullable<CataloguePort['scheme']>;

export interface ClusterSettings {
	/** Hazelcast membership scheme; wka is the one the clustering guide's examples use. */
	scheme: MembershipScheme;
	/** The shared database's port. */
	databasePort: number;
	/** The product version the cluster runs; ports bound to other versions are left out. Unset: every version. */
	version?: string;
}

export const DEFAULT_CLUSTER_SETTINGS: ClusterSettings = { scheme: 'wka', databasePort: 3306 };

export interface ProductCluster {
	product: Product;
	settings: ClusterSettings;
	pattern: DeploymentPattern;
	nodeRoles: NodeRole[];
	ports: Port[];
}

/** The sources of the pattern itself, which every flow rests on besides its port's own sources. */
export const CLUSTER_SOURCES = ['seed-worker-manager', 'wso2-worker-manager-current'] as const;

/** Products that use worker/manager separation, and so get a cluster. */
export function clusterProducts(data: Pick<ClusterData, 'products' | 'separationModes'>): Product[] {
	const separated = new Set(data.separationModes.filter((mode) => mode.usesSeparation).map((mode) => mode.id));
	return data.products.filter((product) => separated.has(product.separationMode));
}

function inbound(
	id: string,
	entry: Pick<CataloguePort, 'port' | 'protocol' | 'service'> & { sources: readonly string[] },
	role: string,
	source: string[],
	purpose: string,
	derivation: string,
	conditional?: string,
): Port {
	if (entry.port === 'random') throw new Error(`${id}: a random port cannot carry a flow`);
	return {
		id,
		port: entry.port,
		protocol: entry.protocol,
		direction: 'inbound',
		role,
		source,
		destination: role,
		service: entry.service,
		purpose,
		requirement: conditional === undefined ? { kind: 'always' } : { kind: 'conditional', condition: conditional },
		status: { kind: 'current' },
		evidence: 'derived',
		derivation,
		sources: [...new Set([...entry.sources, ...CLUSTER_SOURCES])],
	};
}

const fixedPorts = (entries: readonly CatalogueEntry[], use: CataloguePort['use']) =>
	entries.filter((entry) => entry.port.use === use && entry.port.port !== 'random').map((entry) => entry.port);

/** The ports the load balancer forwards to the workers: the service ports, else the servlet transports. */
function servicePorts(entries: readonly CatalogueEntry[]): { ports: CataloguePort[]; own: boolean } {
	const service = fixedPorts(entries, 'service');
	if (service.length > 0) return { ports: service, own: true };
	return { ports: fixedPorts(entries, 'management').filter((port) => port.service.includes('servlet')), own: false };
}

/** The cluster of one product that uses the separation; throws for any other. */
export function productCluster(
	data: ClusterData,
	productId: string,
	settings: ClusterSettings = DEFAULT_CLUSTER_SETTINGS,
): ProductCluster {
	const product = clusterProducts(data).find((candidate) => candidate.id === productId);
	if (product === undefined) throw new Error(`${productId} does not use worker/manager separation`);
	const entries = productCatalogue(data, product.id).filter((entry) => inVersion(entry.port, settings.version));
	const abbreviation = product.abbreviation;
	const ports: Port[] = [];

	const https = { port: 443, protocol: 'tcp', service: 'HTTPS', sources: [] } as const;
	const http = { port: 80, protocol: 'tcp', service: 'HTTP', sources: [] } as const;
	const entry = 'Every worker/manager cluster is reached through a load balancer in front of its nodes.';
	ports.push(
		inbound('lb-https-443', https, 'load-balancer', ['client-application'], 'The cluster’s TLS entry point.', entry),
		inbound(
			'lb-http-80',
			http,
			'load-balancer',
			['client-application'],
			'Plain HTTP, answered with a redirect to 443.',
			entry,
			'Only where clients may still arrive over plain HTTP.',
		),
	);

	const { ports: served, own } = servicePorts(entries);
	const exposed = separationRoles(data).filter((role) => role.exposure === 'external');
	for (const port of exposed.flatMap((role) => served.map((servedPort) => ({ role: role.id, port: servedPort })))) {
		ports.push(
			inbound(
				`lb-${port.role}-${port.port.port}`,
				port.port,
				port.role,
				['load-balancer'],
				`${port.port.service}: the requests ${abbreviation} serves, spread over the workers.`,
				own
					? `Workers serve requests, and ${abbreviation} opens this port for the traffic it serves.`
					: `Workers serve requests, and ${abbreviation} has no transport of its own, so requests arrive on its servlet transport.`,
			),
		);
	}

	const consoles = fixedPorts(entries, 'management').filter((port) => port.service.startsWith('HTTPS'));
	for (const role of separationRoles(data).filter((candidate) => candidate.loadsManagementConsole)) {
		for (const port of consoles) {
			ports.push(
				inbound(
					`${role.id}-console-${port.port}`,
					port,
					role.id,
					['administrator'],
					`${port.service}: administrators use the management console here, from the internal network.`,
					'Only management nodes load the management console, and they may be kept behind an internal firewall for internal clients only.',
				),
			);
		}
	}

	const members = fixedPorts(entries, 'membership').filter((port) => port.scheme === settings.scheme);
	for (const port of members) {
		const why = `Members of a ${settings.scheme} cluster reach each other here.`;
		ports.push(
			inbound(`manager-members-${port.port}`, port, 'manager', ['worker'], `${port.service}: ${why}`, why),
			inbound(`worker-members-${port.port}`, port, 'worker', ['manager', 'worker'], `${port.service}: ${why}`, why),
		);
	}

	const database = {
		port: settings.databasePort,
		protocol: 'tcp',
		service: 'Database',
		sources: settings.databasePort === DEFAULT_CLUSTER_SETTINGS.databasePort ? ['mysql-default-port'] : [],
	} as const;
	ports.push(
		inbound(
			`database-${settings.databasePort}`,
			database,
			'database',
			['manager', 'worker'],
			'Every node reads and writes the shared registry and user-store databases.',
			'The nodes of a cluster share their registry and user-store databases.',
		),
	);

	const roleIds = new Set(ports.flatMap((port) => [port.role, ...port.source]));
	return {
		product,
		settings,
		pattern: clusterPattern(product),
		nodeRoles: data.clusterRoles.filter((role) => roleIds.has(role.id)),
		ports,
	};
}

/** Whether a port is opened by the version, when a version is given and the port's record bounds its versions. */
export function inVersion(port: Pick<CataloguePort, 'versions'>, version: string | undefined): boolean {
	if (version === undefined || port.versions === undefined) return true;
	const { from, through } = port.versions;
	return (
		(from === undefined || compareVersions(version, from) >= 0) &&
		(through === undefined || compareVersions(version, through) <= 0)
	);
}

/** The roles of the worker/manager separation pattern (what each exposes, which loads the console). */
function separationRoles(data: Pick<ClusterData, 'separationPatterns'>) {
	return data.separationPatterns.flatMap((pattern) => pattern.roles);
}

/** The deployment pattern a product cluster is drawn from: one manager, two workers, the database. */
function clusterPattern(product: Product): DeploymentPattern {
	return {
		id: `${product.id}-cluster`,
		name: `${product.name} worker/manager cluster`,
		productName: product.name,
		productVersions: product.versions.map(({ version }) => version),
		summary: `One management node and two workers behind a load balancer, sharing one database: the smallest ${product.abbreviation} cluster that keeps serving when a worker fails.`,
		tiers: [
			{ role: 'manager', count: 1, unit: 'vm' },
			{ role: 'worker', count: 2, unit: 'vm' },
			{ role: 'database', count: 1, unit: 'instance' },
		],
		loadBalancer: 'load-balancer',
		clients: ['client-application', 'administrator'],
		managerRole: 'manager',
		managerPlacements: [
			{
				id: 'workers-face-clients',
				title: 'Workers behind the load balancer, the manager for administrators',
				summary:
					'Client traffic reaches only the workers, through the load balancer; administrators reach the management node directly, so it can stay behind an internal firewall.',
				privateNetwork: [],
			},
		],
		operationDelivery: [],
		managerTasks: [],
		connections: [],
		setupSteps: [],
		sources: [...CLUSTER_SOURCES],
	};
}
