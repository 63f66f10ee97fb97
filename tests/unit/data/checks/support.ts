import type { IntegrityCheck } from '../../../../src/data/checks/check.ts';
import type { RawDataSet } from '../../../../src/data/dataset.ts';
import { locateDataSet, validateDataSet } from '../../../../src/data/load.ts';
import type { Problem } from '../../../../src/data/problem.ts';

/** What one check alone finds in a raw data set whose records all pass their schemas. */
export function findingsOf(check: IntegrityCheck, raw: RawDataSet): ReturnType<IntegrityCheck['run']> {
	const { located, problems } = locateDataSet(raw);
	if (problems.length > 0) throw new Error(`the fixture fails its schemas: ${JSON.stringify(problems)}`);
	return check.run(located);
}

/** Every problem the loader reports for a raw data set, as the build would list them. */
export function problemsOf(raw: RawDataSet): Problem[] {
	return validateDataSet(raw).problems;
}

/** The one problem a check should report: its name, and where. */
export function problem(check: IntegrityCheck, file: string, recordId: string, field: string, reason: string): Problem {
	return { check: check.name, file, recordId, field, reason };
}
