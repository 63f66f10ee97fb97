import { describe, expect, test } from 'vitest';
import { iptablesRules } from '../../../../../src/lib/ports/firewall/iptables.ts';
import { probe, requireTool, runOnFile } from '../../../support/external-tools.ts';
import { expectAccepted, plans } from '../../../support/firewall-plans.ts';

const iptablesRestore = probe('iptables-restore', 'install the Debian package iptables', () =>
	runOnFile('iptables-restore', (file) => ['--test', file], '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n'),
);

describe('iptables-restore --test accepts the iptables rules', () => {
	test('and rejects a broken rule, so the check can fail', { timeout: 60_000 }, () => {
		requireTool(iptablesRestore);
		const broken = iptablesRules(plans[0]![1]).replace(/--dport \d+/, '--dport 70000');
		expect(runOnFile('iptables-restore', (file) => ['--test', file], broken).status).not.toBe(0);
	});
	for (const [name, plan] of plans) {
		test(name, { timeout: 60_000 }, () => {
			requireTool(iptablesRestore);
			expectAccepted(runOnFile('iptables-restore', (file) => ['--test', file], iptablesRules(plan)));
		});
	}
});
