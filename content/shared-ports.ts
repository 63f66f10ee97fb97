import type { SharedPortInput } from '../src/schemas/catalogue-port.ts';

/**
 * Default ports that several products open for the same service: one record names them all, so
 * a port is never typed twice. A port only one product opens lives in that product's file.
 */
const page = 'wso2-default-ports';

export const sharedPorts = [
	{
		id: 'synapse-http-8280',
		port: 8280,
		protocol: 'tcp',
		service: 'Pass-through (NIO) HTTP transport',
		purpose:
			'Message traffic to proxy services and APIs over HTTP: the ESB’s mediation requests and API Manager’s gateway calls. In a worker/manager cluster the load balancer sends it to the workers.',
		use: 'service',
		products: ['api-manager', 'enterprise-service-bus'],
		offsetApplies: true,
		evidence: 'stated',
		sources: [page],
	},
	{
		id: 'synapse-https-8243',
		port: 8243,
		protocol: 'tcp',
		service: 'Pass-through (NIO) HTTPS transport',
		purpose:
			'Message traffic to proxy services and APIs over TLS: the ESB’s mediation requests and API Manager’s gateway calls. In a worker/manager cluster the load balancer sends it to the workers.',
		use: 'service',
		products: ['api-manager', 'enterprise-service-bus'],
		offsetApplies: true,
		evidence: 'stated',
		sources: [page],
	},
	{
		id: 'thrift-ssl-events-7711',
		port: 7711,
		protocol: 'tcp',
		service: 'Thrift over SSL (event and statistics publishing)',
		purpose:
			'Publishers authenticate over TLS before sending events: the analytics servers receive them, and API Manager publishes its usage statistics through it.',
		use: 'integration',
		products: ['api-manager', 'business-activity-monitor', 'complex-event-processor', 'data-analytics-server'],
		offsetApplies: true,
		evidence: 'stated',
		sources: [page],
	},
	{
		id: 'thrift-tcp-events-7611',
		port: 7611,
		protocol: 'tcp',
		service: 'Thrift TCP (event receiver)',
		purpose: 'Receives events from publishing clients once they have authenticated on 7711.',
		use: 'integration',
		products: ['business-activity-monitor', 'complex-event-processor', 'data-analytics-server'],
		offsetApplies: true,
		evidence: 'stated',
		sources: [page],
	},
	{
		id: 'cassandra-thrift-9160',
		port: 9160,
		protocol: 'tcp',
		service: 'Cassandra Thrift clients',
		purpose: 'The embedded Cassandra store listens for Thrift clients here.',
		use: 'integration',
		products: ['business-activity-monitor', 'complex-event-processor', 'data-analytics-server'],
		offsetApplies: true,
		evidence: 'stated',
		sources: [page],
	},
] as const satisfies readonly SharedPortInput[];
