import type { FirewallPlan, Peer, PlannedRule } from './plan.ts';
import { headerLines, ruleNotes, safeText, slug } from './text.ts';

/**
 * Terraform for an AWS security group per node role, written as `terraform fmt` would print
 * it. Peers are referenced by their own security groups rather than by address, which is how
 * AWS expresses "from the worker nodes"; clients and external services use CIDR blocks.
 */

type Attribute = [name: string, value: string];

/** A block with its `=` signs aligned, as terraform fmt aligns consecutive attributes. */
function block(header: string, attributes: readonly Attribute[], comments: readonly string[] = []): string[] {
	const width = Math.max(...attributes.map(([name]) => name.length));
	return [
		...comments.map((comment) => `# ${comment}`),
		`${header} {`,
		...attributes.map(([name, value]) => `  ${name.padEnd(width)} = ${value}`),
		'}',
	];
}

const quoted = (text: string) => `"${safeText(text)}"`;
const identifier = (text: string) => slug(text, '_');
const groupVariable = (roleId: string) => `${identifier(roleId)}_security_group_id`;

function peerTargets(plan: FirewallPlan, peer: Peer): { suffix: string; attribute: Attribute }[] {
	switch (peer.kind) {
		case 'any':
			return [{ suffix: 'anywhere', attribute: ['cidr_ipv4', '"0.0.0.0/0"'] }];
		case 'blocks':
			return peer.blocks.map((block) => ({
				suffix: identifier(`${peer.label} ${block}`),
				attribute: ['cidr_ipv4', `"${block}"`],
			}));
		case 'role': {
			const own = peer.roleId === plan.role.id;
			const reference = own ? `aws_security_group.${identifier(plan.role.id)}.id` : `var.${groupVariable(peer.roleId)}`;
			return [{ suffix: identifier(peer.roleId), attribute: ['referenced_security_group_id', reference] }];
		}
	}
}

function ruleBlocks(plan: FirewallPlan, rule: PlannedRule): string[][] {
	const kind = rule.direction === 'inbound' ? 'ingress' : 'egress';
	const towards = rule.direction === 'inbound' ? 'from' : 'to';
	return peerTargets(plan, rule.peer).map(({ suffix, attribute }) =>
		block(
			`resource "aws_vpc_security_group_${kind}_rule" "${identifier(rule.ruleId)}_${towards}_${suffix}"`,
			[
				['security_group_id', `aws_security_group.${identifier(plan.role.id)}.id`],
				['description', quoted(`${rule.ruleId}: ${rule.service}`)],
				['ip_protocol', `"${rule.protocol}"`],
				['from_port', String(rule.from)],
				['to_port', String(rule.to)],
				attribute,
			],
			ruleNotes(rule),
		),
	);
}

export function terraformRules(plan: FirewallPlan): string {
	const peers = plan.placeholders.filter(({ role }) => role.id !== plan.role.id);
	const blocks: string[][] = [
		block('variable "vpc_id"', [
			['type', 'string'],
			['description', quoted('VPC that holds the cluster')],
		]),
		...peers.map(({ role }) =>
			block(`variable "${groupVariable(role.id)}"`, [
				['type', 'string'],
				['description', quoted(`Security group of the ${role.name}`)],
			]),
		),
		block(`resource "aws_security_group" "${identifier(plan.role.id)}"`, [
			['name', `"wso2-iot-${slug(plan.role.id)}"`],
			['description', quoted(`${plan.role.name} of the WSO2 IoT Server cluster`)],
			['vpc_id', 'var.vpc_id'],
		]),
		...[...plan.inbound, ...plan.outbound].flatMap((rule) => ruleBlocks(plan, rule)),
	];
	const header = headerLines(plan, 'AWS security group in Terraform', { placeholders: false }).map(
		(line) => `# ${line}`,
	);
	return `${[header.join('\n'), ...blocks.map((lines) => lines.join('\n'))].join('\n\n')}\n`;
}

export const terraformAssumptions = [
	'Uses the AWS provider’s aws_vpc_security_group_ingress_rule and aws_vpc_security_group_egress_rule resources, one per port and peer.',
	'Other node roles are referenced by their security groups, passed in as variables; traffic between machines of the same role references this group itself.',
	'Terraform removes the allow-all egress rule AWS adds to a new group, so only the outbound rules listed here are allowed: add egress for DNS outside the VPC resolver, the database and anything else the node calls, or an allow-all egress rule.',
	'IPv4 only; add cidr_ipv6 rules if the cluster uses IPv6.',
] as const;
