import type { SourceInput } from '../src/schemas/source.ts';

/** Sources outside WSO2: the push services' own documentation (Google, Apple) and other references. */
export const otherPublisherSources = [
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
		id: 'rsync-deployment-sync-blog',
		title: 'Udara Liyanage: posts on synchronising WSO2 artifacts with rsync',
		url: 'https://udaraliyanage.wordpress.com/category/rsync/',
		publisher: 'third-party',
	},
	{
		id: 'apns-binary-provider-hosts',
		title: 'apns_dispatch 1.0.1: ApnsDispatch::ApnsConnection (API documentation)',
		url: 'https://www.rubydoc.info/gems/apns_dispatch/1.0.1/ApnsDispatch/ApnsConnection',
		publisher: 'third-party',
		note: 'Names gateway.push.apple.com on port 2195 and the feedback service on port 2196.',
	},
	{
		id: 'mysql-default-port',
		title: 'Apache Ambari: MySQL ports (default port used by the MySQL service)',
		url: 'https://ambari.apache.org/current/installing-hadoop-using-ambari/content/reference_chap2_6.html',
		publisher: 'third-party',
		note: 'Gives 3306 as the default port of the MySQL server; the server’s port setting can change it.',
	},
] as const satisfies readonly SourceInput[];
