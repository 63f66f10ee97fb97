import { problemAt } from '../problem.ts';
import type { IntegrityCheck } from './check.ts';
import { byId, unknownReference } from './predicates.ts';

export const portReplacementsResolve: IntegrityCheck = {
	name: 'port-replacements-resolve',
	description: 'historical port rules name current port rules as their replacements',
	run: (data) => {
		const ports = byId(data.ports);
		return data.ports.flatMap((item) => {
			const { status } = item.record;
			if (status.kind !== 'historical') return [];
			return status.replacementIds.flatMap((id, index) => {
				const field = `status.replacementIds.${index}`;
				const replacement = ports.get(id);
				if (replacement === undefined) return unknownReference(item, field, id, ports, 'port rule');
				if (replacement.status.kind !== 'current')
					return [problemAt(item, field, `names "${id}", which is itself historical`)];
				return [];
			});
		});
	},
};
