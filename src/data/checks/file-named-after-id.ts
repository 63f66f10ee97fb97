import { collectionNames, collections } from '../collections.ts';
import type { Located } from '../located.ts';
import { problemAt } from '../problem.ts';
import type { IntegrityCheck } from './check.ts';

export const fileNamedAfterId: IntegrityCheck = {
	name: 'file-named-after-id',
	description: 'a record kept in a file of its own (products, deployment patterns) is in the file named after its id',
	run: (data) =>
		collectionNames
			.filter((name) => 'filePerRecord' in collections[name])
			.flatMap((name): Located<{ id: string }>[] => data[name])
			.filter((item) => !item.file.endsWith(`/${item.record.id}.ts`))
			.map((item) => problemAt(item, 'id', `must match the file name (expected ${item.record.id}.ts)`)),
};
