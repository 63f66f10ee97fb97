import { problemAt } from '../problem.ts';
import type { IntegrityCheck } from './check.ts';
import { repeatedKeys } from './predicates.ts';

export const datasourceNamesUnique: IntegrityCheck = {
	name: 'datasource-names-unique',
	description: 'datasource names are unique within their product',
	run: (data) =>
		repeatedKeys(data.datasources.map(({ record }) => `${record.productName}\u0000${record.name}`)).map(({ index }) => {
			const item = data.datasources[index]!;
			return problemAt(item, 'name', `repeats datasource ${item.record.name} of ${item.record.productName}`);
		}),
};
