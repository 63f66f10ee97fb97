import { problemAt } from '../problem.ts';
import type { IntegrityCheck } from './check.ts';
import { idsOf } from './predicates.ts';

export const portDirectionMatchesRole: IntegrityCheck = {
	name: 'port-direction-matches-role',
	description: 'a port rule sits on the node it names: the destination of inbound traffic, the only source of outbound',
	run: (data) => {
		// An unknown role is reported by port-references; say it once.
		const roles = idsOf(data.nodeRoles);
		return data.ports.flatMap((item) => {
			const { direction, role, source, destination } = item.record;
			if (!roles.has(role)) return [];
			if (direction === 'inbound' && destination !== role)
				return [
					problemAt(item, 'destination', `is "${destination}", but inbound traffic must end at its role "${role}"`),
				];
			if (direction === 'outbound' && (source.length !== 1 || source[0] !== role))
				return [problemAt(item, 'source', `must be only its role "${role}" for outbound traffic`)];
			return [];
		});
	},
};
