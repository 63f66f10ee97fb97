import type { FirewallPlan, Peer, PlannedRule } from './plan.ts';

/**
 * Wording shared by every output format, so an iptables file and a Terraform file explain a
 * rule the same way. Comment text is reduced to a plain character set because each format
 * quotes differently and a stray quote would break the paste.
 */

/** Text safe inside any format's comment or quoted description. */
export function safeText(text: string): string {
	return text
		.replace(/[‘’]/g, '')
		.replace(/[“”"'`$\\]/g, '')
		.replace(/[–—]/g, '-')
		.replace(/[^A-Za-z0-9 .,:;()/+_-]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** "443", or "5229-5230" with the format's range separator. */
export function portText(rule: PlannedRule, separator = '-'): string {
	return rule.from === rule.to ? String(rule.from) : `${rule.from}${separator}${rule.to}`;
}

function peerText(peer: Peer): string {
	switch (peer.kind) {
		case 'any':
			return `any address (${peer.label})`;
		case 'role':
			return peer.label;
		case 'blocks':
			return `${peer.label} ${peer.blocks.join(' ')}`;
	}
}

/** One short line naming the rule: its id, service and the other end(s). */
function ruleLabel(rule: PlannedRule, peers: readonly Peer[] = [rule.peer]): string {
	const towards = rule.direction === 'inbound' ? 'from' : 'to';
	return safeText(`${rule.ruleId}: ${rule.service} ${towards} ${peers.map(peerText).join(', ')}`);
}

/**
 * Planned rules grouped by the port rule they come from (a rule with three peers plans three
 * lines), so each format explains a port rule once above its lines.
 */
export function groupByPortRule(rules: readonly PlannedRule[]): PlannedRule[][] {
	const groups: PlannedRule[][] = [];
	for (const rule of rules) {
		const last = groups.at(-1);
		if (last?.[0]?.ruleId === rule.ruleId) last.push(rule);
		else groups.push([rule]);
	}
	return groups;
}

/** The comment lines above a group: label, then any condition or retirement note. */
export function groupComments(group: readonly PlannedRule[]): string[] {
	const [first] = group;
	if (first === undefined) return [];
	return [
		ruleLabel(
			first,
			group.map((rule) => rule.peer),
		),
		...ruleNotes(first),
	];
}

/** Notes a reader must see before keeping the rule: its condition, or that it is retired. */
export function ruleNotes(rule: PlannedRule): string[] {
	const notes: string[] = [];
	if (rule.condition !== undefined) notes.push(safeText(`Conditional: ${rule.condition}`));
	if (rule.historical !== undefined) {
		const since = rule.historical.retiredOn === undefined ? '' : ` since ${rule.historical.retiredOn}`;
		notes.push(safeText(`Historical${since}: ${rule.historical.replacedBy}`));
	}
	return notes;
}

/**
 * The opening comment lines every format shares (without comment markers). Formats that
 * address peers by address list the placeholders to replace; Terraform refers to groups.
 */
export function headerLines(plan: FirewallPlan, formatName: string, { placeholders = true } = {}): string[] {
	const lines = [
		`Cluster Atlas: ${formatName} for the ${plan.role.name} of the WSO2 IoT Server high-availability pattern.`,
		'Generated from the flows of the cluster; every rule names the port rule it comes from.',
	];
	if (placeholders && plan.placeholders.length > 0) {
		lines.push('Replace these placeholder addresses (192.0.2.0/24 is reserved for documentation) with your own:');
		for (const { role, addresses } of plan.placeholders) lines.push(`  ${role.name}: ${addresses.join(', ')}`);
	}
	return lines.map(safeTextKeepIndent);
}

function safeTextKeepIndent(line: string): string {
	const indent = /^\s*/.exec(line)?.[0] ?? '';
	return indent + safeText(line);
}

/** Lowercase words joined by the separator, for names such as chains, resources and policies. */
export function slug(text: string, separator = '-'): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, separator)
		.replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
}
