import type { z } from 'astro/zod';
import type { collections } from './collections.ts';
import type { Located } from './located.ts';

/**
 * The data set's types at each stage, all derived from the table in collections.ts: raw modules
 * from content/, records located in their files for the checks, and the validated data pages
 * and libraries read. Type-only, so a library can import `AtlasData` without loading the data.
 */

/** One collection's name, such as "products". */
export type CollectionName = keyof typeof collections;

/** The validated record type of one collection. */
export type RecordOf<K extends CollectionName> = z.output<(typeof collections)[K]['schema']>;

/** Records of one content file. */
export interface RawModule {
	/** Path of the file from the project root, for error messages. */
	file: string;
	/** The records the file exports, not yet validated. */
	records: readonly unknown[];
}

/** Every collection of the data set, each as the files it is spread over; nothing validated yet. */
export type RawDataSet = { [K in CollectionName]: RawModule[] };

/** The validated data set, each record still paired with its file for cross-record checks. */
export type LocatedDataSet = { [K in CollectionName]: Located<RecordOf<K>>[] } & {
	/** False when some record failed its schema and is missing here, so absence proves nothing. */
	complete: boolean;
};

/** The validated data set as pages and libraries use it. */
export type AtlasData = { [K in CollectionName]: RecordOf<K>[] };
