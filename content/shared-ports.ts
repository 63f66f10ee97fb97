import type { SharedPortInput } from '../src/schemas/catalogue-port.ts';

/**
 * Default ports that several products open for the same service: one record names them all, so
 * a port is never typed twice. A port only one product opens lives in that product's file.
 */
const page = 'wso2-default-ports';

/** The pass-through listener adds the offset to the configured port; the HTTPS one extends it. */
const PASS_THROUGH_OFFSET = 'Synapse’s pass-through listener adds the offset to the port set in axis2.xml.';

/** The analytics event receivers of DAS and CEP, read in their shared data-bridge code. */
const RECEIVER_OFFSET =
	'The data bridge adds the offset to both Thrift receiver ports (read in the code DAS and CEP ship).';

export const sharedPorts = [
	{
		id: 'synapse-http-8280',
		port: 8280,
		protocol: 'tcp',
		service: 'Pass-through HTTP transport',
		purpose:
			'Message traffic to proxy services and APIs over HTTP: the ESB’s mediation requests and API Manager’s gateway calls, set in axis2.xml. In a worker/manager cluster the load balancer sends it to the workers.',
		use: 'service',
		products: ['api-manager', 'enterprise-service-bus'],
		offsetApplies: true,
		offsetNote: PASS_THROUGH_OFFSET,
		evidence: 'stated',
		sources: [page, 'esb-axis2-xml', 'apim-axis2-xml', 'synapse-passthru-offset'],
	},
	{
		id: 'synapse-https-8243',
		port: 8243,
		protocol: 'tcp',
		service: 'Pass-through HTTPS transport',
		purpose:
			'Message traffic to proxy services and APIs over TLS: the ESB’s mediation requests and API Manager’s gateway calls, set in axis2.xml. In a worker/manager cluster the load balancer sends it to the workers.',
		use: 'service',
		products: ['api-manager', 'enterprise-service-bus'],
		offsetApplies: true,
		offsetNote: `${PASS_THROUGH_OFFSET} The HTTPS listener is built on the HTTP one, so it is taken to move the same way.`,
		evidence: 'stated',
		sources: [page, 'esb-axis2-xml', 'apim-axis2-xml', 'synapse-passthru-offset'],
	},
	{
		id: 'thrift-ssl-events-7711',
		port: 7711,
		protocol: 'tcp',
		service: 'Thrift over SSL (authenticated event publishing)',
		purpose:
			'Event publishers authenticate here over TLS before sending events to an analytics server. API Manager does not listen on it: the page lists it for API Manager because the gateway publishes its statistics to this port of BAM, CEP or DAS.',
		use: 'integration',
		products: ['api-manager', 'business-activity-monitor', 'complex-event-processor', 'data-analytics-server'],
		offsetApplies: true,
		offsetNote: RECEIVER_OFFSET,
		evidence: 'stated',
		sources: [page, 'analytics-common-data-bridge', 'product-das-conf'],
	},
	{
		id: 'thrift-tcp-events-7611',
		port: 7611,
		protocol: 'tcp',
		service: 'Thrift TCP (event receiver)',
		purpose: 'Receives events from publishers over plain Thrift once they have authenticated on 7711.',
		use: 'integration',
		products: ['business-activity-monitor', 'complex-event-processor', 'data-analytics-server'],
		offsetApplies: true,
		offsetNote: RECEIVER_OFFSET,
		evidence: 'stated',
		sources: [page, 'analytics-common-data-bridge', 'product-das-conf'],
	},
] as const satisfies readonly SharedPortInput[];
