import type { ExternalEndpointInput } from '../src/schemas/external-endpoint.ts';

/** Push-notification services outside the cluster that devices and nodes must reach. */
export const externalEndpoints = [
	{
		id: 'fcm',
		name: 'Firebase Cloud Messaging (formerly Google Cloud Messaging)',
		abbreviation: 'FCM',
		operator: 'Google',
		asn: 15169,
		allowGuidance:
			"Google publishes no fixed addresses for the service. If outbound traffic must be filtered by address, allow every block announced by Google's autonomous system 15169 and refresh the list regularly; filtering by port alone is simpler and is what Google prefers.",
		sources: ['seed-iot-clustering', 'fcm-network-configuration'],
	},
	{
		id: 'apns',
		name: 'Apple Push Notification service',
		abbreviation: 'APNs',
		operator: 'Apple',
		addressBlocks: ['17.0.0.0/8'],
		allowGuidance:
			'APNs balances load across many addresses, so a device does not always reach the same one. Apple owns the whole 17.0.0.0/8 block: allow that block rather than single addresses.',
		sources: ['seed-iot-clustering', 'apple-apns-firewall'],
	},
] as const satisfies readonly ExternalEndpointInput[];
