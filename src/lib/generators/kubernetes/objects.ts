import type { FirewallPlan, Peer, PlannedRule } from '../../ports/firewall/plan.ts';
import { groupByPortRule, groupComments, safeText, slug } from '../../ports/firewall/text.ts';
import type { KubernetesSettings } from './settings.ts';

/**
 * The Kubernetes objects of one role, built from the role's firewall plan, so the cluster's
 * network policy allows exactly the flows its firewall rules allow:
 * - a role that runs as pods gets a NetworkPolicy (ingress from its peers on the ports it
 *   serves, egress to the peers it calls plus DNS) and, when it listens, a ClusterIP Service;
 * - the load balancer role runs no pods of its own: its flows become Ingresses, one per flow it
 *   forwards, served by the ingress controller, whose namespace the other policies let in.
 * Objects are plain data; `commentsOf` holds the comment lines the YAML writer puts above a part.
 */

export type Labels = Record<string, string>;

export interface NetworkPolicyPeer {
	podSelector?: { matchLabels: Labels };
	namespaceSelector?: { matchLabels: Labels };
	ipBlock?: { cidr: string };
}

export interface NetworkPolicyPort {
	protocol: 'TCP' | 'UDP';
	port: number;
	endPort?: number;
}

export interface NetworkPolicyIngressRule {
	from?: NetworkPolicyPeer[];
	ports: NetworkPolicyPort[];
}

export interface NetworkPolicyEgressRule {
	to?: NetworkPolicyPeer[];
	ports: NetworkPolicyPort[];
}

interface Metadata {
	name: string;
	namespace: string;
	labels: Labels;
	annotations?: Labels;
}

export interface NetworkPolicyObject {
	apiVersion: 'networking.k8s.io/v1';
	kind: 'NetworkPolicy';
	metadata: Metadata;
	spec: {
		podSelector: { matchLabels: Labels };
		policyTypes: ['Ingress', 'Egress'];
		ingress: NetworkPolicyIngressRule[];
		egress: NetworkPolicyEgressRule[];
	};
}

export interface ServicePort {
	name: string;
	protocol: 'TCP' | 'UDP';
	port: number;
	targetPort: number;
}

export interface ServiceObject {
	apiVersion: 'v1';
	kind: 'Service';
	metadata: Metadata;
	spec: { type: 'ClusterIP'; selector: Labels; ports: ServicePort[] };
}

export interface IngressObject {
	apiVersion: 'networking.k8s.io/v1';
	kind: 'Ingress';
	metadata: Metadata;
	spec: {
		ingressClassName: string;
		tls: { hosts: string[]; secretName: string }[];
		rules: {
			host: string;
			http: {
				paths: {
					path: '/';
					pathType: 'Prefix';
					backend: { service: { name: string; port: { number: number } } };
				}[];
			};
		}[];
	};
}

export type KubernetesObject = NetworkPolicyObject | ServiceObject | IngressObject;

/** Comment lines to write above a part of an object (an object, a rule, a peer). */
const comments = new WeakMap<object, readonly string[]>();

export function commentsOf(part: object): readonly string[] | undefined {
	return comments.get(part);
}

function commented<T extends object>(part: T, lines: readonly string[]): T {
	if (lines.length > 0) comments.set(part, lines);
	return part;
}

/** The part-of label key; the role label key is a setting. */
const PART_OF_LABEL = 'app.kubernetes.io/part-of';
/** The label Kubernetes gives every namespace, holding its name. */
const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** Services carry at most this many ports of one range; a wider range is left out with a comment. */
const MAX_SERVICE_RANGE = 64;

function roleLabels(roleId: string, settings: KubernetesSettings): Labels {
	return { [settings.roleLabel]: roleId, [PART_OF_LABEL]: settings.partOf };
}

function metadata(name: string, roleId: string, settings: KubernetesSettings, annotations?: Labels): Metadata {
	return {
		name,
		namespace: settings.namespace,
		labels: roleLabels(roleId, settings),
		...(annotations === undefined || Object.keys(annotations).length === 0 ? {} : { annotations }),
	};
}

