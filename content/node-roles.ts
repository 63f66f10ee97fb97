import type { NodeRoleInput } from '../src/schemas/node-role.ts';

/** The machines and actors of the IoT Server high-availability pattern. */
export const nodeRoles = [
	{
		id: 'load-balancer',
		name: 'NGINX load balancer',
		kind: 'load-balancer',
		summary:
			'Takes all HTTP and HTTPS traffic from devices and users and spreads it over the IoT Server nodes behind it.',
		sources: ['seed-iot-clustering'],
	},
	{
		id: 'manager',
		name: 'Manager node',
		kind: 'wso2-node',
		summary:
			'Runs administrative work: the console where administrators act on enrolled devices, and the background tasks that refresh device information.',
		sources: ['seed-iot-clustering'],
	},
	{
		id: 'worker',
		name: 'Worker node',
		kind: 'wso2-node',
		summary: 'Serves device and API traffic that the load balancer sends it.',
		sources: ['seed-iot-clustering'],
	},
	{
		id: 'key-manager',
		name: 'Key manager node',
		kind: 'wso2-node',
		summary: 'Issues and validates the tokens that devices and applications present.',
		sources: ['seed-iot-clustering'],
	},
	{
		id: 'database',
		name: 'MySQL database',
		kind: 'database',
		summary: 'Holds the shared databases that every IoT Server node reads and writes.',
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
		sources: ['wso2-iots-product-profiles'],
	},
	{
		id: 'broker',
		name: 'Broker node',
		kind: 'wso2-node',
		summary:
			"Runs the Broker profile, the MQTT message broker. Like analytics, the seed's pattern gives it no machine of its own.",
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
