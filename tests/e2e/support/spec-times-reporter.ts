import { relative } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints, at the end of a run, how long each spec file took: the sum of its tests' durations
 * (they run in parallel, so the sums add up to more than the wall time, which is printed too).
 * Slowest first, so a spec that grows with the site is easy to spot.
 */
export default class SpecTimesReporter implements Reporter {
	private readonly files = new Map<string, { tests: number; milliseconds: number }>();
	private started = Date.now();

	printsToStdio(): boolean {
		return false;
	}

	onBegin(): void {
		this.started = Date.now();
	}

	onTestEnd(test: TestCase, result: TestResult): void {
		const file = relative(process.cwd(), test.location.file);
		const entry = this.files.get(file) ?? { tests: 0, milliseconds: 0 };
		entry.tests += 1;
		entry.milliseconds += result.duration;
		this.files.set(file, entry);
	}

	onEnd(result: FullResult): void {
		const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;
		const rows = [...this.files].sort(([, a], [, b]) => b.milliseconds - a.milliseconds);
		const width = Math.max(...rows.map(([file]) => file.length), 'spec file'.length);
		const lines = [
			'',
			`Time per spec file (sum of its tests), ${result.status} in ${seconds(Date.now() - this.started)} of wall time:`,
			...rows.map(
				([file, { tests, milliseconds }]) =>
					`  ${file.padEnd(width)}  ${seconds(milliseconds).padStart(8)}  ${String(tests).padStart(4)} tests`,
			),
		];
		console.log(lines.join('\n'));
	}
}
