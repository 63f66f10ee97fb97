import type { IntegrityCheck } from './check.ts';
import { idsOf, unknownReference } from './predicates.ts';

export const portReferences: IntegrityCheck = {
	name: 'port-references',
	description: 'port rules name known node roles, and known roles or external endpoints as source and destination',
	run: (data) => {
		const roles = idsOf(data.nodeRoles);
		const ends = new Set([...roles, ...idsOf(data.externalEndpoints)]);
		return data.ports.flatMap((item) => [
			...unknownReference(item, 'role', item.record.role, roles, 'node role'),
			...item.record.source.flatMap((id, index) =>
				unknownReference(item, `source.${index}`, id, ends, 'role or endpoint'),
			),
			...unknownReference(item, 'destination', item.record.destination, ends, 'role or endpoint'),
		]);
	},
};
