import type { FirewallPlan, Peer, PlannedRule } from './plan.ts';
import { groupByPortRule, groupComments, headerLines, portText } from './text.ts';

/**
 * iptables-restore input for the filter table (IPv4), the format of /etc/iptables/rules.v4.
 * Inbound is default-deny with the usual allowances so the host stays reachable; outbound
 * rules are listed under an ACCEPT policy, where they document the flows and take effect
 * once the administrator sets the OUTPUT policy to DROP.
 */

function addressOption(peer: Peer, flag: '-s' | '-d'): string[] {
	switch (peer.kind) {
		case 'any':
			return [];
		case 'role':
			return [flag, peer.addresses.join(',')];
		case 'blocks':
			return [flag, peer.blocks.join(',')];
	}
}

function statement(rule: PlannedRule): string {
	const chain = rule.direction === 'inbound' ? 'INPUT' : 'OUTPUT';
	const flag = rule.direction === 'inbound' ? '-s' : '-d';
	const words = [
		'-A',
		chain,
		'-p',
		rule.protocol,
		...addressOption(rule.peer, flag),
		'--dport',
		portText(rule, ':'),
		'-m',
		'comment',
		'--comment',
		`"${rule.ruleId}"`,
		'-j',
		'ACCEPT',
	];
	return words.join(' ');
}

function ruleLines(rules: readonly PlannedRule[]): string[] {
	return groupByPortRule(rules).flatMap((group) => [
		...groupComments(group).map((line) => `# ${line}`),
		...group.map(statement),
	]);
}

export function iptablesRules(plan: FirewallPlan): string {
	const lines = [
		...headerLines(plan, 'iptables rules').map((line) => `# ${line}`),
		'# Load: iptables-restore < rules.v4 (replaces the filter table; check first with iptables-restore --test).',
		'*filter',
		':INPUT DROP [0:0]',
		':OUTPUT ACCEPT [0:0]',
		'# Keep the host usable: loopback, replies to its own connections, ICMP and SSH for administration.',
		'-A INPUT -i lo -j ACCEPT',
		'-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT',
		'-A INPUT -p icmp -j ACCEPT',
		'-A INPUT -p tcp --dport 22 -m comment --comment "ssh-administration" -j ACCEPT',
		'',
		'# Inbound',
		...ruleLines(plan.inbound),
		'',
		'# Outbound: effective once the OUTPUT policy is DROP.',
		'-A OUTPUT -o lo -j ACCEPT',
		'-A OUTPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT',
		...ruleLines(plan.outbound),
		'COMMIT',
	];
	return `${lines.join('\n')}\n`;
}

export const iptablesAssumptions = [
	'IPv4 only, for iptables-restore: loading the file replaces the current filter table (use iptables-restore --noflush to append instead).',
	'Inbound policy is DROP; loopback, established connections, ICMP and SSH on port 22 stay open so you keep access. Narrow SSH to your administration network.',
	'Outbound policy stays ACCEPT, so the outbound rules only take effect if you set it to DROP; then also allow DNS, NTP, the database and anything else the node calls.',
	'The FORWARD chain is not touched.',
] as const;
