import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { firewalldRules } from '../../../../../src/lib/ports/firewall/firewalld.ts';
import {
	commandLines,
	probe,
	requireTool,
	run,
	shellWords,
	withTempDir,
	type RunResult,
} from '../../../support/external-tools.ts';
import { expectAccepted, plans } from '../../../support/firewall-plans.ts';

const firewalld = probe('firewall-offline-cmd', 'install the Debian package firewalld', () =>
	withTempDir((dir) => run('firewall-offline-cmd', ['--system-config', dir, '--zone=public', '--add-port=22/tcp'])),
);

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
