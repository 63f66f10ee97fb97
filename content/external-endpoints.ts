import type { ExternalEndpointInput } from '../src/schemas/external-endpoint.ts';

/** Push-notification services outside the cluster that devices and nodes must reach. */
export const externalEndpoints = [
	{
		id: 'fcm',
		name: 'Firebase Cloud Messaging (formerly Google Cloud Messaging)',
		abbreviation: 'FCM',
		operator: 'Google',
		hostnames: ['mtalk*.google.com', 'fcm.googleapis.com'],
		asn: 15169,
		allowGuidance:
			'Firebase’s current network page ranks the options: best is no egress filtering for devices; next, allow the FCM ports to any address; next, allow by host name (TLS SNI) for the mtalk*.google.com family and the other names it lists. It advises against filtering by address, and says it cannot give an address allow-list for the endpoints servers send to, such as fcm.googleapis.com over HTTPS.',
		olderGuidance: {
			text: 'The GCM-era text in the seed and in the Enterprise Mobility Manager section of WSO2’s default-ports page says GCM publishes no addresses and recommends allowing every block announced by Google’s autonomous system 15169. Keep that advice apart from Firebase’s current page.',
			sources: ['seed-iot-clustering', 'wso2-default-ports'],
		},
		sources: ['seed-iot-clustering', 'fcm-network-configuration', 'wso2-default-ports'],
	},
	{
		id: 'apns',
		name: 'Apple Push Notification service',
		abbreviation: 'APNs',
		operator: 'Apple',
		hostnames: ['api.push.apple.com'],
		addressBlocks: ['17.0.0.0/8'],
		narrowAddressBlocks: ['17.249.0.0/16', '17.252.0.0/16', '17.57.144.0/22', '17.188.128.0/18', '17.188.20.0/23'],
		allowGuidance:
			'APNs balances load across many addresses, so a device does not always reach the same one. Apple owns the whole 17.0.0.0/8 block: allow that block rather than single addresses. If policy forbids a block that large, Apple lists five smaller ranges that cover APNs. Servers send notifications to api.push.apple.com.',
		sources: ['seed-iot-clustering', 'apple-apns-firewall', 'apple-binary-provider-retirement'],
	},
] as const satisfies readonly ExternalEndpointInput[];
