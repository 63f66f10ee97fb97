import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs real firewall tools on generated text. A tool that is missing or cannot run here (no
 * permission, no kernel support) fails its tests with the reason and how to install it: a
 * skipped check would let `npm test` pass without checking anything. `npm test` installs the
 * tools first where it can (scripts/ensure-tools.mjs); a tool that runs and rejects the text
 * fails the test with the tool's own words.
 */

export interface RunResult {
	status: number | null;
	output: string;
}

export function run(command: string, args: readonly string[], input?: string): RunResult {
	const result = spawnSync(command, args, { input, encoding: 'utf8', timeout: 60_000 });
	if (result.error) return { status: null, output: result.error.message };
	return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

export type Availability = { ok: true } | { ok: false; reason: string };

/** Tries the tool on input it must accept; any failure is the reason its checks cannot run. */
export function probe(tool: string, installHint: string, attempt: () => RunResult): Availability {
	const result = attempt();
	if (result.status === 0) return { ok: true };
	const reason =
		result.status === null
			? `${tool} cannot be started (${result.output}); ${installHint} (npm test does so when run as root) to run this check`
			: `${tool} cannot run here (exit ${result.status}: ${result.output.split('\n')[0]})`;
	return { ok: false, reason };
}

/** Stops a check whose tool cannot run, failing it with the reason (never skipping it). */
export function requireTool(availability: Availability): void {
	if (!availability.ok) throw new Error(availability.reason);
}

/** A scratch directory for one check, removed afterwards. */
export function withTempDir<T>(use: (dir: string) => T): T {
	const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-'));
	try {
		return use(dir);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Writes text to a scratch file and runs the tool on it. */
export function runOnFile(command: string, args: (file: string) => readonly string[], text: string): RunResult {
	return withTempDir((dir) => {
		const file = join(dir, 'rules');
		writeFileSync(file, text);
		return run(command, args(file));
	});
}

/**
 * Splits one generated shell command into words. The generators only quote with single
 * quotes and never nest them, so this small reader is exact for their output.
 */
export function shellWords(line: string): string[] {
	const words: string[] = [];
	let current = '';
	let quoted = false;
	let started = false;
	for (const char of line) {
		if (char === "'") {
			quoted = !quoted;
			started = true;
		} else if (char === ' ' && !quoted) {
			if (started) words.push(current);
			current = '';
			started = false;
		} else {
			current += char;
			started = true;
		}
	}
	if (quoted) throw new Error(`Unclosed quote in: ${line}`);
	if (started) words.push(current);
	return words;
}

/** The command lines of a generated script: no comments, no blank lines. */
export function commandLines(script: string): string[] {
	return script.split('\n').filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
}