/** True when the role (this plan's or a peer's) is the load balancer. */
function isLoadBalancer(plan: FirewallPlan, roleId: string): boolean {
	if (plan.role.id === roleId) return plan.role.kind === 'load-balancer';
	return plan.placeholders.some(({ role }) => role.id === roleId && role.kind === 'load-balancer');
}

/** A role's Service name: the role id, made a DNS-1035 label if it starts with a digit. */
function serviceName(roleId: string): string {
	return /^[a-z]/.test(roleId) ? roleId : `role-${roleId}`;
}

function policyPort(rule: PlannedRule): NetworkPolicyPort {
	return {
		protocol: rule.protocol === 'udp' ? 'UDP' : 'TCP',
		port: rule.from,
		...(rule.to > rule.from ? { endPort: rule.to } : {}),
	};
}

/**
 * The selectors for one peer; undefined means any address (no `from`/`to` at all for
 * ingress, 0.0.0.0/0 for egress, so the port stays the only limit).
 */
function policyPeers(plan: FirewallPlan, peer: Peer, settings: KubernetesSettings): NetworkPolicyPeer[] | undefined {
	switch (peer.kind) {
		case 'any':
			return undefined;
		case 'blocks':
			return peer.blocks.map((cidr) => ({ ipBlock: { cidr } }));
		case 'role':
			if (isLoadBalancer(plan, peer.roleId))
				return [{ namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: settings.ingressNamespace } } }];
			return [
				commented({ podSelector: { matchLabels: roleLabels(peer.roleId, settings) } }, peerNotes(plan, peer.roleId)),
			];
	}
}

function peerNotes(plan: FirewallPlan, roleId: string): string[] {
	const role = plan.placeholders.find((candidate) => candidate.role.id === roleId)?.role;
	return role?.kind === 'database'
		? [safeText(`The ${role.name} as pods; if it runs outside the cluster, use an ipBlock of its address instead.`)]
		: [];
}

/** Distinct peers of a group of planned rules, in order; undefined when any of them is "any address". */
function groupPeers(
	plan: FirewallPlan,
	group: readonly PlannedRule[],
	settings: KubernetesSettings,
): NetworkPolicyPeer[] | undefined {
	const peers: NetworkPolicyPeer[] = [];
	const seen = new Set<string>();
	for (const rule of group) {
		const mapped = policyPeers(plan, rule.peer, settings);
		if (mapped === undefined) return undefined;
		for (const peer of mapped) {
			const key = JSON.stringify(peer);
			if (!seen.has(key)) peers.push(peer);
			seen.add(key);
		}
	}
	return peers;
}

function ingressRule(plan: FirewallPlan, group: PlannedRule[], settings: KubernetesSettings): NetworkPolicyIngressRule {
	const [first] = group as [PlannedRule];
	const peers = groupPeers(plan, group, settings);
	const notes = peers === undefined ? ['From any address: clients connect to this port directly.'] : [];
	return commented({ ...(peers === undefined ? {} : { from: peers }), ports: [policyPort(first)] }, [
		...groupComments(group),
		...notes,
	]);
}

function egressRule(plan: FirewallPlan, group: PlannedRule[], settings: KubernetesSettings): NetworkPolicyEgressRule {
	const [first] = group as [PlannedRule];
	const peers = groupPeers(plan, group, settings);
	const notes =
		peers === undefined
			? [
					safeText(
						`${group.map((rule) => rule.peer.label).join(', ')} has no address blocks in the data: any address on this port.`,
					),
				]
			: [];
	return commented({ to: peers ?? [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [policyPort(first)] }, [
		...groupComments(group),
		...notes,
	]);
}

const dnsEgress: () => NetworkPolicyEgressRule = () =>
	commented(
		{
			to: [
				{
					namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: 'kube-system' } },
					podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
				},
			],
			ports: [
				{ protocol: 'UDP', port: 53 },
				{ protocol: 'TCP', port: 53 },
			],
		},
		['DNS: the cluster resolver (kube-dns or CoreDNS in kube-system), so peers can be found by name.'],
	);

