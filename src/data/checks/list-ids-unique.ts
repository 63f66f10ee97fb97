import type { CollectionName, LocatedDataSet, RecordOf } from '../dataset.ts';
import type { Located } from '../located.ts';
import type { Finding } from '../problem.ts';
import type { IntegrityCheck } from './check.ts';
import { repeatedIdsWithin } from './predicates.ts';

/** The fields of a collection's records that hold lists of entries with ids. */
type ListField<K extends CollectionName> = {
	[F in keyof RecordOf<K>]: RecordOf<K>[F] extends readonly { id: string }[] ? F : never;
}[keyof RecordOf<K>] &
	string;

/** The rule for one list field: its entries' ids are unique within each record. */
function within<K extends CollectionName>(
	collection: K,
	field: ListField<K>,
	what: string,
): (data: LocatedDataSet) => Finding[] {
	return (data) =>
		data[collection].flatMap((item: Located<{ id: string }>) =>
			// ListField has already proved at the call site that this field is such a list.
			repeatedIdsWithin(
				item,
				(item.record as Record<string, unknown>)[field] as readonly { id: string }[],
				field,
				what,
			),
		);
}

/** Every list inside a record whose entries other records or the page address by id. */
const lists = [
	within('products', 'facts', 'fact'),
	within('separationPatterns', 'roles', 'role'),
	within('separationPatterns', 'benefits', 'benefit'),
	within('deploymentPatterns', 'managerPlacements', 'placement'),
	within('deploymentPatterns', 'operationDelivery', 'option'),
	within('deploymentPatterns', 'managerTasks', 'task'),
	within('deploymentPatterns', 'connections', 'connection'),
	within('deploymentPatterns', 'setupSteps', 'set-up step'),
];

export const listIdsUnique: IntegrityCheck = {
	name: 'list-ids-unique',
	description:
		'ids inside one record are unique per list: product facts, separation pattern roles and benefits, deployment pattern placements, delivery options, tasks, connections and set-up steps',
	run: (data) => lists.flatMap((list) => list(data)),
};
