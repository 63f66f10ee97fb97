import { describe, expect, test } from 'vitest';
import { ufwRules } from '../../../../../src/lib/ports/firewall/ufw.ts';
import { commandLines, probe, requireTool, run, shellWords, type RunResult } from '../../../support/external-tools.ts';
import { expectAccepted, plans } from '../../../support/firewall-plans.ts';

const ufw = probe('ufw', 'install the Debian package ufw', () =>
	run('ufw', ['--dry-run', 'allow', 'in', 'proto', 'tcp', 'to', 'any', 'port', '22']),
);

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
