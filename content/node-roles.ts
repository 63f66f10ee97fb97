import type { NodeRoleInput } from '../src/schemas/node-role.ts';

/**
 * The machines and actors of the IoT Server high-availability pattern. Example addresses are
 * the site's one example cluster (RFC 5737 documentation addresses): the load balancer in front,
 * the manager at .10 with its workers right after it, then the other machines in their own tens.
 */
export const nodeRoles = [
	{
		id: 'load-balancer',
		name: 'NGINX load balancer',
		kind: 'load-balancer',
		summary:
			'Takes all HTTP and HTTPS traffic from devices and users and spreads it over the IoT Server nodes behind it.',
		exampleAddresses: ['192.0.2.5'],
		sources: ['seed-iot-clustering'],
	},
	{
		id: 'manager',
		name: 'Manager node',
		kind: 'wso2-node',
		summary:
			'Runs administrative work: the console where administrators act on enrolled devices, and the background tasks that refresh device information.',
		exampleAddresses: ['192.0.2.10'],
		sources: ['seed-iot-clustering'],
	},
	{
		id: 'worker',
		name: 'Worker node',
		kind: 'wso2-node',
		summary: 'Serves device and API traffic that the load balancer sends it.',
		exampleAddresses: ['192.0.2.11', '192.0.2.12'],
		sources: ['seed-iot-clustering'],
	},
	{
		id: 'key-manager',
		name: 'Key manager node',
		kind: 'wso2-node',
		summary: 'Issues and validates the tokens that devices and applications present.',
		exampleAddresses: ['192.0.2.15', '192.0.2.16'],
		sources: ['seed-iot-clustering'],
	},
	{
		id: 'database',
		name: 'MySQL database',
		kind: 'database',
		summary: 'Holds the shared databases that every IoT Server node reads and writes.',
		exampleAddresses: ['192.0.2.20'],
		sources: ['seed-iot-clustering'],
	},
	{
		id: 'device',
		name: 'Android and iOS devices',
		kind: 'client',
		summary:
			'The phones and tablets enrolled with IoT Server; they keep a channel open to their platform push service.',
		sources: ['seed-iot-clustering'],
	},
	{
		id: 'analytics',
		name: 'IoT Analytics node',
		kind: 'wso2-node',
		summary:
			'Runs the IoT Analytics profile, which receives device events and analyses them. The high-availability pattern of the seed gives it no machine of its own: run it on its own machine or beside another profile, whose different offset keeps the ports apart.',
		exampleAddresses: ['192.0.2.30'],
		sources: ['wso2-iots-product-profiles'],
	},
	{
		id: 'broker',
		name: 'Broker node',
		kind: 'wso2-node',
		summary:
			"Runs the Broker profile, the MQTT message broker. Like analytics, the seed's pattern gives it no machine of its own.",
		exampleAddresses: ['192.0.2.31'],
		sources: ['wso2-iots-product-profiles'],
	},
	{
		id: 'administrator',
		name: 'Administrators',
		kind: 'client',
		summary: 'Users with administrative rights who act on enrolled devices through the console on the manager node.',
		sources: ['seed-iot-clustering'],
	},
	{
		id: 'device-owner',
		name: 'End users',
		kind: 'client',
		summary:
			'The people who own enrolled devices; in one placement they reach the manager to manage their own devices.',
		sources: ['seed-iot-clustering'],
	},
] as const satisfies readonly NodeRoleInput[];
