import type { DeploymentPatternInput } from '../../src/schemas/deployment-pattern.ts';

export default {
	id: 'iot-server-ha',
	name: 'IoT Server high-availability cluster',
	productName: 'IoT Server',
	productVersions: ['3.1.0', '3.3.0'],
	summary:
		'A typical highly available WSO2 IoT Server deployment: one manager node, two worker nodes and two key manager nodes behind an NGINX load balancer, sharing one MySQL database server. Worker/manager separation in IoT Server is its own arrangement and does not come from deployment synchronisation as it does in a standard Carbon cluster.',
	tiers: [
		{ role: 'manager', count: 1, unit: 'vm', cores: 4, memoryGb: 4 },
		{ role: 'worker', count: 2, unit: 'vm', cores: 4, memoryGb: 4 },
		{ role: 'key-manager', count: 2, unit: 'vm', cores: 4, memoryGb: 4 },
		{ role: 'database', count: 1, unit: 'instance', software: 'MySQL' },
	],
	loadBalancer: 'load-balancer',
	managerPlacements: [
		{
			id: 'private-network',
			title: 'Manager in a private network',
			summary:
				'Keep the manager node on an internal network that only administrators reach. Pick this when security rules forbid exposing the management console.',
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
		},
		{
			id: 'polling',
			title: 'Polling',
			summary:
				'The device asks the server for pending operations at an interval set in advance, with no push service involved.',
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
	sources: ['seed-iot-clustering'],
} satisfies DeploymentPatternInput;
