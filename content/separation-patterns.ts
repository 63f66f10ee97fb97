import type { SeparationPatternInput } from '../src/schemas/separation-pattern.ts';

/**
 * The worker/manager separated clustering pattern that the seed describes below its two
 * product tables. Products that use it say so through their separation mode.
 */
export const separationPatterns = [
	{
		id: 'worker-manager',
		name: 'Worker/manager separated clustering',
		summary:
			'A Carbon cluster split by duty. Management nodes carry the management console, the other user-interface components and the functions that change the cluster; worker nodes run only the framework that serves requests to the deployed artifacts.',
		roles: [
			{
				id: 'manager',
				name: 'Management node',
				access: 'read-write',
				duties: ['Adds new artifacts to the cluster', 'Makes configuration changes'],
				exposure: 'internal',
				placement: 'Can sit behind an internal firewall, reachable only by clients inside the organisation.',
				loadsManagementConsole: true,
			},
			{
				id: 'worker',
				name: 'Worker node',
				access: 'read-only',
				duties: ['Deploys the artifacts the management nodes add', 'Reads the configuration', 'Serves requests'],
				exposure: 'external',
				placement: 'The only kind of node exposed to external clients.',
				loadsManagementConsole: false,
			},
		],
		benefits: [
			{
				id: 'separation-of-concerns',
				text: 'Only management nodes can add artifacts or change configuration; workers deploy what they are given and read configuration, so a worker cannot alter the cluster.',
				evidence: 'stated',
				sources: ['seed-worker-manager', 'wso2-worker-manager-current'],
			},
			{
				id: 'security',
				text: 'Management nodes can be kept behind an internal firewall and offered to internal clients only, while workers alone face external traffic.',
				evidence: 'stated',
				sources: ['seed-worker-manager', 'wso2-worker-manager-current'],
			},
			{
				id: 'memory',
				text: 'Workers use less memory, because they do not load the user interface: the OSGi bundles of the management console stay off them.',
				evidence: 'stated',
				sources: ['seed-worker-manager', 'wso2-worker-manager-current'],
			},
		],
		sources: ['seed-worker-manager', 'wso2-worker-manager-current'],
	},
] as const satisfies readonly SeparationPatternInput[];
