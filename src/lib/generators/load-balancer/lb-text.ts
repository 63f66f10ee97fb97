import { safeText } from '../../ports/firewall/text.ts';
import type { UpstreamAffinity } from './lb-affinity.ts';
import type { LbConfig } from './lb-input.ts';
import type { LbUpstream } from './lb-model.ts';

/**
 * Comment wording both load balancer formats share, so an NGINX file and a HAProxy file explain
 * an upstream the same way. Text from the data goes through the firewall generators' safeText,
 * which keeps to characters no configuration format reads as syntax.
 */

/** The opening lines, without comment markers. */
export function headerLines(config: LbConfig, formatName: string): string[] {
	const { model, input } = config;
	const roles = new Set(model.upstreams.map((upstream) => upstream.roleId));
	const lines = [
		`Cluster Atlas: ${formatName} for the ${model.balancer.name} of the ${input.clusterName}.`,
		'Generated from the flows of the cluster: one upstream per role and port the load balancer reaches.',
		`TLS ends here (port ${model.listen.https}); the nodes behind it are reached on their own ports.`,
	];
	const placeholders = input.plan.placeholders.filter(({ role }) => roles.has(role.id));
	if (placeholders.length > 0) {
		lines.push('Replace these placeholder addresses (192.0.2.0/24 is reserved for documentation) with your own:');
		for (const { role, addresses } of placeholders) lines.push(`  ${role.name}: ${addresses.join(', ')}`);
	}
	for (const rule of model.skipped)
		lines.push(`Not proxied: ${rule.ruleId} (${rule.service}), not a single TCP port that is in use.`);
	return lines.map((line) => (line.startsWith('  ') ? `  ${safeText(line)}` : safeText(line)));
}

/** Why an upstream is balanced the way it is. */
export function affinityNote(config: LbConfig, affinity: UpstreamAffinity): string {
	const product = config.input.product?.name ?? 'this cluster';
	switch (affinity.kind) {
		case 'sticky':
			return safeText(`Sticky: ${affinity.fact.text} (fact ${affinity.fact.id})`);
		case 'not-sticky':
			return safeText(`Not sticky: ${affinity.fact.text} (fact ${affinity.fact.id})`);
		case 'unknown':
			return safeText(`No affinity: no source says whether this traffic of ${product} needs sticky sessions.`);
	}
}

/** The lines above an upstream: what it is, any condition, and its affinity. */
export function upstreamComments(config: LbConfig, upstream: LbUpstream): string[] {
	const affinity = config.affinity.get(upstream.id) ?? { kind: 'unknown' };
	return [
		safeText(`${upstream.id}: ${upstream.roleName}, ${upstream.service} (port rule ${upstream.ruleId})`),
		...(upstream.condition === undefined ? [] : [safeText(`Conditional: ${upstream.condition}`)]),
		affinityNote(config, affinity),
	];
}

/** Lowercase words joined by "_", for upstream and backend names. */
export function configName(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
}
