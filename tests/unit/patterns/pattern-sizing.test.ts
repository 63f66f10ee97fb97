import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import { compactSize, machineCount, machineSize, sizingTotals } from '../../../src/lib/patterns/pattern-sizing.ts';
import type { PatternTier } from '../../../src/schemas/deployment-pattern.ts';

const pattern = atlas.deploymentPatterns.find((candidate) => candidate.id === 'iot-server-ha')!;

describe('sizing totals of the IoT Server pattern', () => {
	// The seed: "Manager - 1 VM, Worker - 2 VMs, Key manager - 2 VMs, DBs - 1 MySQL instance.
	// All the VMs have 4 cores and 4GB memory."
	const seedVms = 1 + 2 + 2;
	const seedCoresPerVm = 4;
	const seedMemoryPerVmGb = 4;

	test('counts the VMs the seed lists', () => {
		expect(sizingTotals(pattern.tiers).vms).toBe(seedVms);
	});

	test('multiplies the stated size by the VM count', () => {
		const totals = sizingTotals(pattern.tiers);
		expect(totals.cores).toBe(seedVms * seedCoresPerVm);
		expect(totals.memoryGb).toBe(seedVms * seedMemoryPerVmGb);
		expect(totals.unsizedVms).toBe(0);
	});

	test('keeps the MySQL instance out of the VM sums and counts it apart', () => {
		expect(sizingTotals(pattern.tiers).instances).toBe(1);
	});
});

describe('sizingTotals on hand-made tiers', () => {
	const tier = (overrides: Partial<PatternTier>): PatternTier => ({
		role: 'worker',
		count: 1,
		unit: 'vm',
		...overrides,
	});

	test('an empty pattern needs nothing', () => {
		expect(sizingTotals([])).toEqual({ vms: 0, cores: 0, memoryGb: 0, unsizedVms: 0, instances: 0 });
	});

	test('VMs without a stated size count as VMs but not towards cores or memory', () => {
		const totals = sizingTotals([
			tier({ count: 3, cores: 2, memoryGb: 8 }),
			tier({ count: 2 }),
			tier({ count: 1, cores: 4 }),
		]);
		expect(totals).toEqual({ vms: 6, cores: 6, memoryGb: 24, unsizedVms: 3, instances: 0 });
	});

	test('fractional memory adds up exactly', () => {
		expect(sizingTotals([tier({ count: 3, cores: 1, memoryGb: 0.5 })]).memoryGb).toBe(1.5);
	});
});

describe('machine wording', () => {
	test.each([
		[1, 'vm', '1 VM'],
		[2, 'vm', '2 VMs'],
		[1, 'instance', '1 instance'],
		[3, 'instance', '3 instances'],
	] as const)('%i %s reads "%s"', (count, unit, expected) => {
		expect(machineCount(count, unit)).toBe(expected);
	});

	test('a size is given only when both cores and memory are known', () => {
		expect(machineSize({ cores: 4, memoryGb: 4 })).toBe('4 cores, 4 GB memory');
		expect(machineSize({ cores: 1, memoryGb: 2 })).toBe('1 core, 2 GB memory');
		expect(machineSize({ cores: 4 })).toBeUndefined();
		expect(compactSize({ cores: 4, memoryGb: 16 })).toBe('4 cores, 16 GB');
		expect(compactSize({ memoryGb: 16 })).toBeUndefined();
	});
});
