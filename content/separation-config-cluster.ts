import type { ConfigFactInput } from '../src/schemas/config-fact.ts';

/**
 * How a worker/manager cluster is configured, first steps: the shared databases and the
 * clustering section of axis2.xml (separation-config-sharing.ts and separation-config-runtime.ts
 * hold the later steps).
 * Every setting the guide explains and the generator writes, each with its sources. General
 * facts hold for every product that uses the separation; facts naming products override the
 * general fact for the same setting. Values are the ones the sources give; host names, URLs and
 * user names are the reader's own. A fact's step (src/schemas/config-fact.ts) decides where the
 * guide shows it; within a step, facts keep their order here.
 */
export const clusterConfigFacts = [
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
] as const satisfies readonly ConfigFactInput[];
