import type { DeploymentPattern } from '../../schemas/deployment-pattern.ts';
import {
	connectionItem,
	historicalNote,
	namer,
	portItem,
	type Checklist,
	type ChecklistData,
	type ChecklistGroup,
	type ChecklistItem,
} from './checklists.ts';
import { portsForPattern } from './pattern-ports.ts';
import { machineCount, machineSize } from './pattern-sizing.ts';

/**
 * One set-up list per role of a pattern (load balancer first, then the tiers), computed from
 * the same records as the diagram: its machines, profile, ports, the links it opens, the
 * people who reach it, and for the manager its placement and tasks.
 */
export function roleChecklists(pattern: DeploymentPattern, data: ChecklistData): Checklist[] {
	const nameOf = namer(data);
	const kindOf = new Map(data.nodeRoles.map((role) => [role.id, role.kind]));
	const ports = portsForPattern(pattern, data.ports);
	const roles = [pattern.loadBalancer, ...pattern.tiers.map((tier) => tier.role)];

	return roles.map((role) => {
		const tier = pattern.tiers.find((candidate) => candidate.role === role);
		const items: ChecklistItem[] = [];

		if (tier) {
			const size = machineSize(tier);
			const count = machineCount(tier.count, tier.unit);
			items.push({
				id: 'provision',
				text: `Provision ${tier.software ? `${count} of ${tier.software}` : count}${size ? `, ${tier.count > 1 ? 'each with' : 'with'} ${size}` : ''}`,
				notes: size ? [] : ['The sources give no size for it.'],
			});
			if (tier.profile)
				items.push({
					id: 'profile',
					text: `Run the ${tier.profile.name} profile${tier.count > 1 ? ' on each' : ''}`,
					notes: tier.profile.derivation ? [`Derived: ${tier.profile.derivation}`] : [],
				});
		} else {
			items.push({ id: 'provision', text: `Set up the ${nameOf(role)}`, notes: ['The sources give no size for it.'] });
		}

		const rolePorts = ports.filter((port) => port.role === role);
		items.push(
			...rolePorts.filter((port) => port.status.kind === 'current').map((port) => portItem(port, nameOf, false)),
		);

		items.push(
			...pattern.connections
				.filter((connection) => connection.from === role)
				.map((connection) => connectionItem(connection, pattern, nameOf)),
			// People reach a node through no port the data gives, so their access is set up here.
			...pattern.connections
				.filter((connection) => connection.to === role && kindOf.get(connection.from) === 'client')
				.map((connection) => connectionItem(connection, pattern, nameOf)),
		);

		if (role === pattern.managerRole) {
			items.push({
				id: 'placement',
				text: `Place it: ${pattern.managerPlacements.map((option) => option.title.toLowerCase()).join(', or ')}`,
				notes: pattern.managerPlacements.map((option) => `${option.title}: ${option.summary}`),
			});
			items.push(
				...pattern.managerTasks.map((task) => ({
					id: `task:${task.id}`,
					text: `Background task runs here: ${task.title.toLowerCase()}`,
					notes: [task.summary],
				})),
			);
		}

		if (kindOf.get(role) === 'database') {
			items.push(
				...data.datasources
					.filter((datasource) => datasource.productName === pattern.productName)
					.map((datasource) => ({
						id: `datasource:${datasource.id}`,
						text: `Create a database for ${datasource.name}`,
						notes: [
							`${datasource.purpose} Ships pointing at the embedded H2 database ${datasource.defaultDatabase} (${datasource.configFile}).`,
						],
					})),
			);
		}

		const group: ChecklistGroup = { id: 'steps', title: 'Steps', items, notes: historicalNote(rolePorts) };
		return { id: `${pattern.id}:setup:${role}`, title: nameOf(role), groups: [group] };
	});
}
