import type { CataloguePortInput } from '../src/schemas/catalogue-port.ts';

/**
 * The default ports every WSO2 Carbon product has, where it provides the feature: a product
 * page lists these before its own (products/<id>.ts) and the ones it shares (shared-ports.ts).
 * Numbers are before any port offset. The default-ports page says the offset normally moves
 * every port a server opens; the exceptions are recorded with `offsetApplies: false`.
 */
const page = 'wso2-default-ports';

export const carbonPorts = [
	{
		id: 'carbon-console-https-9443',
		port: 9443,
		protocol: 'tcp',
		service: 'HTTPS servlet transport',
		purpose:
			'The management console (https://host:9443/carbon) and the admin services, over TLS. Worker/manager clusters open it to administrators on the manager.',
		use: 'management',
		offsetApplies: true,
		evidence: 'stated',
		sources: [page],
	},
	{
		id: 'carbon-console-http-9763',
		port: 9763,
		protocol: 'tcp',
		service: 'HTTP servlet transport',
		purpose: 'The plain-HTTP servlet transport beside 9443; browsers are normally redirected to 9443.',
		use: 'management',
		offsetApplies: true,
		evidence: 'stated',
		sources: [page],
	},
	{
		id: 'carbon-embedded-ldap-10389',
		port: 10389,
		protocol: 'tcp',
		service: 'Embedded LDAP server',
		purpose: 'The LDAP user store built into products that ship one, such as Identity Server and API Manager.',
		use: 'integration',
		offsetApplies: true,
		evidence: 'stated',
		sources: [page],
	},
	{
		id: 'carbon-kerberos-kdc-8000',
		port: 8000,
		protocol: 'tcp',
		service: 'Kerberos key distribution centre (KDC)',
		purpose: 'The embedded Kerberos KDC, where a product exposes one; Identity Server lists it as its KDCServerPort.',
		use: 'integration',
		offsetApplies: true,
		evidence: 'stated',
		sources: [page],
	},
	{
		id: 'carbon-jmx-rmi-registry-11111',
		port: 11111,
		protocol: 'tcp',
		service: 'JMX RMI registry',
		purpose:
			'Remote monitoring with a JMX client such as JConsole; JMX is on by default and is turned off in repository/conf/etc/jmx.xml.',
		use: 'management',
		offsetApplies: true,
		evidence: 'stated',
		sources: [page],
	},
	{
		id: 'carbon-jmx-rmi-server-9999',
		port: 9999,
		protocol: 'tcp',
		service: 'JMX RMI server',
		purpose: 'Used with the RMI registry port when the JMX client sits behind a firewall.',
		use: 'management',
		offsetApplies: true,
		evidence: 'stated',
		sources: [page],
	},
	{
		id: 'carbon-hazelcast-multicast-45564',
		port: 45564,
		protocol: 'udp',
		service: 'Hazelcast multicast',
		purpose: 'Cluster members find each other over multicast on this port when the membership scheme is multicast.',
		use: 'membership',
		scheme: 'multicast',
		offsetApplies: false,
		offsetNote:
			'Set as mcastPort in the clustering section of axis2.xml, which Hazelcast uses as given; the offset applies to the ports of carbon.xml, not to this one.',
		evidence: 'stated',
		sources: [page, 'carbon-kernel-hazelcast-agent'],
	},
	{
		id: 'carbon-hazelcast-member-4000',
		port: 4000,
		protocol: 'tcp',
		service: 'Hazelcast member port (localMemberPort)',
		purpose:
			'Cluster members connect to each other on this port when the membership scheme is wka (well-known addresses).',
		use: 'membership',
		scheme: 'wka',
		offsetApplies: false,
		offsetNote:
			'Carbon hands localMemberPort to Hazelcast as written in axis2.xml; two members on one host need different values set by hand.',
		evidence: 'stated',
		sources: [page, 'carbon-kernel-hazelcast-agent'],
	},
	{
		id: 'carbon-jmx-remote-random',
		port: 'random',
		protocol: 'tcp',
		service: 'JVM JMX remote',
		purpose:
			'The start-up script sets -Dcom.sun.management.jmxremote, so the JVM opens a TCP port of its own choosing, a different one at every start.',
		use: 'local',
		offsetApplies: false,
		offsetNote: 'The JVM picks the number at start-up; no setting of Carbon’s decides it.',
		evidence: 'stated',
		sources: [page],
	},
	{
		id: 'carbon-syslog-appender-random',
		port: 'random',
		protocol: 'udp',
		service: 'log4j SyslogAppender',
		purpose:
			'The SyslogAppender configured in repository/conf/log4j.properties opens a UDP port of its own choosing at every start.',
		use: 'local',
		offsetApplies: false,
		offsetNote: 'The port is picked at start-up; no setting of Carbon’s decides it.',
		evidence: 'stated',
		sources: [page],
	},
] as const satisfies readonly CataloguePortInput[];
