import type { AtlasData } from '../../data/dataset.ts';
import type { ExternalEndpoint } from '../../schemas/external-endpoint.ts';
import type { NodeRole } from '../../schemas/node-role.ts';
import type { Port } from '../../schemas/port.ts';
import {
	DEFAULT_CLUSTER_SETTINGS,
	productCluster,
	type ClusterData,
	type ClusterSettings,
} from '../patterns/product-cluster.ts';
import { machineCounts } from '../ports/firewall/from-atlas.ts';
import { firewallRoles, planFirewall, type FirewallPlan } from '../ports/firewall/plan.ts';
import { clusterPath, firewallPath, portPagePath } from '../shared/paths.ts';
import { outputsFor, type OutputContext, type RoleOutput } from './role-outputs.ts';

/**
 * A cluster whose machines get generated outputs: the IoT Server pattern, or a product's
 * worker/manager cluster. Both are the same records (roles, endpoints, port rules), so one page
 * template serves them; only names and addresses differ.
 */
export interface OutputCluster {
	/** "iot-server-ha", or the product id. */
	id: string;
	/** How pages name it, e.g. "the IoT Server high-availability cluster". */
	name: string;
	context: OutputContext;
	roles: readonly NodeRole[];
	endpoints: readonly ExternalEndpoint[];
	ports: readonly Port[];
	machineCounts?: ReadonlyMap<string, number>;
	/** The page of one machine's outputs; without an output id, the page of its first. */
	path: (roleId: string, outputId?: string) => string;
	/** Where a flow of the cluster is explained. */
	flowPath: (ruleId: string) => string;
}

/** The machines of a cluster that get outputs: every non-client role with a flow. */
export function machinesOf(cluster: OutputCluster): NodeRole[] {
	return firewallRoles(cluster.roles, cluster.ports);
}

export function planOf(cluster: OutputCluster, roleId: string, includeHistorical = false): FirewallPlan {
	return planFirewall(roleId, {
		roles: cluster.roles,
		endpoints: cluster.endpoints,
		ports: cluster.ports,
		...(cluster.machineCounts === undefined ? {} : { machineCounts: cluster.machineCounts }),
		includeHistorical,
	});
}

const withOutput = (base: string, outputId?: string) => (outputId === undefined ? base : `${base}${outputId}/`);

export function iotOutputCluster(atlas: AtlasData): OutputCluster {
	const pattern = atlas.deploymentPatterns[0];
	return {
		id: pattern?.id ?? 'iot-server-ha',
		name: 'the IoT Server high-availability cluster',
		context: {
			slug: 'iot',
			clusterName: pattern?.name ?? 'WSO2 IoT Server cluster',
			affinityFacts: atlas.sessionAffinity,
			placements: pattern?.managerPlacements ?? [],
		},
		roles: atlas.nodeRoles,
		endpoints: atlas.externalEndpoints,
		ports: atlas.ports,
		machineCounts: machineCounts(atlas),
		path: (roleId, outputId) => withOutput(firewallPath(roleId), outputId),
		flowPath: portPagePath,
	};
}

/** What a product's cluster and its outputs are worked out from: the cluster data and the affinity facts. */
export type ProductOutputData = ClusterData & Pick<AtlasData, 'sessionAffinity'>;

export function productOutputCluster(
	data: ProductOutputData,
	productId: string,
	settings: ClusterSettings = DEFAULT_CLUSTER_SETTINGS,
): OutputCluster {
	const cluster = productCluster(data, productId, settings);
	const { product } = cluster;
	return {
		id: product.id,
		name: `the ${product.abbreviation} cluster`,
		context: {
			slug: product.abbreviation.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
			clusterName: cluster.pattern.name,
			product: {
				id: product.id,
				name: product.name,
				...(settings.version === undefined ? {} : { version: settings.version }),
			},
			affinityFacts: data.sessionAffinity,
			placements: cluster.pattern.managerPlacements,
		},
		roles: cluster.nodeRoles,
		endpoints: [],
		ports: cluster.ports,
		machineCounts: new Map(cluster.pattern.tiers.map((tier) => [tier.role, tier.count])),
		path: (roleId, outputId) => withOutput(`${clusterPath(product.id)}${roleId}/`, outputId),
		flowPath: (ruleId) => `${clusterPath(product.id)}#flow-${ruleId}`,
	};
}

/** One page of machine outputs: the machine, the output, and the last address segment (none for the first output). */
export interface OutputPage {
	role: NodeRole;
	output: RoleOutput;
	segment: string | undefined;
}

/** Every output page of a cluster: per machine, its first output at the machine's address, the rest below it. */
export function outputPages(cluster: OutputCluster): OutputPage[] {
	return machinesOf(cluster).flatMap((role) =>
		outputsFor(planOf(cluster, role.id)).map((output, index) => ({
			role,
			output,
			segment: index === 0 ? undefined : output.id,
		})),
	);
}

/** The file name of an output that also opens the retired ports. */
export const withHistorical = (fileName: string) => `with-historical-${fileName}`;

/** True when the machine has flows on retired ports, so a variant that opens them differs. */
export function hasHistorical(cluster: OutputCluster, roleId: string): boolean {
	const count = (plan: FirewallPlan) => plan.inbound.length + plan.outbound.length;
	return count(planOf(cluster, roleId, true)) > count(planOf(cluster, roleId));
}

/**
 * Every downloadable file of a cluster: per machine and output, its text under its file name,
 * and where the machine has flows on retired ports, the variant that opens them too.
 */
export function outputFiles(cluster: OutputCluster): { role: NodeRole; fileName: string; text: string }[] {
	return machinesOf(cluster).flatMap((role) => {
		const plan = planOf(cluster, role.id);
		const historical = hasHistorical(cluster, role.id) ? planOf(cluster, role.id, true) : undefined;
		return outputsFor(plan).flatMap((output) => {
			const fileName = output.fileName(plan, cluster.context);
			return [
				{ role, fileName, text: output.text(plan, cluster.context) },
				...(historical === undefined
					? []
					: [{ role, fileName: withHistorical(fileName), text: output.text(historical, cluster.context) }]),
			];
		});
	});
}
