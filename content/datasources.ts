import type { DatasourceInput } from '../src/schemas/datasource.ts';

const shipped = 'wso2-iots-datasources';

/**
 * The datasources IoT Server 3.x ships, each with the embedded H2 database it uses out of the
 * box. In the high-availability pattern every one of them moves to the shared MySQL server.
 */
export const datasources = [
	{
		id: 'wso2-carbon-db',
		productName: 'IoT Server',
		name: 'WSO2_CARBON_DB',
		jndiName: 'jdbc/WSO2CarbonDB',
		defaultDatabase: 'WSO2CARBON_DB',
		configFile: 'master-datasources.xml',
		purpose: 'The Carbon registry and the user store.',
		sources: [shipped],
	},
	{
		id: 'wso2am-db',
		productName: 'IoT Server',
		name: 'WSO2AM_DB',
		jndiName: 'jdbc/WSO2AM_DB',
		defaultDatabase: 'WSO2AM_DB',
		configFile: 'master-datasources.xml',
		purpose: 'API management: the APIs the server publishes and their subscriptions.',
		sources: [shipped],
	},
	{
		id: 'wso2appm-db',
		productName: 'IoT Server',
		name: 'WSO2APPM_DB',
		jndiName: 'jdbc/WSO2APPM_DB',
		defaultDatabase: 'WSO2APPM_DB',
		configFile: 'master-datasources.xml',
		purpose: 'App management: the applications offered to devices.',
		sources: [shipped],
	},
	{
		id: 'wso2-mb-store-db',
		productName: 'IoT Server',
		name: 'WSO2_MB_STORE_DB',
		jndiName: 'WSO2MBStoreDB',
		defaultDatabase: 'WSO2MB_DB',
		configFile: 'master-datasources.xml',
		purpose: 'The message broker store.',
		sources: [shipped],
	},
	{
		id: 'jagh2',
		productName: 'IoT Server',
		name: 'JAGH2',
		jndiName: 'jdbc/ES_Storage',
		defaultDatabase: 'ES_STORAGE',
		configFile: 'master-datasources.xml',
		purpose: 'Storage for the Jaggery web applications (the store and publisher).',
		sources: [shipped],
	},
	{
		id: 'wso2-social-db',
		productName: 'IoT Server',
		name: 'WSO2_SOCIAL_DB',
		jndiName: 'jdbc/WSO2_SOCIAL_DB',
		defaultDatabase: 'WSO2_SOCIAL_DB',
		configFile: 'master-datasources.xml',
		purpose: 'The social features of the app store.',
		sources: [shipped],
	},
	{
		id: 'dm-ds',
		productName: 'IoT Server',
		name: 'DM_DS',
		jndiName: 'jdbc/DM_DS',
		defaultDatabase: 'WSO2DM_DB',
		configFile: 'cdm-datasources.xml',
		purpose: 'Device management: enrolled devices and their operations.',
		sources: [shipped],
	},
	{
		id: 'dm-archival-ds',
		productName: 'IoT Server',
		name: 'DM_ARCHIVAL_DS',
		defaultDatabase: 'WSO2DM_ARCHIVAL_DS',
		configFile: 'cdm-datasources.xml',
		purpose: 'Archived device management data.',
		sources: [shipped],
	},
	{
		id: 'android-db',
		productName: 'IoT Server',
		name: 'Android_DB',
		jndiName: 'jdbc/MobileAndroidDM_DS',
		defaultDatabase: 'WSO2MobileAndroid_DB',
		configFile: 'android-datasources.xml',
		purpose: 'Data of the Android device type.',
		sources: ['wso2-android-datasources'],
	},
] as const satisfies readonly DatasourceInput[];
