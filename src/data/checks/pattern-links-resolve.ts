import type { IntegrityCheck } from './check.ts';
import { byId, idsOf, notRoleOfKind, unknownReference } from './predicates.ts';

/**
 * The topology diagram and the checklists are computed from these links and would silently
 * drop a bad one, so each must name something that exists.
 */
export const patternLinksResolve: IntegrityCheck = {
	name: 'pattern-links-resolve',
	description:
		'deployment pattern manager, clients, placements, delivery options, connections and set-up steps name known records of the right kind',
	run: (data) => {
		const roles = byId(data.nodeRoles);
		const endpoints = idsOf(data.externalEndpoints);
		const ends = new Set([...roles.keys(), ...endpoints]);
		return data.deploymentPatterns.flatMap((item) => {
			const pattern = item.record;
			const placements = new Set(pattern.managerPlacements.map((placement) => placement.id));
			return [
				...notRoleOfKind(item, 'managerRole', pattern.managerRole, roles, 'wso2-node'),
				...pattern.clients.flatMap((id, index) => notRoleOfKind(item, `clients.${index}`, id, roles, 'client')),
				...pattern.managerPlacements.flatMap((placement, index) =>
					placement.privateNetwork.flatMap((id, inner) =>
						unknownReference(item, `managerPlacements.${index}.privateNetwork.${inner}`, id, roles, 'node role'),
					),
				),
				...pattern.operationDelivery.flatMap((option, index) =>
					option.needs.flatMap((id, inner) =>
						unknownReference(item, `operationDelivery.${index}.needs.${inner}`, id, endpoints, 'external endpoint'),
					),
				),
				...pattern.connections.flatMap((connection, index) => [
					...unknownReference(item, `connections.${index}.from`, connection.from, roles, 'node role'),
					...unknownReference(item, `connections.${index}.to`, connection.to, ends, 'node role or endpoint'),
					...connection.placements.flatMap((id, inner) =>
						unknownReference(item, `connections.${index}.placements.${inner}`, id, placements, 'manager placement'),
					),
				]),
				...pattern.setupSteps.flatMap((step, index) =>
					step.roles.flatMap((id, inner) =>
						unknownReference(item, `setupSteps.${index}.roles.${inner}`, id, roles, 'node role'),
					),
				),
			];
		});
	},
};
