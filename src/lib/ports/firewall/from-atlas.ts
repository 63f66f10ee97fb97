import type { AtlasData } from '../../../data/dataset.ts';
import { firewallRoles, planFirewall, type FirewallPlan } from './plan.ts';

/** Machines per role across the deployment patterns, so placeholders match the pattern (two workers → two addresses). */
export function machineCounts(atlas: Pick<AtlasData, 'deploymentPatterns'>): Map<string, number> {
	const counts = new Map<string, number>();
	for (const pattern of atlas.deploymentPatterns) {
		for (const tier of pattern.tiers) counts.set(tier.role, Math.max(counts.get(tier.role) ?? 0, tier.count));
	}
	return counts;
}

/** The firewall plan of one role, from the whole data set. */
export function planFromAtlas(atlas: AtlasData, roleId: string, includeHistorical = false): FirewallPlan {
	return planFirewall(roleId, {
		roles: atlas.nodeRoles,
		endpoints: atlas.externalEndpoints,
		ports: atlas.ports,
		machineCounts: machineCounts(atlas),
		includeHistorical,
	});
}

/** Roles a firewall page is generated for, in data order. */
export function firewallRolesOf(atlas: AtlasData) {
	return firewallRoles(atlas.nodeRoles, atlas.ports);
}

/** True when the role carries or starts a flow whose port is retired, so a "with historical ports" variant differs. */
export function hasHistoricalFlows(atlas: AtlasData, roleId: string): boolean {
	return atlas.ports.some(
		(port) =>
			port.status.kind === 'historical' &&
			(port.role === roleId || (port.direction === 'inbound' && port.source.includes(roleId))),
	);
}
