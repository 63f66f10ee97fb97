import type { FirewallPlan, Peer, PlannedRule } from './plan.ts';
import { groupByPortRule, groupComments, headerLines } from './text.ts';

/**
 * The skeleton every text format shares: a commented header, then for each direction the
 * planned rules grouped by the port rule they come from, each group under its comment lines.
 * Every format comments with "#", so an emitter only supplies what differs: the statements for
 * one planned rule and the lines around the two directions.
 */

function hashComment(line: string): string {
	return `# ${line}`;
}

/** The shared opening lines, as "#" comments. */
export function commentedHeader(
	plan: FirewallPlan,
	formatName: string,
	options?: { placeholders?: boolean },
): string[] {
	return headerLines(plan, formatName, options).map(hashComment);
}

/**
 * The lines for one direction's rules: each port rule's comments, then the statements the
 * format writes for each of its planned rules, all indented as the format nests them.
 */
export function ruleSection(
	rules: readonly PlannedRule[],
	statements: (rule: PlannedRule) => string | readonly string[],
	indent = '',
): string[] {
	return groupByPortRule(rules)
		.flatMap((group) => [...groupComments(group).map(hashComment), ...group.flatMap(statements)])
		.map((line) => indent + line);
}

/**
 * The addresses of a peer for formats that take one address or block per statement;
 * undefined stands for "any address".
 */
export function peerAddresses(peer: Peer): readonly (string | undefined)[] {
	switch (peer.kind) {
		case 'any':
			return [undefined];
		case 'role':
			return peer.addresses;
		case 'blocks':
			return peer.blocks;
	}
}

/** The file's text: the lines, each ending in a line break. */
export function fileText(lines: readonly string[]): string {
	return `${lines.join('\n')}\n`;
}
