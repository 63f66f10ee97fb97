import type { NodeRoleInput } from '../src/schemas/node-role.ts';

/**
 * The machines and people of a product's worker/manager cluster, the one every product that
 * uses the separation gets (src/lib/patterns/product-cluster.ts). Ids are their own namespace:
 * the IoT Server pattern's roles, in node-roles.ts, describe that deployment only. Example
 * addresses match the IoT pattern's for the same kind of machine, so the site shows one example
 * network throughout.
 */
export const clusterRoles = [
	{
		id: 'load-balancer',
		name: 'Load balancer',
		kind: 'load-balancer',
		summary:
			'Takes the cluster’s traffic from outside and spreads it over the workers; administrators reach the manager through it by a host name of its own.',
		exampleAddresses: ['192.0.2.5'],
		sources: ['seed-worker-manager', 'wso2-esb-clustering'],
	},
	{
		id: 'manager',
		name: 'Management node',
		kind: 'wso2-node',
		summary:
			'Loads the management console, adds artifacts and changes the configuration; it can sit behind an internal firewall.',
		exampleAddresses: ['192.0.2.10'],
		sources: ['seed-worker-manager', 'wso2-worker-manager-current'],
	},
	{
		id: 'worker',
		name: 'Worker node',
		kind: 'wso2-node',
		summary: 'Deploys what the manager adds, reads the configuration and serves requests; the only node clients reach.',
		exampleAddresses: ['192.0.2.11', '192.0.2.12'],
		sources: ['seed-worker-manager', 'wso2-worker-manager-current'],
	},
	{
		id: 'database',
		name: 'Shared database',
		kind: 'database',
		summary: 'Holds the registry and user-store databases every node of the cluster shares.',
		exampleAddresses: ['192.0.2.20'],
		sources: ['wso2-cluster-databases'],
	},
	{
		id: 'administrator',
		name: 'Administrators',
		kind: 'client',
		summary: 'People who use the management console to deploy artifacts and change the configuration.',
		sources: ['seed-worker-manager'],
	},
	{
		id: 'client-application',
		name: 'Client applications',
		kind: 'client',
		summary: 'Whatever calls the services the workers serve: applications, partner systems, API consumers.',
		sources: ['seed-worker-manager'],
	},
] as const satisfies readonly NodeRoleInput[];
