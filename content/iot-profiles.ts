import type { IotProfileInput } from '../src/schemas/iot-profile.ts';

/**
 * The IoT Server 3.x profiles that open their own ports, with the offset each one's shipped
 * carbon.xml sets. profile-creator.sh also offers a sixth choice, "All", which is the whole
 * server with no offset.
 */
export const iotProfiles = [
	{
		id: 'device-manager',
		name: 'Device Manager',
		profileCreatorChoice: 2,
		offset: 0,
		summary:
			'The web interfaces: device management console, app manager, app publisher and store, API store and the dashboard portal. profile-creator.sh calls it "Manager".',
		sources: ['wso2-iots-product-profiles', 'product-iots-profile-creator', 'product-iots-profile-offsets'],
	},
	{
		id: 'device-manager-backend',
		name: 'Device Manager Backend',
		profileCreatorChoice: 1,
		offset: 1,
		summary:
			'The core services and device types. It takes traffic from outside the cluster and has no web interface. profile-creator.sh calls it "Backend".',
		sources: ['wso2-iots-product-profiles', 'product-iots-profile-creator', 'product-iots-profile-offsets'],
	},
	{
		id: 'iot-analytics',
		name: 'IoT Analytics',
		profileCreatorChoice: 4,
		offset: 2,
		summary: 'Real-time and batch analytics of the events devices send.',
		sources: ['wso2-iots-product-profiles', 'product-iots-profile-creator', 'product-iots-profile-offsets'],
	},
	{
		id: 'broker',
		name: 'Broker',
		profileCreatorChoice: 5,
		offset: 3,
		summary: 'The MQTT message broker.',
		sources: ['wso2-iots-product-profiles', 'product-iots-profile-creator', 'product-iots-profile-offsets'],
	},
	{
		id: 'key-manager',
		name: 'Key Manager',
		profileCreatorChoice: 3,
		offset: 4,
		summary: 'The key manager and identity provider: issues and checks the tokens clients present.',
		sources: ['wso2-iots-product-profiles', 'product-iots-profile-creator', 'product-iots-profile-offsets'],
	},
] as const satisfies readonly IotProfileInput[];
