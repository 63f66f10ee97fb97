import { describe, expect, test } from 'vitest';
import { nftablesRules } from '../../../../../src/lib/ports/firewall/nftables.ts';
import { probe, requireTool, runOnFile } from '../../../support/external-tools.ts';
import { expectAccepted, plans } from '../../../support/firewall-plans.ts';

const nft = probe('nft', 'install the Debian package nftables', () =>
	runOnFile(
		'nft',
		(file) => ['-c', '-f', file],
		'table inet probe {\n\tchain input {\n\t\ttcp dport 22 accept\n\t}\n}\n',
	),
);

describe('nft -c -f accepts the nftables rules', () => {
	test('and rejects a broken rule, so the check can fail', { timeout: 60_000 }, () => {
		requireTool(nft);
		const broken = nftablesRules(plans[0]![1]).replace(/dport \d+/, 'dport 70000');
		expect(runOnFile('nft', (file) => ['-c', '-f', file], broken).status).not.toBe(0);
	});
	for (const [name, plan] of plans) {
		test(name, { timeout: 60_000 }, () => {
			requireTool(nft);
			expectAccepted(runOnFile('nft', (file) => ['-c', '-f', file], nftablesRules(plan)));
		});
	}
});
