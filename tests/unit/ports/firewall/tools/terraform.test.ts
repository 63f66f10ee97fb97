import { describe, expect, test } from 'vitest';
import { terraformRules } from '../../../../../src/lib/ports/firewall/terraform.ts';
import { probe, requireTool, run } from '../../../support/external-tools.ts';
import { expectAccepted, plans } from '../../../support/firewall-plans.ts';

const terraform = probe('terraform', 'install terraform from HashiCorp (Debian does not package it)', () =>
	run('terraform', ['version']),
);

describe('terraform fmt -check accepts the Terraform as valid and canonically formatted', () => {
	test('and rejects broken syntax, so the check can fail', { timeout: 60_000 }, () => {
		requireTool(terraform);
		const broken = terraformRules(plans[0]![1]).replace('= var.vpc_id', '=');
		expect(run('terraform', ['fmt', '-check', '-no-color', '-'], broken).status).not.toBe(0);
	});
	for (const [name, plan] of plans) {
		test(name, { timeout: 60_000 }, () => {
			requireTool(terraform);
			expectAccepted(run('terraform', ['fmt', '-check', '-no-color', '-'], terraformRules(plan)));
		});
	}
});
