import { describe, expect, test } from 'vitest';
import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import { generatorFormats } from '../../../src/lib/generators/formats.ts';
import { firewallRolesOf, planFromAtlas } from '../../../src/lib/ports/firewall/from-atlas.ts';
import { fixturePlan } from '../support/firewall-fixture-plan.ts';
import { syntheticPlans } from '../support/synthetic-cluster.ts';

const atlas = loadDataSet(rawDataSet);
const extension = { kubernetes: 'k8s.yaml', 'check-sh': 'check.sh', 'check-ps1': 'check.ps1' };
const loadBalancer = syntheticPlans.find(([, plan]) => plan.role.kind === 'load-balancer')![1];

/** The text of a format for a plan, with default settings, which are always accepted. */
function text(format: (typeof generatorFormats)[number], plan: typeof fixturePlan): string {
	const result = format.generate(plan);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.text;
}

describe('each format renders the small fixed plan of the firewall snapshots as reviewed', () => {
	for (const format of generatorFormats) {
		test(format.label, async () => {
			await expect(text(format, fixturePlan)).toMatchFileSnapshot(`__snapshots__/fixture.${extension[format.id]}`);
		});
	}

	test('and the synthetic load balancer as Ingresses', async () => {
		const [kubernetes] = generatorFormats;
		await expect(text(kubernetes!, loadBalancer)).toMatchFileSnapshot('__snapshots__/synthetic-load-balancer.k8s.yaml');
	});
});

describe('every format names each current port rule the data gives a role, and no other', () => {
	const current = atlas.ports.filter((port) => port.status.kind === 'current');
	for (const role of firewallRolesOf(atlas)) {
		const expected = current.filter(
			(port) => port.role === role.id || (port.direction === 'inbound' && port.source.includes(role.id)),
		);
		for (const format of generatorFormats) {
			test(`${format.label} for ${role.id}`, () => {
				const output = text(format, planFromAtlas(atlas, role.id));
				for (const port of expected) expect(output).toContain(port.id);
				const others = atlas.ports.filter((port) => !expected.includes(port));
				for (const port of others) expect(output).not.toMatch(new RegExp(`\\b${port.id}\\b`));
			});
		}
	}
});
