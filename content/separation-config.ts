import type { ConfigFactInput } from '../src/schemas/config-fact.ts';

/**
 * How a worker/manager cluster is configured: every setting the guide explains and the
 * generator writes, each with its sources. General facts hold for every product that uses the
 * separation; facts naming products override the general fact for the same setting. Values here
 * are the ones the sources give; host names, URLs and user names are the reader's own.
 */
export const configFacts = [
	// Step: databases shared by the cluster.
	{
		id: 'user-database',
		step: 'databases',
		text: 'Every node, manager and workers alike, reads users and roles from one shared user-store database.',
		setting: { file: 'master-datasources.xml', key: 'user store database', value: 'WSO2_USER_DB' },
		evidence: 'stated',
		sources: ['wso2-cluster-databases'],
	},
	{
		id: 'shared-registry-database',
		step: 'databases',
		text: 'The registry spaces that all nodes mount (config and governance) live in one shared registry database.',
		setting: { file: 'master-datasources.xml', key: 'shared registry database', value: 'REGISTRY_DB' },
		evidence: 'stated',
		sources: ['wso2-cluster-databases'],
	},
	{
		id: 'local-registry-database',
		step: 'databases',
		text: 'Each node keeps its local registry in a database of its own, separate from the shared one.',
		setting: {
			file: 'master-datasources.xml',
			key: 'local registry database',
			byRole: { manager: 'REGISTRY_LOCAL1', worker: 'REGISTRY_LOCAL2' },
		},
		evidence: 'stated',
		sources: ['wso2-cluster-databases'],
	},

	// Step: the clustering section of axis2.xml.
	{
		id: 'clustering-agent',
		step: 'clustering',
		text: 'Clustering is set up in the clustering element of axis2.xml; Carbon 4.x products use the Hazelcast clustering agent.',
		setting: {
			file: 'axis2.xml',
			key: 'clustering class',
			value: 'org.wso2.carbon.core.clustering.hazelcast.HazelcastClusteringAgent',
		},
		evidence: 'stated',
		sources: ['wso2-cluster-worker-axis2', 'wso2-iots-axis2-template'],
	},
	{
		id: 'clustering-enabled',
		step: 'clustering',
		text: 'The clustering element ships with enable="false"; every node of the cluster sets it to true.',
		setting: { file: 'axis2.xml', key: 'clustering enable', value: true },
		evidence: 'stated',
		sources: ['wso2-cluster-worker-axis2', 'wso2-iots-axis2-template'],
	},
	{
		id: 'membership-scheme',
		step: 'clustering',
		text: 'Members find each other either through well-known addresses (wka) or by multicast. The clustering guide uses wka; the file ships set to multicast.',
		setting: { file: 'axis2.xml', key: 'membershipScheme', value: 'wka', options: ['wka', 'multicast'] },
		evidence: 'stated',
		sources: ['wso2-cluster-worker-axis2', 'wso2-iots-axis2-template'],
	},
	{
		id: 'cluster-domain',
		step: 'clustering',
		text: 'The manager and its workers name the same clustering domain; nodes in different domains ignore each other. The file ships with wso2.carbon.domain.',
		setting: { file: 'axis2.xml', key: 'domain', value: 'wso2.carbon.domain' },
		evidence: 'stated',
		sources: ['wso2-iots-axis2-template', 'wso2-cluster-manager-node'],
	},
	{
		id: 'local-member-host',
		step: 'clustering',
		text: 'The address this node advertises to the other members. It must be one they can reach: the shipped value, 127.0.0.1, only works on one machine, and Carbon logs a warning when it is 127.0.0.1 or localhost, because Hazelcast clustering needs IP addresses.',
		setting: { file: 'axis2.xml', key: 'localMemberHost' },
		evidence: 'stated',
		sources: ['wso2-cluster-worker-axis2', 'wso2-iots-axis2-template', 'carbon-kernel-hazelcast-agent'],
	},
	{
		id: 'local-member-port',
		step: 'clustering',
		text: 'The TCP port other members reach this node on. It ships as 4000, and Carbon uses 4000 when the parameter is missing. Numbers per role in WSO2’s guides, such as 4001 for a manager or 4200 for API Manager Gateway workers, are examples. What matters: every member on one host needs a port of its own, and the port offset in carbon.xml does not shift this one.',
		setting: { file: 'axis2.xml', key: 'localMemberPort', value: 4000 },
		evidence: 'stated',
		sources: [
			'wso2-iots-axis2-template',
			'carbon-kernel-hazelcast-agent',
			'wso2-cluster-manager-node',
			'wso2-apim-gateway-clustering',
		],
	},
	{
		id: 'sub-domain',
		step: 'clustering',
		text: 'A subDomain property inside the properties parameter says which side of the cluster the node is on: worker on workers, mgt on the manager.',
		setting: { file: 'axis2.xml', key: 'subDomain', byRole: { manager: 'mgt', worker: 'worker' } },
		evidence: 'stated',
		sources: ['wso2-cluster-worker-axis2', 'wso2-cluster-manager-node'],
	},
	{
		id: 'well-known-members',
		step: 'clustering',
		text: 'With wka, the members element lists well-known members by host name and port. List at least two of them.',
		setting: { file: 'axis2.xml', key: 'members (minimum)', value: 2 },
		evidence: 'stated',
		sources: ['wso2-wka-two-members', 'wso2-cluster-worker-axis2'],
	},
	{
		id: 'apim-gateway-domain',
		step: 'clustering',
		text: 'API Manager Gateway nodes cluster in the domain wso2.am.domain.',
		setting: { file: 'axis2.xml', key: 'domain', value: 'wso2.am.domain' },
		products: ['api-manager'],
		evidence: 'derived',
		derivation:
			'The source gives wso2.am.domain for Gateway workers. A Gateway manager must name the same domain to join their cluster, because nodes of different domains ignore each other (shipped axis2.xml).',
		sources: ['wso2-apim-gateway-clustering', 'wso2-iots-axis2-template'],
	},
	{
		id: 'apim-gateway-worker-port',
		step: 'clustering',
		text: 'The Gateway clustering page of API Manager gives its workers local member port 4200 in its example; any port works as long as members on one host differ.',
		setting: { file: 'axis2.xml', key: 'localMemberPort', byRole: { worker: 4200 } },
		products: ['api-manager'],
		evidence: 'stated',
		sources: ['wso2-apim-gateway-clustering'],
	},

	// Step: mounting the shared registry.
	{
		id: 'registry-datasource',
		step: 'registry',
		text: 'registry.xml reaches the shared registry database through a dbConfig entry that names its datasource; the guide’s example calls the entry sharedregistry.',
		setting: { file: 'registry.xml', key: 'dbConfig name', value: 'sharedregistry' },
		evidence: 'stated',
		sources: ['wso2-registry-mounts'],
	},
	{
		id: 'config-registry-mount',
		step: 'registry',
		text: 'Every node mounts the config registry space from the shared database through a remote instance.',
		setting: { file: 'registry.xml', key: 'mount path (config)', value: '/_system/config' },
		evidence: 'stated',
		sources: ['wso2-registry-mounts', 'wso2-iots-registry-template'],
	},
	{
		id: 'governance-registry-mount',
		step: 'registry',
		text: 'Every node mounts the governance registry space from the shared database the same way.',
		setting: { file: 'registry.xml', key: 'mount path (governance)', value: '/_system/governance' },
		evidence: 'stated',
		sources: ['wso2-registry-mounts'],
	},
	{
		id: 'registry-read-only',
		step: 'registry',
		text: 'The remote instance behind the mounts is read-only on workers and read-write on the manager.',
		setting: { file: 'registry.xml', key: 'readOnly', byRole: { manager: false, worker: true } },
		evidence: 'stated',
		sources: ['wso2-registry-mounts'],
	},
	{
		id: 'registry-cache-id',
		step: 'registry',
		text: 'Registry caching works across the cluster only when the remote instance has a cacheId: the database user name, an at sign, then the database’s JDBC URL.',
		setting: { file: 'registry.xml', key: 'cacheId' },
		evidence: 'stated',
		sources: ['wso2-registry-mounts'],
	},
	{
		id: 'bps-master-slave',
		step: 'registry',
		text: 'A BPS cluster has a master node that versions BPEL and HumanTask artifacts and slave nodes that deploy them. Each node tells whether it is master or slave from its registry mount configuration.',
		products: ['business-process-server'],
		roleNames: { manager: 'master', worker: 'slave' },
		evidence: 'stated',
		sources: ['wso2-bps-clustering'],
	},

	// Step: keeping deployment artifacts in step.
	{
		id: 'depsync-directory',
		step: 'deployment-sync',
		text: 'The deployment synchronizer keeps the artifact directory, repository/deployment/server under the product home, the same on every node.',
		setting: { file: 'carbon.xml', key: 'synchronised directory', value: 'repository/deployment/server' },
		evidence: 'stated',
		sources: ['wso2-svn-depsync-as500'],
	},
	{
		id: 'depsync-enabled',
		step: 'deployment-sync',
		text: 'The synchronizer ships disabled; with SVN it is enabled in carbon.xml on every node.',
		setting: { file: 'carbon.xml', key: 'Enabled', value: true },
		evidence: 'stated',
		sources: ['wso2-svn-depsync-as500', 'wso2-iots-carbon-template'],
	},
	{
		id: 'depsync-auto-commit',
		step: 'deployment-sync',
		text: 'Only the manager commits artifact changes to the repository.',
		setting: { file: 'carbon.xml', key: 'AutoCommit', byRole: { manager: true, worker: false } },
		evidence: 'stated',
		sources: ['wso2-svn-depsync-as500', 'wso2-iots-carbon-template'],
	},
	{
		id: 'depsync-auto-checkout',
		step: 'deployment-sync',
		text: 'Every node, the manager included, checks artifacts out of the repository.',
		setting: { file: 'carbon.xml', key: 'AutoCheckout', value: true },
		evidence: 'stated',
		sources: ['wso2-svn-depsync-as500', 'wso2-iots-carbon-template'],
	},
	{
		id: 'depsync-repository-type',
		step: 'deployment-sync',
		text: 'The repository behind the synchronizer is Subversion.',
		setting: { file: 'carbon.xml', key: 'RepositoryType', value: 'svn' },
		evidence: 'stated',
		sources: ['wso2-iots-carbon-template', 'wso2-svn-depsync-as500'],
	},
	{
		id: 'svn-versions',
		step: 'deployment-sync',
		text: 'Carbon 4.4.x products work with SVN 1.7 and 1.8 repositories. SVN over SSH (svn+ssh URLs) is not supported.',
		evidence: 'stated',
		sources: ['wso2-svn-depsync-cl44'],
	},
	{
		id: 'registry-depsync-dropped',
		step: 'deployment-sync',
		text: 'Registry-based deployment synchronisation, offered by older releases, does not work from Carbon 4.2.0 on.',
		evidence: 'stated',
		sources: ['wso2-registry-depsync-dropped'],
	},
	{
		id: 'rsync-alternative',
		step: 'deployment-sync',
		text: 'Instead of SVN, artifacts can be copied to the workers with rsync, run on a schedule by cron or on file changes by incron.',
		evidence: 'stated',
		sources: ['rsync-deployment-sync-blog'],
	},
	{
		id: 'shared-file-system-alternative',
		step: 'deployment-sync',
		text: 'Later API Manager documentation prefers a shared file system, such as NFS, over rsync for sharing Gateway artifacts.',
		evidence: 'stated',
		sources: ['wso2-am210-gateway-shared-fs'],
	},

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
