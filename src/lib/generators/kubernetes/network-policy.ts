import type { FirewallPlan, Peer, PlannedRule } from '../../ports/firewall/plan.ts';
import { groupByPortRule, groupComments, safeText } from '../../ports/firewall/text.ts';
import { commented, metadata, NAMESPACE_NAME_LABEL, roleLabels, serviceName } from './object-parts.ts';
import type {
	NetworkPolicyEgressRule,
	NetworkPolicyIngressRule,
	NetworkPolicyObject,
	NetworkPolicyPeer,
	NetworkPolicyPort,
} from './object-types.ts';
import type { KubernetesSettings } from './settings.ts';

/** True when the role (this plan's or a peer's) is the load balancer. */
function isLoadBalancer(plan: FirewallPlan, roleId: string): boolean {
	if (plan.role.id === roleId) return plan.role.kind === 'load-balancer';
	return plan.placeholders.some(({ role }) => role.id === roleId && role.kind === 'load-balancer');
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

export function networkPolicy(plan: FirewallPlan, settings: KubernetesSettings): NetworkPolicyObject {
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