function networkPolicy(plan: FirewallPlan, settings: KubernetesSettings): NetworkPolicyObject {
	return commented(
		{
			apiVersion: 'networking.k8s.io/v1',
			kind: 'NetworkPolicy',
			metadata: metadata(serviceName(plan.role.id), plan.role.id, settings),
			spec: {
				podSelector: { matchLabels: roleLabels(plan.role.id, settings) },
				policyTypes: ['Ingress', 'Egress'],
				ingress: groupByPortRule(plan.inbound).map((group) => ingressRule(plan, group, settings)),
				egress: [...groupByPortRule(plan.outbound).map((group) => egressRule(plan, group, settings)), dnsEgress()],
			},
		},
		[
			safeText(
				`NetworkPolicy: the ${plan.role.name} pods accept only the flows below and connect only to the peers below and DNS.`,
			),
		],
	);
}

/**
 * A Service port name: a DNS-1035 label of at most 15 characters, the service's words cut to fit
 * before the port number (HTTPS on 9444 is "https-9444"), "u" after it for UDP.
 */
function servicePortName(service: string, port: number, protocol: PlannedRule['protocol']): string {
	const suffix = `-${port}${protocol === 'udp' ? 'u' : ''}`;
	const words = slug(service).replace(/^[^a-z]+/, '');
	const cut = words
		.slice(0, 15 - suffix.length)
		.replace(/-+$/, '')
		.replace(/^$/, 'p');
	return `${cut}${suffix}`;
}

/** The ports a role listens on, once each, with the planned rule that first names each. */
function listenedPorts(plan: FirewallPlan): { rule: PlannedRule; port: number }[] {
	const seen = new Set<string>();
	const ports: { rule: PlannedRule; port: number }[] = [];
	for (const rule of plan.inbound) {
		if (rule.to - rule.from + 1 > MAX_SERVICE_RANGE) continue;
		for (let port = rule.from; port <= rule.to; port += 1) {
			const key = `${rule.protocol}/${port}`;
			if (!seen.has(key)) ports.push({ rule, port });
			seen.add(key);
		}
	}
	return ports;
}

/** The role's ClusterIP Service, or undefined when it listens on nothing a Service can carry. */
function service(plan: FirewallPlan, settings: KubernetesSettings): ServiceObject | undefined {
	const listened = listenedPorts(plan);
	if (listened.length === 0) return undefined;
	const names = new Set<string>();
	const ports = listened.map(({ rule, port }) => {
		let name = servicePortName(rule.service, port, rule.protocol);
		for (let extra = 2; names.has(name); extra += 1) name = `${name.slice(0, 13)}-${extra}`;
		names.add(name);
		return commented(
			{ name, protocol: rule.protocol === 'udp' ? ('UDP' as const) : ('TCP' as const), port, targetPort: port },
			[safeText(`${rule.ruleId}: ${rule.service}`)],
		);
	});
	const wide = plan.inbound.filter((rule) => rule.to - rule.from + 1 > MAX_SERVICE_RANGE);
	const object: ServiceObject = {
		apiVersion: 'v1',
		kind: 'Service',
		metadata: metadata(serviceName(plan.role.id), plan.role.id, settings),
		spec: { type: 'ClusterIP', selector: roleLabels(plan.role.id, settings), ports },
	};
	return commented(object, [
		safeText(`Service: the ${plan.role.name} pods, by name, on every port they serve.`),
		...wide.map((rule) =>
			safeText(
				`${rule.ruleId}: ${rule.from}-${rule.to} is wider than ${MAX_SERVICE_RANGE} ports, which a Service lists one by one; it is left out, so reach it on the pods directly.`,
			),
		),
	]);
}

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

function ingress(plan: FirewallPlan, rule: PlannedRule, roleId: string, settings: KubernetesSettings) {
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

/** Every object of the role's manifest, in the order they are written. */
export function kubernetesObjects(plan: FirewallPlan, settings: KubernetesSettings): KubernetesObject[] {
	if (plan.role.kind === 'load-balancer') {
		return loadBalancedFlows(plan).map((rule) => ingress(plan, rule, rule.peer.roleId, settings));
	}
	const roleService = service(plan, settings);
	return [networkPolicy(plan, settings), ...(roleService === undefined ? [] : [roleService])];
}
