import type { SourceInput } from '../src/schemas/source.ts';

/**
 * Every document a fact on the site comes from. Records cite these by id; the loader fails
 * the build when a citation does not resolve, or when a source is cited by nothing.
 */
export const sources = [
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
		id: 'apple-apns-firewall',
		title: "If your Apple devices aren't getting Apple push notifications (Apple Support 102266, formerly HT203609)",
		url: 'https://support.apple.com/en-us/102266',
		publisher: 'apple',
	},
	{
		id: 'apple-binary-provider-retirement',
		title: 'Apple Developer News: APNs provider API deadline',
		url: 'https://developer.apple.com/news/?id=c88acm2b',
		publisher: 'apple',
		note: 'Moves the end of the legacy binary provider interface to 31 March 2021.',
	},
	{
		id: 'fcm-network-configuration',
		title: 'Firebase Cloud Messaging: network configuration',
		url: 'https://firebase.google.com/docs/cloud-messaging/network-configuration',
		publisher: 'google',
	},
	{
		id: 'wso2-iots-product-profiles',
		title: 'WSO2 IoT Server 3.3.0: Product Profiles',
		url: 'https://docs.wso2.com/display/IOTS330/Product+Profiles',
		publisher: 'wso2-docs',
		note: 'The same table of profiles appears in the 3.1.0 and 3.2.0 documentation.',
	},
	{
		id: 'wso2-iots-datasources',
		title: 'WSO2 IoT Server distribution: conf/datasources (master-datasources.xml, cdm-datasources.xml)',
		url: 'https://github.com/wso2/product-iots/tree/v3.3.0/modules/distribution/src/core/conf/datasources',
		publisher: 'wso2-source',
		note: 'Read at the tags v3.1.0-update11 and v3.3.0; every datasource points at an embedded H2 database.',
	},
	{
		id: 'wso2-android-datasources',
		title: 'WSO2 device management plugins: android-datasources.xml (Android plugin feature)',
		url: 'https://github.com/wso2/carbon-device-mgt-plugins',
		publisher: 'wso2-source',
		note: 'The file sits in the Android plugin feature of the repository and ships in IoT Server as conf/datasources/android-datasources.xml.',
	},
] as const satisfies readonly SourceInput[];
