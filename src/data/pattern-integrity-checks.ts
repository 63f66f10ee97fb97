import type { LocatedDataSet } from './dataset.ts';
import type { Located } from './parse-collection.ts';
import { problemAt, type Problem } from './problem.ts';
import type { IntegrityCheck } from './integrity-checks.ts';
import type { DeploymentPattern } from '../schemas/deployment-pattern.ts';

/**
 * Cross-record rules for deployment patterns beyond their tiers: clients, placements,
 * connections and delivery options must name things that exist, because the topology
 * diagram and the checklists are computed from them and would silently drop a bad link.
 */

/** Problems for every id in `ids` that appears earlier in the same list. */
function repeated(item: Located<DeploymentPattern>, ids: readonly string[], field: string, what: string): Problem[] {
	return ids.flatMap((id, index) =>
		ids.indexOf(id) === index ? [] : [problemAt(item, `${field}.${index}.id`, `repeats ${what} id "${id}"`)],
	);
}

export const patternIdsUnique: IntegrityCheck = {
	name: 'ids inside a pattern are unique per list',
	run: (data) =>
		data.deploymentPatterns.flatMap((item) => [
			...repeated(
				item,
				item.record.managerPlacements.map((option) => option.id),
				'managerPlacements',
				'placement',
			),
			...repeated(
				item,
				item.record.operationDelivery.map((option) => option.id),
				'operationDelivery',
				'option',
			),
			...repeated(
				item,
				item.record.managerTasks.map((option) => option.id),
				'managerTasks',
				'task',
			),
			...repeated(
				item,
				item.record.connections.map((option) => option.id),
				'connections',
				'connection',
			),
			...repeated(
				item,
				item.record.setupSteps.map((step) => step.id),
				'setupSteps',
				'set-up step',
			),
		]),
};

export const patternLinksResolve: IntegrityCheck = {
	name: 'pattern clients, placements, connections, delivery options and set-up steps name known records',
	run: (data: LocatedDataSet) => {
		const roles = new Map(data.nodeRoles.map((item) => [item.record.id, item.record]));
		const endpoints = new Set(data.externalEndpoints.map((item) => item.record.id));
		return data.deploymentPatterns.flatMap((item) => {
			const pattern = item.record;
			const placements = new Set(pattern.managerPlacements.map((placement) => placement.id));
			const problems: Problem[] = [];
			if (roles.get(pattern.managerRole)?.kind !== 'wso2-node')
				problems.push(problemAt(item, 'managerRole', `"${pattern.managerRole}" is not a node role of kind wso2-node`));
			pattern.clients.forEach((id, index) => {
				if (roles.get(id)?.kind !== 'client')
					problems.push(problemAt(item, `clients.${index}`, `"${id}" is not a node role of kind client`));
			});
			pattern.managerPlacements.forEach((placement, index) =>
				placement.privateNetwork.forEach((id, inner) => {
					if (!roles.has(id))
						problems.push(
							problemAt(item, `managerPlacements.${index}.privateNetwork.${inner}`, `names unknown node role "${id}"`),
						);
				}),
			);
			pattern.operationDelivery.forEach((option, index) =>
				option.needs.forEach((id, inner) => {
					if (!endpoints.has(id))
						problems.push(
							problemAt(item, `operationDelivery.${index}.needs.${inner}`, `names unknown external endpoint "${id}"`),
						);
				}),
			);
			pattern.connections.forEach((connection, index) => {
				if (!roles.has(connection.from))
					problems.push(problemAt(item, `connections.${index}.from`, `names unknown node role "${connection.from}"`));
				if (!roles.has(connection.to) && !endpoints.has(connection.to))
					problems.push(
						problemAt(item, `connections.${index}.to`, `names unknown node role or endpoint "${connection.to}"`),
					);
				connection.placements.forEach((id, inner) => {
					if (!placements.has(id))
						problems.push(
							problemAt(item, `connections.${index}.placements.${inner}`, `names unknown manager placement "${id}"`),
						);
				});
			});
			pattern.setupSteps.forEach((step, index) =>
				step.roles.forEach((id, inner) => {
					if (!roles.has(id))
						problems.push(problemAt(item, `setupSteps.${index}.roles.${inner}`, `names unknown node role "${id}"`));
				}),
			);
			return problems;
		});
	},
};

export const datasourceNamesUnique: IntegrityCheck = {
	name: 'datasource names are unique within their product',
	run: (data) => {
		const seen = new Set<string>();
		return data.datasources.flatMap((item) => {
			const key = `${item.record.productName}\u0000${item.record.name}`;
			if (!seen.has(key)) {
				seen.add(key);
				return [];
			}
			return [problemAt(item, 'name', `repeats datasource ${item.record.name} of ${item.record.productName}`)];
		});
	},
};
