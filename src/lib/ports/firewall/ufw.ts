import type { FirewallPlan, Peer, PlannedRule } from './plan.ts';
import { groupByPortRule, groupComments, headerLines, portText } from './text.ts';

/**
 * ufw commands, one rule per line, to run as root. ufw keeps replies to the host's own
 * connections open by itself, so only the flows are listed; one line per address because ufw
 * takes a single address or block per rule.
 */

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

function commands(rule: PlannedRule): string[] {
	return addresses(rule.peer).map((address) => {
		const port = portText(rule, ':');
		const where =
			rule.direction === 'inbound'
				? `from ${address ?? 'any'} to any port ${port}`
				: `to ${address ?? 'any'} port ${port}`;
		const verb = rule.direction === 'inbound' ? 'allow in' : 'allow out';
		return `ufw ${verb} proto ${rule.protocol} ${where} comment '${rule.ruleId}'`;
	});
}

function ruleLines(rules: readonly PlannedRule[]): string[] {
	return groupByPortRule(rules).flatMap((group) => [
		...groupComments(group).map((line) => `# ${line}`),
		...group.flatMap(commands),
	]);
}

export function ufwRules(plan: FirewallPlan): string {
	const lines = [
		...headerLines(plan, 'ufw commands').map((line) => `# ${line}`),
		'# Run as root. Check a line first by adding --dry-run after ufw.',
		'ufw default deny incoming',
		"ufw allow in proto tcp from any to any port 22 comment 'ssh-administration'",
		'',
		'# Inbound',
		...ruleLines(plan.inbound),
		'',
		'# Outbound: effective once the outgoing default is deny (ufw default deny outgoing).',
		...ruleLines(plan.outbound),
		'',
		'# Then turn the firewall on, if it is not on yet:',
		'# ufw enable',
	];
	return `${lines.join('\n')}\n`;
}

export const ufwAssumptions = [
	'Sets the incoming default to deny and keeps SSH on port 22 open so you keep access; narrow it to your administration network.',
	'ufw answers replies to the host’s own connections by itself, so no rule is needed for them.',
	'The outgoing default is left as it is (allow), so the outbound rules only take effect after ufw default deny outgoing; then also allow DNS, NTP, the database and anything else the node calls.',
	'ufw enable is left commented out: run it yourself once the rules are in.',
] as const;
