import { expect } from 'vitest';
import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import { firewallRolesOf, planFromAtlas } from '../../../src/lib/ports/firewall/from-atlas.ts';
import type { FirewallPlan } from '../../../src/lib/ports/firewall/plan.ts';
import type { RunResult } from './external-tools.ts';
import { fixturePlan } from './firewall-fixture-plan.ts';

/**
 * The plans whose generated rules the firewall tools check (tests/unit/ports/firewall/tools/,
 * one file per tool so Vitest runs the tools side by side): every role, the worker with its
 * historical ports, which add outbound rules, and the small plan the format snapshots are made
 * from, so a reviewed snapshot is valid too.
 */
const atlas = loadDataSet(rawDataSet);
export const plans: [string, FirewallPlan][] = [
	...firewallRolesOf(atlas).map((role): [string, FirewallPlan] => [role.id, planFromAtlas(atlas, role.id)]),
	['worker with historical ports', planFromAtlas(atlas, 'worker', true)],
	['the fixture plan of the format snapshots', fixturePlan],
];

/** Fails with the tool's own words, so a rejected rule is easy to find. */
export function expectAccepted(result: RunResult): void {
	expect(result).toEqual(expect.objectContaining({ status: 0 }));
}
