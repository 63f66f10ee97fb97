import type { CataloguePort } from '../../schemas/catalogue-port.ts';
import { problemAt, type Finding } from '../problem.ts';
import type { IntegrityCheck } from './check.ts';

type Scheme = NonNullable<CataloguePort['scheme']>;
const SCHEMES: readonly Scheme[] = ['wka', 'multicast'];

/** One flow every worker/manager cluster draws, and how to tell a port that can carry it. */
interface ClusterFlow {
	name: string;
	needs: string;
	carries: (port: CataloguePort) => boolean;
}

const fixed = (port: CataloguePort) => port.port !== 'random';
const servlet = (port: CataloguePort) => port.use === 'management' && port.service.includes('servlet');

/**
 * The flows src/lib/patterns/product-cluster.ts derives from a product's default ports. Kept
 * here as the conditions a port must meet, because the data layer may not import the library.
 */
const CLUSTER_FLOWS: readonly ClusterFlow[] = [
	{
		name: 'load balancer to workers',
		needs: 'a fixed port with use "service", or a servlet transport with use "management"',
		carries: (port) => fixed(port) && (port.use === 'service' || servlet(port)),
	},
	{
		name: 'administrators to the manager’s console',
		needs: 'a fixed HTTPS port with use "management"',
		carries: (port) => fixed(port) && port.use === 'management' && port.service.startsWith('HTTPS'),
	},
	...SCHEMES.map((scheme): ClusterFlow => ({
		name: `members of a ${scheme} cluster to each other`,
		needs: `a fixed port with use "membership" and scheme "${scheme}"`,
		carries: (port) => fixed(port) && port.use === 'membership' && port.scheme === scheme,
	})),
];

/**
 * A product that uses worker/manager separation gets a cluster drawn from its default ports; a
 * flow of that cluster whose port no record opens would be drawn without a port, or silently
 * left out. So each such product must open a port for every flow, under either membership scheme.
 */
export const clusterFlowsHavePorts: IntegrityCheck = {
	name: 'cluster-flows-have-ports',
	description:
		'a product that uses worker/manager separation opens a default port for every flow of its cluster, under either membership scheme',
	run: (data) => {
		const separated = new Set(
			data.separationModes.filter((item) => item.record.usesSeparation).map((item) => item.record.id),
		);
		const problems: Finding[] = [];
		for (const item of data.products) {
			const product = item.record;
			if (!separated.has(product.separationMode)) continue;
			const replaced = new Set(product.ports.flatMap((port) => (port.replaces === undefined ? [] : [port.replaces])));
			const opened = [
				...data.carbonPorts.map((entry) => entry.record),
				...data.sharedPorts.map((entry) => entry.record).filter((port) => port.products.includes(product.id)),
			]
				.filter((port) => !replaced.has(port.id))
				.concat(product.ports);
			for (const flow of CLUSTER_FLOWS.filter((candidate) => !opened.some(candidate.carries)))
				problems.push(
					problemAt(
						item,
						'ports',
						`opens no port for the cluster's flow "${flow.name}": it needs ${flow.needs}, among its own, shared or common ports`,
					),
				);
		}
		return problems;
	},
};
