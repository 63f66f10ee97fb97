import type { IntegrityCheck } from './check.ts';
import { byId, notRoleOfKind, unknownReference } from './predicates.ts';

export const patternRolesKnown: IntegrityCheck = {
	name: 'pattern-roles-known',
	description: 'deployment pattern tiers name known node roles, and the load balancer is a role of kind load-balancer',
	run: (data) => {
		const roles = byId(data.nodeRoles);
		return data.deploymentPatterns.flatMap((item) => [
			...item.record.tiers.flatMap((tier, index) =>
				unknownReference(item, `tiers.${index}.role`, tier.role, roles, 'node role'),
			),
			...notRoleOfKind(item, 'loadBalancer', item.record.loadBalancer, roles, 'load-balancer'),
		]);
	},
};
