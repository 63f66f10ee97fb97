import type { DeploymentPatternInput } from '../../src/schemas/deployment-pattern.ts';

const seed = 'seed-iot-clustering';

/** Why any IoT Server node must reach the shared database; shared by the three node-to-database links. */
const sharedDatabaseDerivation =
	'The seed lists one MySQL instance as the databases of the whole cluster. Every datasource IoT Server ships points at an embedded H2 file on the local disk, which other machines cannot share, so each node is pointed at the MySQL server instead.';

export default {
	id: 'iot-server-ha',
	name: 'IoT Server high-availability cluster',
	productName: 'IoT Server',
	productVersions: ['3.1.0', '3.3.0'],
	summary:
		'A typical highly available WSO2 IoT Server deployment: one manager node, two worker nodes and two key manager nodes behind an NGINX load balancer, sharing one MySQL database server. Worker/manager separation in IoT Server is its own arrangement and does not come from deployment synchronisation as it does in a standard Carbon cluster.',
	separation:
		'IoT Server splits workers from the manager, but not the way a standard Carbon cluster does, where the split follows from deployment synchronisation. In IoT Server the manager keeps the administrative work and the background tasks, and the WSO2 guide points to the product profiles for setting up the different nodes.',
	tiers: [
		{
			role: 'manager',
			count: 1,
			unit: 'vm',
			cores: 4,
			memoryGb: 4,
			profile: {
				name: 'Device Manager',
				evidence: 'derived',
				derivation:
					'The seed puts administrative work on the manager node. Of the IoT Server profiles, Device Manager is the one that carries the consoles: device management, app management, the API store and the dashboards.',
				sources: [seed, 'wso2-iots-product-profiles'],
			},
		},
		{
			role: 'worker',
			count: 2,
			unit: 'vm',
			cores: 4,
			memoryGb: 4,
			profile: {
				name: 'Device Manager Backend',
				evidence: 'derived',
				derivation:
					'Workers take the traffic of enrolled devices. The Device Manager Backend profile runs the core services and device types, takes traffic from outside, and has no console, which is the worker side of the split.',
				sources: [seed, 'wso2-iots-product-profiles'],
			},
		},
		{
			role: 'key-manager',
			count: 2,
			unit: 'vm',
			cores: 4,
			memoryGb: 4,
			profile: {
				name: 'Key Manager',
				evidence: 'derived',
				derivation:
					'The seed names the role "key manager" and the profiles page has a Key Manager profile, the key manager and identity provider; the seed itself names no profile.',
				sources: [seed, 'wso2-iots-product-profiles'],
			},
		},
		{ role: 'database', count: 1, unit: 'instance', software: 'MySQL' },
	],
	loadBalancer: 'load-balancer',
	clients: ['device', 'administrator', 'device-owner'],
	managerPlacements: [
		{
			id: 'private-network',
			title: 'Manager in a private network',
			summary:
				'Keep the manager node on an internal network that only administrators reach. Pick this when security rules forbid exposing the management console.',
			privateNetwork: ['manager', 'administrator'],
		},
		{
			id: 'user-facing',
			title: 'Manager reachable by end users',
			summary:
				'Let end users reach the manager node so they can view and control their own devices. Pick this when device owners manage their devices themselves.',
		},
	],
	operationDelivery: [
		{
			id: 'push',
			title: 'Push notification',
			summary:
				'The server wakes the device through its platform push service (FCM for Android, APNs for iOS), and the device then fetches its pending operations.',
			chooseWhen:
				'Operations should reach devices soon after an administrator adds them, and the devices can hold a channel open to their push service.',
			tradeOff:
				'Depends on Google and Apple: devices must reach FCM or APNs through every firewall between them and the internet.',
			needs: ['fcm', 'apns'],
		},
		{
			id: 'polling',
			title: 'Polling',
			summary:
				'The device asks the server for pending operations at an interval set in advance, with no push service involved.',
			chooseWhen:
				'Devices cannot reach FCM or APNs, or a delay of up to one interval before an operation runs is acceptable.',
			tradeOff:
				'An operation waits until the next poll, and a shorter interval means more requests from every device to the load balancer.',
		},
	],
	managerTasks: [
		{
			id: 'device-location',
			title: 'Device location',
			summary: 'Refreshes the recorded location of each device.',
		},
		{
			id: 'installed-applications',
			title: 'Installed applications',
			summary: 'Refreshes the list of applications installed on each device.',
		},
	],
	connections: [
		{
			id: 'administrator-to-manager',
			from: 'administrator',
			to: 'manager',
			label: 'admin console',
			purpose:
				'Administrators act on enrolled devices through the console, and administrative work runs on the manager.',
			evidence: 'stated',
			sources: [seed],
		},
		{
			id: 'device-owner-to-manager',
			from: 'device-owner',
			to: 'manager',
			label: 'own devices',
			purpose: 'End users open the manager to view and control their own devices.',
			placements: ['user-facing'],
			evidence: 'stated',
			sources: [seed],
		},
		{
			id: 'load-balancer-to-worker',
			from: 'load-balancer',
			to: 'worker',
			label: 'device traffic',
			purpose: 'NGINX hands the HTTP and HTTPS requests of devices to the worker nodes.',
			evidence: 'derived',
			derivation:
				'The seed puts NGINX in front of the cluster on ports 80 and 443, and the workers are the nodes that serve traffic. Which back-end ports NGINX forwards to is not given.',
			sources: [seed],
		},
		{
			id: 'worker-to-key-manager',
			from: 'worker',
			to: 'key-manager',
			label: 'tokens',
			purpose: 'Workers have the key managers issue and check the tokens that devices present.',
			evidence: 'derived',
			derivation:
				'The key manager profile is the key manager and identity provider of the product, and the workers serve the requests that carry tokens.',
			sources: [seed, 'wso2-iots-product-profiles'],
		},
		{
			id: 'manager-to-key-manager',
			from: 'manager',
			to: 'key-manager',
			label: 'tokens',
			purpose: 'The manager has the key managers check the tokens of console and API users.',
			evidence: 'derived',
			derivation:
				'The key manager profile is the key manager and identity provider of the product, and the consoles on the manager sign users in.',
			sources: [seed, 'wso2-iots-product-profiles'],
		},
		{
			id: 'manager-to-database',
			from: 'manager',
			to: 'database',
			label: 'datasources',
			purpose: 'The manager reads and writes the shared databases.',
			evidence: 'derived',
			derivation: sharedDatabaseDerivation,
			sources: [seed, 'wso2-iots-datasources'],
		},
		{
			id: 'worker-to-database',
			from: 'worker',
			to: 'database',
			label: 'datasources',
			purpose: 'Each worker reads and writes the shared databases.',
			evidence: 'derived',
			derivation: sharedDatabaseDerivation,
			sources: [seed, 'wso2-iots-datasources'],
		},
		{
			id: 'key-manager-to-database',
			from: 'key-manager',
			to: 'database',
			label: 'datasources',
			purpose: 'Each key manager reads and writes the shared databases.',
			evidence: 'derived',
			derivation: sharedDatabaseDerivation,
			sources: [seed, 'wso2-iots-datasources'],
		},
	],
	setupSteps: [
		{
			id: 'jdbc-driver',
			roles: ['manager', 'worker', 'key-manager'],
			title: 'Copy the MySQL JDBC driver into <IOT_HOME>/lib',
			text: 'Every datasource of the node points at the MySQL server, so the node needs MySQL’s JDBC driver. IoT Server 3.x loads outside jars from <IOT_HOME>/lib; standard Carbon 4.4 products use repository/components/lib.',
			evidence: 'derived',
			derivation:
				'The IoT Server start scripts set carbon.external.lib.dir.path to $CARBON_HOME/lib, and Carbon turns the jars of that directory into bundles, falling back to repository/components/lib when the property is not set. That the driver belongs there follows from the datasources moving to MySQL.',
			sources: ['product-iots-manager-start-script', 'carbon-kernel-bundle-creator', 'wso2-iots-datasources'],
		},
		{
			id: 'first-start-setup',
			roles: ['manager'],
			title: 'Start the manager with -Dsetup the first time only; start every other node without it',
			text: 'With -Dsetup, Carbon creates the tables of the databases the node uses when they are missing, and leaves existing ones alone.',
			evidence: 'derived',
			derivation:
				'What -Dsetup does is in the Carbon code. The databases are shared, so their tables need creating once, by one node, before the others start; the manager, the single node of its role, is the natural one.',
			sources: ['carbon-kernel-setup-property', seed],
		},
		{
			id: 'worker-node-flag',
			roles: ['worker'],
			title: 'Change -DworkerNode=false to true in the start script of each worker',
			text: 'Every IoT Server start script ships with -DworkerNode=false, the Backend profile’s included. On a worker the flag makes the node read-only and leaves the console bundles unloaded.',
			evidence: 'derived',
			derivation:
				'The shipped value is in the start scripts, and the clustering guide states what the flag does and that workers set it to true. The IoT Server clustering page names no start flags, so applying it to this pattern’s workers is derived from their role.',
			sources: ['product-iots-manager-start-script', 'product-iots-server-properties', 'wso2-worker-node-flag'],
		},
		{
			id: 'membership-scheme',
			roles: ['worker', 'key-manager'],
			title: 'Choose the Hazelcast membership scheme: wka (TCP 4000) or multicast (UDP 45564)',
			text: 'The shipped axis2.xml names multicast, on mcastPort 45564; WSO2’s clustering guide configures wka, where members reach each other on localMemberPort, 4000 as shipped. The ports on this page give both, each under its condition: open the one your scheme uses.',
			evidence: 'derived',
			derivation:
				'The IoT Server clustering page does not say which scheme its pattern uses, so neither is presented as the pattern’s choice.',
			sources: ['wso2-iots-axis2-template', 'wso2-cluster-worker-axis2', 'wso2-default-ports', seed],
		},
		{
			id: 'local-member-host',
			roles: ['worker', 'key-manager'],
			title: 'Set localMemberHost to an address the other members can reach',
			text: 'axis2.xml ships with 127.0.0.1, which other machines cannot reach; Carbon logs a warning when it is 127.0.0.1 or localhost, because Hazelcast clustering needs IP addresses for the node and its well-known members.',
			evidence: 'stated',
			sources: ['wso2-iots-axis2-template', 'carbon-kernel-hazelcast-agent'],
		},
	],
	sources: [seed],
} satisfies DeploymentPatternInput;
