import { collectionNames, collections } from './collections.ts';
import type { AtlasData, LocatedDataSet, RawDataSet } from './dataset.ts';
import { runIntegrityChecks } from './checks/index.ts';
import { parseCollection } from './parse-collection.ts';
import { DataValidationError, type Problem } from './problem.ts';

/**
 * Parses every record with its collection's schema and pairs it with its file, for the
 * cross-record checks. Records that fail are reported and left out (then `complete` is false).
 */
export function locateDataSet(raw: RawDataSet): { located: LocatedDataSet; problems: Problem[] } {
	const problems: Problem[] = [];
	// Built from the table of collections; TypeScript cannot follow a mapped object built in a
	// loop, so the result is asserted to the type the same table defines.
	const parsed = Object.fromEntries(
		collectionNames.map((name) => [name, parseCollection(collections[name].schema, raw[name], problems)]),
	) as unknown as Omit<LocatedDataSet, 'complete'>;
	return { located: { ...parsed, complete: problems.length === 0 }, problems };
}

/**
 * Validates a raw data set: every record against its collection's schema, then the
 * cross-record checks. Returns every problem found rather than stopping at the first, so one
 * failed build lists all that needs fixing.
 */
export function validateDataSet(raw: RawDataSet): { data: AtlasData; problems: Problem[] } {
	const { located, problems } = locateDataSet(raw);
	problems.push(...runIntegrityChecks(located));
	const data = Object.fromEntries(
		collectionNames.map((name) => [name, located[name].map((item) => item.record)]),
	) as unknown as AtlasData;
	return { data, problems };
}

/** Validates and returns the data, or throws one error that lists every problem. */
export function loadDataSet(raw: RawDataSet): AtlasData {
	const { data, problems } = validateDataSet(raw);
	if (problems.length > 0) throw new DataValidationError(problems);
	return data;
}
