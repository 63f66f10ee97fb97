import type { FirewallPlan, Peer, PlannedRule } from '../../ports/firewall/plan.ts';
import { groupComments, safeText } from '../../ports/firewall/text.ts';
import { commented, metadata, serviceName } from './object-parts.ts';
import type { IngressObject, Labels } from './object-types.ts';
import type { KubernetesSettings } from './settings.ts';

/** HTTPS, TLS or SSL in the service's name means the pod expects TLS from the ingress controller. */
function backendIsTls(rule: PlannedRule): boolean {
	return /\b(?:https|tls|ssl)\b/i.test(rule.service);
}

/** The default host of a load-balanced flow: its port rule id under the domain. */
function defaultIngressHost(ruleId: string, settings: KubernetesSettings): string {
	return `${ruleId}.${settings.domain}`;
}

/** The flows the load balancer forwards: its outbound TCP rules to roles, which become Ingresses. */
export function loadBalancedFlows(plan: FirewallPlan): (PlannedRule & { peer: Extract<Peer, { kind: 'role' }> })[] {
	if (plan.role.kind !== 'load-balancer') return [];
	return plan.outbound.filter(
		(rule): rule is PlannedRule & { peer: Extract<Peer, { kind: 'role' }> } =>
			rule.protocol === 'tcp' && rule.peer.kind === 'role',
	);
}

export function ingress(plan: FirewallPlan, rule: PlannedRule, roleId: string, settings: KubernetesSettings) {
	const host = settings.hosts[rule.ruleId] ?? defaultIngressHost(rule.ruleId, settings);
	const affinity = settings.affinity[rule.ruleId];
	const annotations: Labels = {
		...(backendIsTls(rule) ? { 'nginx.ingress.kubernetes.io/backend-protocol': 'HTTPS' } : {}),
		...(affinity === undefined
			? {}
			: {
					'nginx.ingress.kubernetes.io/affinity': 'cookie',
					'nginx.ingress.kubernetes.io/session-cookie-name': affinity.cookie,
				}),
	};
	const object: IngressObject = {
		apiVersion: 'networking.k8s.io/v1',
		kind: 'Ingress',
		metadata: metadata(rule.ruleId, plan.role.id, settings, annotations),
		spec: {
			ingressClassName: settings.ingressClassName,
			tls: [{ hosts: [host], secretName: `${rule.ruleId}-tls` }],
			rules: [
				{
					host,
					http: {
						paths: [
							{
								path: '/',
								pathType: 'Prefix',
								backend: { service: { name: serviceName(roleId), port: { number: rule.from } } },
							},
						],
					},
				},
			],
		},
	};
	return commented(object, [
		...groupComments([rule]),
		safeText(
			`Ingress: the ${plan.role.name} forwards ${host} to the ${rule.peer.label} Service on port ${rule.from}; the certificate is in the TLS Secret ${rule.ruleId}-tls.`,
		),
		...(affinity === undefined
			? []
			: [
					safeText(
						`Sticky: the controller sets its own ${affinity.cookie} cookie to keep a client on one pod${affinity.reason === undefined ? '' : `, as the session-affinity fact ${affinity.reason} asks`}.`,
					),
				]),
	]);
}
