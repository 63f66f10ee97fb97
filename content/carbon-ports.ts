import type { CataloguePortInput } from '../src/schemas/catalogue-port.ts';

/**
 * The default ports every WSO2 Carbon product has, where it provides the feature: a product
 * page lists these before the ones it shares (shared-ports.ts) and its own (products/<id>.ts).
 * Numbers are before any port offset. Whether the offset moves a port was read in Carbon's
 * code: the default-ports page only says that it moves "usually".
 */
const page = 'wso2-default-ports';

/** Why the ports of carbon.xml's <Ports> section move: one mechanism, cited once. */
const PORTS_SECTION =
	'Set in the <Ports> section of carbon.xml and read through a ${Ports.…} template, which Carbon resolves to the value plus the offset.';

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
		offsetNote: 'Carbon starts its servlet connectors at the configured port plus the offset.',
		evidence: 'stated',
		sources: [page, 'carbon-kernel-tomcat-offset'],
	},
	{
		id: 'carbon-console-http-9763',
		port: 9763,
		protocol: 'tcp',
		service: 'HTTP servlet transport',
		purpose: 'The plain-HTTP servlet transport beside 9443.',
		use: 'management',
		offsetApplies: true,
		offsetNote: 'Carbon starts its servlet connectors at the configured port plus the offset.',
		evidence: 'stated',
		sources: [page, 'carbon-kernel-tomcat-offset'],
	},
	{
		id: 'carbon-embedded-ldap-10389',
		port: 10389,
		protocol: 'tcp',
		service: 'Embedded LDAP server',
		purpose: 'The LDAP user store built into the products that ship one, such as Identity Server.',
		use: 'integration',
		offsetApplies: true,
		offsetNote: PORTS_SECTION,
		evidence: 'stated',
		sources: [page, 'carbon-kernel-carbon-xml-ports'],
	},
	{
		id: 'carbon-kerberos-kdc-8000',
		port: 8000,
		protocol: 'tcp',
		service: 'Kerberos key distribution centre (KDCServerPort)',
		purpose:
			'The embedded Kerberos KDC, where a product exposes one; Identity Server lists it among its own ports. Kerberos clients may also use UDP on the same number.',
		use: 'integration',
		offsetApplies: true,
		offsetNote: PORTS_SECTION,
		evidence: 'derived',
		derivation:
			'The default-ports page and carbon.xml give the number 8000 but no protocol; it is listed as TCP like Carbon’s other ports, and Kerberos also runs over UDP.',
		sources: [page, 'carbon-kernel-carbon-xml-ports'],
	},
	{
		id: 'carbon-jmx-rmi-registry-9999',
		port: 9999,
		protocol: 'tcp',
		service: 'JMX RMI registry (RMIRegistryPort)',
		purpose:
			'Remote monitoring with a JMX client such as JConsole starts here; JMX is on by default and is turned off in repository/conf/etc/jmx.xml. The default-ports page swaps the names of 9999 and 11111; carbon.xml ships the registry on 9999.',
		use: 'management',
		offsetApplies: true,
		offsetNote: PORTS_SECTION,
		evidence: 'stated',
		sources: [page, 'carbon-kernel-carbon-xml-ports', 'carbon-kernel-jmx'],
	},
	{
		id: 'carbon-jmx-rmi-server-11111',
		port: 11111,
		protocol: 'tcp',
		service: 'JMX RMI server (RMIServerPort)',
		purpose:
			'The fixed second port a JMX client uses after the registry, so monitoring works through a firewall. The default-ports page calls it the registry; carbon.xml ships the RMI server on 11111.',
		use: 'management',
		offsetApplies: true,
		offsetNote: PORTS_SECTION,
		evidence: 'stated',
		sources: [page, 'carbon-kernel-carbon-xml-ports', 'carbon-kernel-jmx'],
	},
	{
		id: 'carbon-hazelcast-multicast-45564',
		port: 45564,
		protocol: 'udp',
		service: 'Hazelcast multicast (mcastPort)',
		purpose: 'Cluster members find each other over multicast on this port when the membership scheme is multicast.',
		use: 'membership',
		scheme: 'multicast',
		offsetApplies: false,
		offsetNote: 'Carbon hands mcastPort from axis2.xml to Hazelcast as written, without the offset.',
		evidence: 'derived',
		derivation:
			'The default-ports page and axis2.xml give the number but not the protocol; IP multicast is carried over UDP, so the port is UDP.',
		sources: [page, 'carbon-kernel-axis2-clustering', 'carbon-kernel-multicast-scheme'],
	},
	{
		id: 'carbon-hazelcast-member-4000',
		port: 4000,
		protocol: 'tcp',
		service: 'Hazelcast member port (localMemberPort)',
		purpose:
			'Cluster members connect to each other on this port; with the wka (well-known address) scheme, every member lists the others’ address and port.',
		use: 'membership',
		scheme: 'wka',
		offsetApplies: false,
		offsetNote:
			'Carbon hands localMemberPort from axis2.xml to Hazelcast as written; two members on one host need different values set by hand.',
		evidence: 'stated',
		sources: [page, 'carbon-kernel-axis2-clustering', 'carbon-kernel-hazelcast-agent'],
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
		offsetNote: 'The JVM picks the number at start-up; no Carbon setting decides it.',
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
		offsetNote: 'The port is picked at start-up; no Carbon setting decides it.',
		evidence: 'stated',
		sources: [page],
	},
] as const satisfies readonly CataloguePortInput[];
