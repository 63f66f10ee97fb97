import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rawDataSet } from '../../../../content/index.ts';
import { loadDataSet } from '../../../../src/data/load.ts';
import { firewalldRules } from '../../../../src/lib/ports/firewall/firewalld.ts';
import { firewallRolesOf, planFromAtlas } from '../../../../src/lib/ports/firewall/from-atlas.ts';
import { iptablesRules } from '../../../../src/lib/ports/firewall/iptables.ts';
import { nftablesRules } from '../../../../src/lib/ports/firewall/nftables.ts';
import type { FirewallPlan } from '../../../../src/lib/ports/firewall/plan.ts';
import { terraformRules } from '../../../../src/lib/ports/firewall/terraform.ts';
import { ufwRules } from '../../../../src/lib/ports/firewall/ufw.ts';
import {
	commandLines,
	probe,
	requireTool,
	run,
	runOnFile,
	shellWords,
	withTempDir,
	type RunResult,
} from '../../support/external-tools.ts';
import { fixturePlan } from '../../support/firewall-fixture-plan.ts';

/**
 * The generated rules, checked by the firewall tools themselves in their check modes. Every
 * role is checked, plus the manager with its historical ports, which add outbound rules, and
 * the small plan the format snapshots are made from, so a reviewed snapshot is valid too.
 */
const atlas = loadDataSet(rawDataSet);
const plans: [string, FirewallPlan][] = [
	...firewallRolesOf(atlas).map((role): [string, FirewallPlan] => [role.id, planFromAtlas(atlas, role.id)]),
	['manager with historical ports', planFromAtlas(atlas, 'manager', true)],
	['the fixture plan of the format snapshots', fixturePlan],
];

const nft = probe('nft', 'install the Debian package nftables', () =>
	runOnFile(
		'nft',
		(file) => ['-c', '-f', file],
		'table inet probe {\n\tchain input {\n\t\ttcp dport 22 accept\n\t}\n}\n',
	),
);
const iptablesRestore = probe('iptables-restore', 'install the Debian package iptables', () =>
	runOnFile('iptables-restore', (file) => ['--test', file], '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n'),
);
const ufw = probe('ufw', 'install the Debian package ufw', () =>
	run('ufw', ['--dry-run', 'allow', 'in', 'proto', 'tcp', 'to', 'any', 'port', '22']),
);
const firewalld = probe('firewall-offline-cmd', 'install the Debian package firewalld', () =>
	withTempDir((dir) => run('firewall-offline-cmd', ['--system-config', dir, '--zone=public', '--add-port=22/tcp'])),
);
const terraform = probe('terraform', 'install terraform from HashiCorp (Debian does not package it)', () =>
	run('terraform', ['version']),
);

/** Fails with the tool's own words, so a rejected rule is easy to find. */
function expectAccepted(result: RunResult): void {
	expect(result).toEqual(expect.objectContaining({ status: 0 }));
}

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

/** Runs every ufw line with --dry-run, which parses it fully and changes nothing. */
function ufwDryRun(script: string): RunResult[] {
	return commandLines(script).map((line) => {
		const [command, ...args] = shellWords(line);
		if (command !== 'ufw') return { status: 1, output: `not a ufw command: ${line}` };
		const result = run('ufw', ['--dry-run', ...args]);
		return { ...result, output: `${line}\n${result.output}` };
	});
}

describe('ufw --dry-run accepts every ufw command', () => {
	test('and rejects a broken rule, so the check can fail', { timeout: 60_000 }, () => {
		requireTool(ufw);
		const broken = ufwRules(plans[0]![1]).replace(/port (\d+) comment/, 'port 70000 comment');
		expect(ufwDryRun(broken).some((result) => result.status !== 0)).toBe(true);
	});
	for (const [name, plan] of plans) {
		test(name, { timeout: 60_000 }, () => {
			requireTool(ufw);
			for (const result of ufwDryRun(ufwRules(plan))) expectAccepted(result);
		});
	}
});

/**
 * Applies the firewall-cmd lines with firewall-offline-cmd to a scratch configuration, then
 * runs its --check-config. Lines that add the same kind of rule to the same zone or policy run
 * as one call, because each call costs a Python start-up; in a batch firewalld reports a bad
 * rule as a "Warning:" line instead of an exit code, so any such line fails the check.
 */
function firewalldOffline(script: string): RunResult[] {
	const batches: string[][] = [];
	for (const line of commandLines(script)) {
		const [command, ...args] = shellWords(line);
		if (command !== 'firewall-cmd') return [{ status: 1, output: `not a firewall-cmd command: ${line}` }];
		if (args[0] === '--reload') continue;
		if (args[0] !== '--permanent') return [{ status: 1, output: `changes the runtime configuration: ${line}` }];
		const rest = args.slice(1);
		const last = batches.at(-1);
		const batchable = rest.length === 2 && rest[1]!.startsWith('--add-rich-rule=');
		if (batchable && last !== undefined && last[0] === rest[0] && last[1]!.startsWith('--add-rich-rule='))
			last.push(rest[1]!);
		else batches.push(rest);
	}
	return withTempDir((dir) => {
		const conf = '/etc/firewalld/firewalld.conf';
		if (existsSync(conf)) copyFileSync(conf, join(dir, 'firewalld.conf'));
		const results = batches.map((args) => {
			const result = run('firewall-offline-cmd', ['--system-config', dir, ...args]);
			const complaints = result.output.split('\n').filter((line) => /^(Warning|Error):/.test(line));
			return { status: complaints.length > 0 ? 1 : result.status, output: `${args.join(' ')}\n${result.output}` };
		});
		return [...results, run('firewall-offline-cmd', ['--system-config', dir, '--check-config'])];
	});
}

describe('firewall-offline-cmd accepts every firewall-cmd command, and the result passes --check-config', () => {
	test('and rejects a broken rule, so the check can fail', { timeout: 60_000 }, () => {
		requireTool(firewalld);
		const broken = firewalldRules(plans[0]![1]).replace(/port="(\d+)"/, 'port="70000"');
		expect(firewalldOffline(broken).some((result) => result.status !== 0)).toBe(true);
	});
	for (const [name, plan] of plans) {
		test(name, { timeout: 60_000 }, () => {
			requireTool(firewalld);
			for (const result of firewalldOffline(firewalldRules(plan))) expectAccepted(result);
		});
	}
});

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
