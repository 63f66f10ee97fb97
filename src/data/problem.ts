import type { Located } from './parse-collection.ts';

/** One thing wrong with the data, located precisely enough to fix without searching. */
export interface Problem {
	/** Content file the record lives in, e.g. "content/products/api-manager.ts". */
	file: string;
	/** The record's id, or "#N" (its position) when it has no usable id. */
	recordId: string;
	/** Dotted path of the field inside the record, e.g. "versions.2.version". */
	field: string;
	/** What is wrong, as a sentence fragment. */
	reason: string;
}

/** A problem in one field of a located record: every integrity check reports through this. */
export function problemAt(item: Located<{ id: string }>, field: string, reason: string): Problem {
	return { file: item.file, recordId: item.record.id, field, reason };
}

/** One line a problem: `file › record › field: reason`. */
export function formatProblem(problem: Problem): string {
	return `${problem.file} › ${problem.recordId} › ${problem.field}: ${problem.reason}`;
}

/** Thrown when the data set is invalid; its message lists every problem, one a line. */
export class DataValidationError extends Error {
	readonly problems: readonly Problem[];

	constructor(problems: readonly Problem[]) {
		const noun = problems.length === 1 ? 'problem' : 'problems';
		super(
			`Cluster Atlas data is invalid (${problems.length} ${noun}):\n` +
				problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
		);
		this.name = 'DataValidationError';
		this.problems = problems;
	}
}
