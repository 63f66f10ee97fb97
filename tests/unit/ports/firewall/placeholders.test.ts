import { describe, expect, test } from 'vitest';
import { rawDataSet } from '../../../../content/index.ts';
import { loadDataSet } from '../../../../src/data/load.ts';
import { machineCounts } from '../../../../src/lib/ports/firewall/from-atlas.ts';
import { placeholderAddresses } from '../../../../src/lib/ports/firewall/plan.ts';

const atlas = loadDataSet(rawDataSet);

describe('placeholder addresses of the firewall rules', () => {
	test('are the example cluster’s addresses, one per machine the pattern gives each role', () => {
		const counts = machineCounts(atlas);
		const placeholders = placeholderAddresses(atlas.nodeRoles, counts);
		for (const role of atlas.nodeRoles.filter((each) => each.kind !== 'client'))
			expect(placeholders.get(role.id), role.id).toEqual(role.exampleAddresses.slice(0, counts.get(role.id) ?? 1));
	});

	test('clients have none: rules name them as any address', () => {
		const placeholders = placeholderAddresses(atlas.nodeRoles);
		for (const role of atlas.nodeRoles.filter((each) => each.kind === 'client'))
			expect(placeholders.has(role.id), role.id).toBe(false);
	});
});
