import type { SourceInput } from '../src/schemas/source.ts';

/**
 * WSO2's documentation pages that facts on the site come from, the two seed pages first.
 * Records cite sources by id; the loader fails the build when a citation does not resolve, or
 * when a source is cited by nothing. The other sources: sources-wso2-repositories.ts (WSO2's
 * own code and configuration) and sources-other-publishers.ts.
 */
export const wso2DocsSources = [
	{
		id: 'seed-iot-clustering',
		title: 'Clustering WSO2 IoT Server (WSO2 clustering guide, Carbon 4.4.x)',
		url: 'https://docs.wso2.com/display/CLUSTER44x/Clustering+IoT+Server+3.1.0',
		publisher: 'wso2-docs',
		seed: true,
		note: 'The same text appears on the IoT Server 3.3.0 docs page "Clustering WSO2 IoT Server".',
	},
	{
		id: 'seed-worker-manager',
		title: 'Separating the Worker and Manager Nodes (WSO2 clustering guide, page comparison view)',
		url: 'https://docs.wso2.com/pages/diffpages.action?pageId=47525695&originalId=57737874',
		publisher: 'wso2-docs',
		seed: true,
		note: 'Copied from a Confluence comparison of two page revisions, so some cells hold both revisions at once.',
	},
	{
		id: 'wso2-worker-manager-current',
		title: 'Separating the Worker and Manager Nodes (WSO2 clustering guide, current revision)',
		url: 'https://docs.wso2.com/display/CLUSTER44x/Separating+the+Worker+and+Manager+Nodes',
		publisher: 'wso2-docs',
		note: 'Its API Manager row is printed without diff markup.',
	},
	{
		id: 'wso2-worker-manager-first-revisions',
		title: 'Separating the Worker and Manager Nodes, revisions 1 and 4 compared',
		url: 'https://docs.wso2.com/pages/diffpagesbyversion.action?pageId=47525695&originalVersion=1&revisedVersion=4',
		publisher: 'wso2-docs',
	},
	{
		id: 'wso2-not-separated-early-revision',
		title: 'Products that do not commonly use worker/manager separation, revisions 1 and 2 compared',
		url: 'https://docs.wso2.com/pages/diffpagesbyversion.action?pageId=48278833&selectedPageVersions=1&selectedPageVersions=2',
		publisher: 'wso2-docs',
	},
	{
		id: 'wso2-apim-profiles',
		title: 'API Manager 2.0.0: Product Profiles',
		url: 'https://docs.wso2.com/display/AM200/Product+Profiles',
		publisher: 'wso2-docs',
	},
	{
		id: 'wso2-apim-gateway-clustering',
		title: 'Clustering the API Manager Gateway (page comparison)',
		url: 'https://docs.wso2.com/pages/diffpages.action?pageId=46891598',
		publisher: 'wso2-docs',
		note: 'Gives the gateway worker clustering domain and local member port.',
	},
	{
		id: 'wso2-bps-clustering',
		title: 'Clustering Business Process Server (WSO2 clustering guide, Carbon 4.2.0)',
		url: 'https://docs.wso2.com/display/CLUSTER420/Clustering+Business+Process+Server',
		publisher: 'wso2-docs',
	},
	{
		id: 'wso2-esb-clustering',
		title: 'Clustering the ESB: load balancer configuration (page comparison)',
		url: 'https://docs.wso2.com/pages/diffpages.action?pageId=51416912',
		publisher: 'wso2-docs',
	},
	{
		id: 'wso2-cluster-worker-axis2',
		title: 'Clustering guide: configuring the clustering section of a worker node (page comparison)',
		url: 'https://docs.wso2.com/pages/diffpages.action?originalId=51486847&pageId=51486897',
		publisher: 'wso2-docs',
		note: 'Walks through the axis2.xml clustering parameters of a worker, including the worker sub-domain.',
	},
	{
		id: 'wso2-cluster-manager-node',
		title: 'Configuring the Manager Node of a Cluster (WSO2 clustering guide, Carbon 4.4.x)',
		url: 'https://docs.wso2.com/display/CLUSTER44x/Configuring+the+Manager+Node+of+a+Cluster',
		publisher: 'wso2-docs',
	},
	{
		id: 'wso2-wka-two-members',
		title: 'WSO2 clustering documentation: well-known address membership (page 22938060)',
		url: 'https://wso2docs.atlassian.net/wiki/pages/viewpage.action?pageId=22938060',
		publisher: 'wso2-docs',
		note: 'Advises listing at least two well-known members.',
	},
	{
		id: 'wso2-worker-node-flag',
		title: 'WSO2 clustering documentation: starting worker nodes (page comparison, page 28706704)',
		url: 'https://docs.wso2.com/pages/diffpagesbyversion.action?pageId=28706704',
		publisher: 'wso2-docs',
		note: 'Explains -DworkerNode=true; the copied text lost the start script file name.',
	},
	{
		id: 'wso2-svn-depsync-as500',
		title: 'Application Server 5.0.0: Configuring the SVN-Based Deployment Synchronizer',
		url: 'https://docs.wso2.com/display/AS500/Configuring+the+SVN-Based+Deployment+Synchronizer',
		publisher: 'wso2-docs',
	},
	{
		id: 'wso2-svn-depsync-cl44',
		title: 'Configuring SVN-Based Deployment Synchronizer (WSO2 clustering guide, Carbon 4.4.x)',
		url: 'https://docs.wso2.com/display/CLUSTER44x/Configuring+SVN-Based+Deployment+Synchronizer',
		publisher: 'wso2-docs',
	},
	{
		id: 'wso2-registry-depsync-dropped',
		title: 'WSO2 documentation: registry-based deployment synchronizer (revision comparison, page 22937626)',
		url: 'https://wso2docs.atlassian.net/wiki/pages/diffpagesbyversion.action?pageId=22937626',
		publisher: 'wso2-docs',
	},
	{
		id: 'wso2-am210-gateway-shared-fs',
		title: 'API Manager 2.1.0: Distributed Deployment of the Gateway',
		url: 'https://docs.wso2.com/display/AM210/Distributed+Deployment+of+the+Gateway',
		publisher: 'wso2-docs',
		note: 'Recommends a shared file system (NFS) over rsync for Gateway artifacts.',
	},
	{
		id: 'wso2-cluster-databases',
		title: 'Setting up the Database (WSO2 clustering guide, Carbon 4.4.x)',
		url: 'https://docs.wso2.com/display/CLUSTER44x/Setting+up+the+Database',
		publisher: 'wso2-docs',
		note: 'The same database names appear on wso2docs page 9732193.',
	},
	{
		id: 'wso2-registry-mounts',
		title: 'WSO2 clustering documentation: mounting the shared registry (page comparison, page 22938070)',
		url: 'https://wso2docs.atlassian.net/wiki/pages/diffpages.action?originalId=22938067&pageId=22938070',
		publisher: 'wso2-docs',
	},
	{
		id: 'wso2-task-scheduling-defaults',
		title: 'WSO2 documentation: scheduled task defaults in tasks-config.xml (page comparison, page 39395164)',
		url: 'https://wso2docs.atlassian.net/wiki/pages/diffpages.action?originalId=39394605&pageId=39395164',
		publisher: 'wso2-docs',
		note: 'Which product’s documentation this page belongs to is not confirmed.',
	},
	{
		id: 'wso2-task-scheduling-admin44',
		title: 'Configuring the Task Scheduling Component (WSO2 administration guide, Carbon 4.4.x)',
		url: 'https://wso2docs.atlassian.net/wiki/spaces/ADMIN44x/pages/6684814/Configuring+the+Task+Scheduling+Component',
		publisher: 'wso2-docs',
	},
	{
		id: 'wso2-iots-product-profiles',
		title: 'WSO2 IoT Server 3.3.0: Product Profiles',
		url: 'https://docs.wso2.com/display/IOTS330/Product+Profiles',
		publisher: 'wso2-docs',
		note: 'The same table of profiles appears in the 3.1.0 and 3.2.0 documentation.',
	},
	{
		id: 'wso2-default-ports',
		title: 'Default Ports of WSO2 Products (wso2/docs-is)',
		url: 'https://github.com/wso2/docs-is/blob/0997a64cd0857f813aa5a49e657bded30daeb173/en/docs/references/default-ports-of-wso2-products.md',
		publisher: 'wso2-docs',
		note: 'Clustering: 45564 with multicast membership, 4000 with wka. Its Enterprise Mobility Manager section repeats the GCM-era push advice, including Google’s ASN 15169.',
	},
	{
		id: 'wso2-apim-proxy-load-balancer',
		title: 'Configuring the Proxy Server and the Load Balancer (wso2/docs-apim)',
		url: 'https://github.com/wso2/docs-apim/blob/6714e78b9df8d1680ea762d5aa1617cdc88e5502/en/docs/install-and-setup/deploying-wso2-api-manager/configuring-the-proxy-server-and-the-load-balancer.md',
		publisher: 'wso2-docs',
		note: 'Read at commit 6714e78, an API Manager 3.x revision (it configures deployment.toml). Its table of deployments: sticky sessions for Publisher, Store and Key Manager and for port 9443 of several Gateway managers, none for the pass-through ports 8243 and 8280; its NGINX Plus examples use sticky learn on the JSESSIONID cookie, and it offers ip_hash for the open-source NGINX.',
	},
	{
		id: 'wso2-apim-clustering-patterns-420',
		title:
			'API Manager Clustering Deployment Patterns (WSO2 clustering guide, Carbon 4.2.0, revisions 40 and 41 compared)',
		url: 'https://docs.wso2.com/pages/diffpagesbyversion.action?pageId=31131130&selectedPageVersions=40&selectedPageVersions=41',
		publisher: 'wso2-docs',
		note: 'Says session affinity is mandatory in the load balancers in front of the Publisher and Store clusters, optional in front of a Key Manager cluster, and that authentication by session ID fails without it. Names no API Manager version.',
	},
] as const satisfies readonly SourceInput[];
