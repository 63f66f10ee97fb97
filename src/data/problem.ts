import type { Located } from './located.ts';

/** Something a check found wrong, located precisely enough to fix without searching. */
export interface Finding {
	/** Content file the record lives in, e.g. "content/products/api-manager.ts". */
	file: string;
	/** The record's id, or "#N" (its position) when it has no usable id. */
	recordId: string;
	/** Dotted path of the field inside the record, e.g. "versions.2.version". */
	field: string;
	/** What is wrong, as a sentence fragment. */
	reason: string;
}

/** A finding with the name of the check that made it, as the build reports it. */
export interface Problem extends Finding {
	/** The check's name, e.g. "versions-ordered", or "schema" for a record that fails its schema. */
	check: string;
}

/** The name schema problems carry: the record failed the zod schema of its collection. */
export const SCHEMA_CHECK = 'schema';

/** A finding in one field of a located record: every integrity check reports through this. */
export function problemAt(item: Located<{ id: string }>, field: string, reason: string): Finding {
	return { file: item.file, recordId: item.record.id, field, reason };
}

/**
 * One line a problem: `file › record › field: reason [check]`. The check comes last, as linters
 * print their rule, so the line still reads as a sentence and the rule is easy to look up.
 */
export function formatProblem(problem: Problem): string {
	return `${problem.file} › ${problem.recordId} › ${problem.field}: ${problem.reason} [${problem.check}]`;
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
