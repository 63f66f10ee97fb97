import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints, after Vitest's own summary, how long each test file took (its tests and hooks, plus
 * importing it), slowest first: the firewall tool checks start real programs and dominate, so a
 * file that grows with the data is easy to spot.
 */
export default class FileTimesReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
		const rows = testModules
			.map((module) => {
				const { duration, collectDuration } = module.diagnostic();
				return { file: relative(process.cwd(), module.moduleId), milliseconds: duration + collectDuration };
			})
			.sort((a, b) => b.milliseconds - a.milliseconds);
		if (rows.length === 0) return;
		const width = Math.max(...rows.map((row) => row.file.length));
		const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`.padStart(8);
		console.log(
			[
				'',
				'Time per test file (tests, hooks and import):',
				...rows.map((row) => `  ${row.file.padEnd(width)}  ${seconds(row.milliseconds)}`),
			].join('\n'),
		);
	}
}
