import type { FirewallPlan } from '../ports/firewall/plan.ts';
import { safeText } from '../ports/firewall/text.ts';

/**
 * The opening lines every deployment generator writes (without comment markers): what the
 * text is, for which role of which cluster, and that it comes from the data. Nothing here
 * names a product: the cluster's title is a setting, so a product cluster's plans read the same.
 */
export function generatedHeader(plan: FirewallPlan, what: string, title?: string): string[] {
	const cluster = title === undefined ? '' : ` of ${title}`;
	return [
		safeText(`Cluster Atlas: ${what} for the ${plan.role.name} (role ${plan.role.id})${cluster}.`),
		'Generated from the data: the same per-role flows as the firewall rules; each rule names the port rule it comes from.',
	];
}
