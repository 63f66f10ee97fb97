import { collectionNames, collections } from '../collections.ts';
import type { Located } from '../located.ts';
import { problemAt } from '../problem.ts';
import type { IntegrityCheck } from './check.ts';
import { repeatedKeys } from './predicates.ts';

export const idsUnique: IntegrityCheck = {
	name: 'ids-unique',
	description: 'no two records of one id namespace share an id (collections.ts says which collections share one)',
	run: (data) => {
		const namespaces = new Map<string, Located<{ id: string }>[]>();
		for (const name of collectionNames) {
			const namespace = collections[name].idsOf;
			namespaces.set(namespace, [...(namespaces.get(namespace) ?? []), ...data[name]]);
		}
		return [...namespaces].flatMap(([namespace, items]) =>
			repeatedKeys(items.map((item) => item.record.id)).map(({ index, first }) =>
				problemAt(items[index]!, 'id', `duplicates the ${namespace} id already used in ${items[first]!.file}`),
			),
		);
	},
};
