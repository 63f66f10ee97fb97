import type { SessionAffinityInput } from '../src/schemas/session-affinity.ts';

/**
 * Which traffic of a product a load balancer must keep sticky (one client, one node) and which
 * it must not. The load balancer generators apply these and nothing else: traffic no record
 * covers gets plain round robin. IoT Server has no record: no source read for the site says
 * whether its traffic needs sticky sessions.
 */
export const sessionAffinity = [
	{
		id: 'api-manager-console-sticky',
		product: 'api-manager',
		traffic: {
			description:
				'The web applications on the HTTPS servlet port: the Publisher, the Store and the management console',
			ports: [9443],
		},
		affinity: 'sticky',
		cookie: 'JSESSIONID',
		text: 'The load balancer in front of several Publisher or Store nodes must keep sessions sticky: authentication by session ID fails without it. The same holds for port 9443 of several Gateway managers. WSO2’s NGINX Plus examples follow the JSESSIONID cookie, and suggest ip_hash for the open-source NGINX, which cannot follow a cookie.',
		evidence: 'stated',
		sources: ['wso2-apim-proxy-load-balancer', 'wso2-apim-clustering-patterns-420'],
	},
	{
		id: 'api-manager-gateway-not-sticky',
		product: 'api-manager',
		traffic: {
			description: 'API calls to the Gateway’s pass-through transport ports',
			ports: [8280, 8243],
		},
		affinity: 'not-sticky',
		text: 'API traffic to the Gateway’s pass-through ports, 8280 and 8243, needs no sticky sessions, so the load balancer can spread every call over the Gateway workers.',
		evidence: 'stated',
		sources: ['wso2-apim-proxy-load-balancer'],
	},
	{
		id: 'esb-worker-https-sticky',
		product: 'enterprise-service-bus',
		traffic: {
			description: 'Service requests over HTTPS to the worker nodes (the pass-through HTTPS transport)',
			roles: ['worker'],
			ports: [8243],
		},
		affinity: 'sticky',
		cookie: 'JSESSIONID',
		text: 'The load balancer keeps HTTPS service requests to the ESB workers sticky on the JSESSIONID cookie.',
		evidence: 'derived',
		derivation:
			'The ESB clustering guide’s NGINX Plus example puts sticky learn on the JSESSIONID cookie in the upstream of the workers’ HTTPS virtual host, and the workers take HTTPS service requests on the pass-through HTTPS transport, whose default port is 8243. Its HTTP virtual host has no sticky rule, which says nothing either way, so no record is kept for 8280.',
		sources: ['wso2-esb-clustering', 'wso2-default-ports'],
	},
] as const satisfies readonly SessionAffinityInput[];
