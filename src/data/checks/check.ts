import type { LocatedDataSet } from '../dataset.ts';
import type { Finding } from '../problem.ts';

/**
 * A rule that spans records, which no single-record schema can express, in the manner of
 * browser-compat-data's linters: one per file, listed in index.ts, each with its own test in
 * tests/unit/data/checks/. The loader stamps `name` on every finding, so a failing build says
 * which rule broke.
 */
export interface IntegrityCheck {
	/** Short kebab-case name printed with each problem, e.g. "versions-ordered"; the file is named after it. */
	name: string;
	/** The rule in one sentence, for readers of the code and the README. */
	description: string;
	run(data: LocatedDataSet): Finding[];
}
