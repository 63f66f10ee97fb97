import type { FirewallPlan, Peer, PlannedRule } from './plan.ts';
import { groupByPortRule, groupComments, headerLines, portText } from './text.ts';

/**
 * firewall-cmd commands against the permanent configuration. Inbound rules go into a zone
 * (public by default), as a plain port when anyone may connect and as rich rules when only
 * some addresses may. firewalld zones only filter inbound traffic, so outbound rules go into a
 * policy from the HOST zone to ANY zone.
 */

const ZONE = 'public';
/**
 * One outbound policy per host, whatever role it plays: firewalld caps policy names at 18
 * characters, and roles that share a host should share the policy anyway.
 */
const POLICY = 'wso2-iot-out';

function addresses(peer: Peer): readonly (string | undefined)[] {
	switch (peer.kind) {
		case 'any':
			return [undefined];
		case 'role':
			return peer.addresses;
		case 'blocks':
			return peer.blocks;
	}
}

function richRule(rule: PlannedRule, address: string | undefined): string {
	const side = rule.direction === 'inbound' ? 'source' : 'destination';
	const match = address === undefined ? '' : ` ${side} address="${address}"`;
	return `rule family="ipv4"${match} port port="${portText(rule)}" protocol="${rule.protocol}" accept`;
}

function commands(rule: PlannedRule, target: string): string[] {
	return addresses(rule.peer).map((address) =>
		rule.direction === 'inbound' && address === undefined
			? `firewall-cmd --permanent ${target} --add-port=${portText(rule)}/${rule.protocol}`
			: `firewall-cmd --permanent ${target} --add-rich-rule='${richRule(rule, address)}'`,
	);
}

function ruleLines(rules: readonly PlannedRule[], target: string): string[] {
	return groupByPortRule(rules).flatMap((group) => [
		...groupComments(group).map((line) => `# ${line}`),
		...group.flatMap((rule) => commands(rule, target)),
	]);
}

export function firewalldRules(plan: FirewallPlan): string {
	const policy = POLICY;
	const outbound =
		plan.outbound.length === 0
			? []
			: [
					'',
					'# Outbound: firewalld allows all outgoing traffic unless a policy rejects it; these rules',
					'# take effect once you set the policy target to REJECT (--set-target=REJECT).',
					`firewall-cmd --permanent --new-policy=${policy}`,
					`firewall-cmd --permanent --policy=${policy} --add-ingress-zone=HOST`,
					`firewall-cmd --permanent --policy=${policy} --add-egress-zone=ANY`,
					...ruleLines(plan.outbound, `--policy=${policy}`),
				];
	const lines = [
		...headerLines(plan, 'firewalld commands').map((line) => `# ${line}`),
		`# Run as root. The rules go into the ${ZONE} zone; change --zone if the interface is in another.`,
		'',
		'# Inbound',
		...ruleLines(plan.inbound, `--zone=${ZONE}`),
		...outbound,
		'',
		'# Apply the permanent configuration:',
		'firewall-cmd --reload',
	];
	return `${lines.join('\n')}\n`;
}

export const firewalldAssumptions = [
	`Inbound rules are added to the ${ZONE} zone, firewalld’s usual default, which already rejects what it does not allow and keeps SSH open.`,
	'Rich rules are IPv4, because the placeholder and external addresses are IPv4.',
	'Outbound rules go into a policy from HOST to ANY. Its default target lets everything through, so they only take effect once you set the policy target to REJECT; then also allow DNS, NTP, the database and anything else the node calls.',
	'The commands change the permanent configuration; firewall-cmd --reload at the end applies it.',
] as const;
