import type { ConfigFactInput } from '../src/schemas/config-fact.ts';

/**
 * How a worker/manager cluster is configured, last steps: scheduled tasks, the load balancer
 * and starting the nodes (separation-config-cluster.ts and separation-config-sharing.ts hold the
 * earlier steps).
 * Every setting the guide explains and the generator writes, each with its sources. General
 * facts hold for every product that uses the separation; facts naming products override the
 * general fact for the same setting. Values are the ones the sources give; host names, URLs and
 * user names are the reader's own. A fact's step (src/schemas/config-fact.ts) decides where the
 * guide shows it; within a step, facts keep their order here.
 */
export const runtimeConfigFacts = [
	// Step: scheduled tasks.
	{
		id: 'task-server-mode',
		step: 'tasks',
		text: 'taskServerMode in tasks-config.xml sets how scheduled tasks run. The default, AUTO, switches to CLUSTERED when clustering is on, so tasks are shared between nodes and fail over without a change.',
		setting: {
			file: 'tasks-config.xml',
			key: 'taskServerMode',
			value: 'AUTO',
			options: ['AUTO', 'STANDALONE', 'CLUSTERED', 'REMOTE'],
		},
		products: ['task-server'],
		evidence: 'derived',
		derivation:
			'The task scheduling pages describe tasks-config.xml for Carbon products in general, and which product’s documentation the defaults page belongs to is not confirmed. Task Server is the Carbon product built around these scheduled tasks, so the setting is shown for it.',
		sources: ['wso2-task-scheduling-admin44', 'wso2-task-scheduling-defaults', 'esb-tasks-config'],
	},
	{
		id: 'task-server-count',
		step: 'tasks',
		text: 'taskServerCount is how many nodes must be up before stored tasks are scheduled, so the first node to start does not take every task. The shipped tasks-config.xml sets 1; raise it to the number of nodes that should share the tasks.',
		setting: { file: 'tasks-config.xml', key: 'taskServerCount', value: 1 },
		products: ['task-server'],
		evidence: 'derived',
		derivation:
			'ESB 4.9.0 and 5.0.0 ship tasks-config.xml with taskServerCount 1. The file belongs to the Carbon task component that Task Server is built around; Task Server’s own copy was not read. A page of unconfirmed product gives 2, so that number is not used. What the setting does is stated on that page.',
		sources: ['esb-tasks-config', 'wso2-task-scheduling-defaults'],
	},
	{
		id: 'task-idempotence',
		step: 'tasks',
		text: 'Failover can, rarely, leave one task scheduled on two nodes at once (split brain), so tasks should be idempotent or check whether they already run elsewhere.',
		products: ['task-server'],
		evidence: 'derived',
		derivation:
			'Stated for clustered scheduled tasks in general on a page whose product is not confirmed; it applies to Task Server because its tasks are clustered the same way.',
		sources: ['wso2-task-scheduling-defaults'],
	},

	// Step: the load balancer in front of the workers.
	{
		id: 'esb-sticky-sessions',
		step: 'load-balancer',
		text: 'The load balancer in front of ESB workers keeps sessions sticky on the JSESSIONID cookie. The NGINX Plus example uses separate HTTP and HTTPS virtual hosts for the workers and another host name for the manager.',
		products: ['enterprise-service-bus'],
		evidence: 'stated',
		sources: ['wso2-esb-clustering'],
	},

	// Step: starting the nodes.
	{
		id: 'start-script',
		step: 'startup',
		text: 'Nodes are started with the bin/wso2server.sh script of the product home.',
		setting: { file: 'start command', key: 'script', value: 'bin/wso2server.sh' },
		evidence: 'derived',
		derivation:
			'The API Manager profiles page starts the server with sh <PRODUCT_HOME>/bin/wso2server.sh; the clustering guide starts nodes with a script in the same bin directory, whose file name was lost from the copied page.',
		sources: ['wso2-apim-profiles', 'wso2-worker-node-flag'],
	},
	{
		id: 'worker-node-flag',
		step: 'startup',
		text: 'Workers start with -DworkerNode=true. The flag makes the node read-only, so it cannot change the deployment repository, and leaves the management console’s bundles unloaded, which saves memory.',
		setting: { file: 'start command', key: '-DworkerNode', byRole: { worker: true } },
		evidence: 'stated',
		sources: ['wso2-worker-node-flag', 'wso2-worker-manager-current'],
	},
	{
		id: 'apim-profiles',
		step: 'startup',
		text: 'API Manager 2.0.0 runs as profiles: gateway-manager, gateway-worker, api-key-manager, api-publisher, api-store and traffic-manager. A Gateway manager starts with -Dprofile=gateway-manager; a Gateway worker with -Dprofile=gateway-worker and -DworkerNode=true.',
		setting: {
			file: 'start command',
			key: '-Dprofile',
			byRole: { manager: 'gateway-manager', worker: 'gateway-worker' },
		},
		products: ['api-manager'],
		fromVersion: '2.0.0',
		evidence: 'stated',
		sources: ['wso2-apim-profiles'],
	},
] as const satisfies readonly ConfigFactInput[];
