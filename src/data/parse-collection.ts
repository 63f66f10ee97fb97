import type { z } from 'astro/zod';
import type { RawModule } from './dataset.ts';
import type { Located } from './located.ts';
import { SCHEMA_CHECK, type Problem } from './problem.ts';

/** Best label for a record in messages: its id when it has a string one, else its position. */
function recordLabel(record: unknown, index: number): string {
	if (typeof record === 'object' && record !== null && 'id' in record) {
		const id = (record as { id: unknown }).id;
		if (typeof id === 'string' && id !== '') return id;
	}
	return `#${index}`;
}

/**
 * Parses every record of one collection with its schema. Records that fail are reported,
 * one problem per zod issue, and left out of the result; the caller stops when any problem
 * exists, so the partial result only feeds further checks that report more at once.
 */
export function parseCollection<S extends z.ZodType>(
	schema: S,
	modules: readonly RawModule[],
	problems: Problem[],
): Located<z.output<S>>[] {
	const parsed: Located<z.output<S>>[] = [];
	for (const { file, records } of modules) {
		records.forEach((record, index) => {
			const result = schema.safeParse(record);
			if (result.success) {
				parsed.push({ file, record: result.data });
				return;
			}
			for (const issue of result.error.issues) {
				const path = issue.path.map(String);
				// A misspelt field is reported on the field itself, not on the whole record.
				const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
				problems.push({
					file,
					recordId: recordLabel(record, index),
					field: [...path, unknownKeys.join(', ')].filter(Boolean).join('.') || '(record)',
					reason: unknownKeys.length > 0 ? 'is not a field of this record' : issue.message,
					check: SCHEMA_CHECK,
				});
			}
		});
	}
	return parsed;
}
