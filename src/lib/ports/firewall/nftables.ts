import type { FirewallPlan, Peer, PlannedRule } from './plan.ts';
import { groupByPortRule, groupComments, headerLines, portText, slug } from './text.ts';

/**
 * A self-contained nftables file: one inet table of its own, deleted and re-created on each
 * load so it can be run again safely, with placeholder addresses as `define`d sets at the top.
 * Inbound is default-deny; outbound rules sit under an accept policy until the administrator
 * switches it to drop.
 */

function variableName(roleId: string): string {
	return slug(roleId, '_').toUpperCase();
}

function addressMatch(peer: Peer, key: 'saddr' | 'daddr'): string {
	switch (peer.kind) {
		case 'any':
			return '';
		case 'role':
			return `ip ${key} $${variableName(peer.roleId)} `;
		case 'blocks':
			return `ip ${key} { ${peer.blocks.join(', ')} } `;
	}
}

function statement(rule: PlannedRule): string {
	const key = rule.direction === 'inbound' ? 'saddr' : 'daddr';
	return `${addressMatch(rule.peer, key)}${rule.protocol} dport ${portText(rule)} accept comment "${rule.ruleId}"`;
}

function ruleLines(rules: readonly PlannedRule[]): string[] {
	return groupByPortRule(rules)
		.flatMap((group) => [...groupComments(group).map((line) => `# ${line}`), ...group.map(statement)])
		.map((line) => `\t\t${line}`);
}

export function nftablesRules(plan: FirewallPlan): string {
	const table = `wso2_iot_${slug(plan.role.id, '_')}`;
	const lines = [
		'#!/usr/sbin/nft -f',
		...headerLines(plan, 'nftables rules').map((line) => `# ${line}`),
		`# Load: nft -f this-file (check first with nft -c -f this-file).`,
		'',
		...plan.placeholders.map(({ role, addresses }) => `define ${variableName(role.id)} = { ${addresses.join(', ')} }`),
		...(plan.placeholders.length > 0 ? [''] : []),
		`# Re-running the file replaces the table instead of adding a second copy.`,
		`table inet ${table}`,
		`delete table inet ${table}`,
		'',
		`table inet ${table} {`,
		'\tchain input {',
		'\t\ttype filter hook input priority filter; policy drop;',
		'\t\t# Keep the host usable: loopback, replies, ICMP (IPv6 needs it) and SSH for administration.',
		'\t\tiif "lo" accept',
		'\t\tct state established,related accept',
		'\t\tct state invalid drop',
		'\t\tmeta l4proto { icmp, ipv6-icmp } accept',
		'\t\ttcp dport 22 accept comment "ssh-administration"',
		...ruleLines(plan.inbound),
		'\t}',
		'',
		'\tchain output {',
		'\t\t# Change the policy to drop to enforce the rules below.',
		'\t\ttype filter hook output priority filter; policy accept;',
		'\t\toif "lo" accept',
		'\t\tct state established,related accept',
		...ruleLines(plan.outbound),
		'\t}',
		'}',
	];
	return `${lines.join('\n')}\n`;
}

export const nftablesAssumptions = [
	'One table of its own (inet family), so it sits beside other tables; since every base chain on a hook must accept a packet, its drop policy still applies to the whole host.',
	'Addresses are IPv4; IPv6 traffic to the listed ports is dropped unless you add ip6 rules.',
	'Inbound policy is drop; loopback, established connections, ICMP and ICMPv6, and SSH on port 22 stay open. Narrow SSH to your administration network.',
	'Outbound policy stays accept, so the outbound rules only take effect if you set it to drop; then also allow DNS, NTP, the database and anything else the node calls.',
] as const;
