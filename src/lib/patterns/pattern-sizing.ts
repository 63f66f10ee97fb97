import type { PatternTier } from '../../schemas/deployment-pattern.ts';

/** What a pattern asks for in total, computed from its tiers. */
export interface SizingTotals {
	/** Virtual machines over every tier. */
	vms: number;
	/** Processor cores over the VMs whose size the source gives. */
	cores: number;
	/** Memory in GB over the VMs whose size the source gives. */
	memoryGb: number;
	/** VMs left out of the core and memory sums because the source gives no size for them. */
	unsizedVms: number;
	/** Non-VM machines (database server instances), which the sums leave out. */
	instances: number;
}

/**
 * Adds up the machines of a pattern. Only VMs with a stated size count towards cores and
 * memory; the rest are counted separately so a page can say the totals are a floor rather
 * than pretend an unknown size is zero.
 */
export function sizingTotals(tiers: readonly PatternTier[]): SizingTotals {
	const totals: SizingTotals = { vms: 0, cores: 0, memoryGb: 0, unsizedVms: 0, instances: 0 };
	for (const tier of tiers) {
		if (tier.unit === 'instance') {
			totals.instances += tier.count;
			continue;
		}
		totals.vms += tier.count;
		if (tier.cores === undefined || tier.memoryGb === undefined) totals.unsizedVms += tier.count;
		else {
			totals.cores += tier.count * tier.cores;
			totals.memoryGb += tier.count * tier.memoryGb;
		}
	}
	return totals;
}

/** "1 VM", "2 VMs", "1 instance": a machine count with its unit, for tables and checklists. */
export function machineCount(count: number, unit: PatternTier['unit']): string {
	const noun = unit === 'vm' ? 'VM' : 'instance';
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "4 cores, 4 GB memory" when both are given, else undefined. */
export function machineSize(tier: Pick<PatternTier, 'cores' | 'memoryGb'>): string | undefined {
	if (tier.cores === undefined || tier.memoryGb === undefined) return undefined;
	return `${tier.cores} ${tier.cores === 1 ? 'core' : 'cores'}, ${tier.memoryGb} GB memory`;
}

/** "4 cores, 4 GB": the size in a few characters, for diagram boxes. */
export function compactSize(tier: Pick<PatternTier, 'cores' | 'memoryGb'>): string | undefined {
	if (tier.cores === undefined || tier.memoryGb === undefined) return undefined;
	return `${tier.cores} ${tier.cores === 1 ? 'core' : 'cores'}, ${tier.memoryGb} GB`;
}
