import type { Datasource } from '../../schemas/datasource.ts';
import type { DeploymentPattern, PatternConnection } from '../../schemas/deployment-pattern.ts';
import type { ExternalEndpoint } from '../../schemas/external-endpoint.ts';
import type { NodeRole } from '../../schemas/node-role.ts';
import type { Port } from '../../schemas/port.ts';
import { portsForPattern, protocolAndPort, unplacedRolePorts } from './pattern-ports.ts';
import { machineCount, machineSize } from './pattern-sizing.ts';
import { portRowPath } from '../shared/paths.ts';

/**
 * Checklists computed from a pattern's data, never typed by hand. Item ids are built from
 * the ids of the records behind them ("port:load-balancer-https-443"), so ticks saved in a
 * browser survive rewording and reordering, and an item whose record goes away simply
 * stops matching.
 */

export interface ChecklistItem {
	/** Stable within its checklist. */
	id: string;
	text: string;
	/** Conditions, derivations and guidance shown under the item. */
	notes: string[];
	/** Where the item's fact is described in full, when that is another page. */
	href?: string;
}

export interface ChecklistGroup {
	id: string;
	title: string;
	items: ChecklistItem[];
	/** What the group leaves out on purpose, and why. */
	notes: string[];
}

export interface Checklist {
	/** Stable across builds; progress is stored under it. */
	id: string;
	title: string;
	groups: ChecklistGroup[];
}

export interface ChecklistData {
	nodeRoles: readonly NodeRole[];
	externalEndpoints: readonly ExternalEndpoint[];
	ports: readonly Port[];
	datasources: readonly Datasource[];
}

/** Display names for role and endpoint ids. */
export function namer(data: ChecklistData): (id: string) => string {
	const names = new Map<string, string>([
		...data.nodeRoles.map((role) => [role.id, role.name] as const),
		...data.externalEndpoints.map((endpoint) => [endpoint.id, endpoint.abbreviation] as const),
	]);
	return (id) => names.get(id) ?? id;
}

export function portItem(port: Port, nameOf: (id: string) => string, withRole: boolean): ChecklistItem {
	const direction =
		port.direction === 'inbound' ? `inbound ${protocolAndPort(port)} from` : `outbound ${protocolAndPort(port)} to`;
	// A rule may admit several callers; each is named.
	const peer = port.direction === 'inbound' ? port.source.map(nameOf).join(', ') : nameOf(port.destination);
	const action = `Allow ${direction} ${peer} (${port.service})`;
	return {
		id: `port:${port.id}`,
		text: withRole ? `${nameOf(port.role)}: ${action.charAt(0).toLowerCase()}${action.slice(1)}` : action,
		notes: port.requirement.kind === 'conditional' ? [`Condition: ${port.requirement.condition}`] : [],
		href: portRowPath(port.id),
	};
}

export function connectionItem(
	connection: PatternConnection,
	pattern: DeploymentPattern,
	nameOf: (id: string) => string,
): ChecklistItem {
	const placements = pattern.managerPlacements.filter((placement) => connection.placements.includes(placement.id));
	return {
		id: `connection:${connection.id}`,
		text: `${nameOf(connection.from)} → ${nameOf(connection.to)}: ${connection.label}`,
		notes: [
			connection.purpose,
			...(placements.length > 0 ? [`Only with: ${placements.map((placement) => placement.title).join(' or ')}.`] : []),
			...(connection.derivation ? [`Derived: ${connection.derivation}`] : []),
		],
	};
}

/** Historical ports are left out of what to open; this says which and what replaced them. */
export function historicalNote(ports: readonly Port[]): string[] {
	return ports.flatMap((port) =>
		port.status.kind === 'historical'
			? [`Not listed: ${protocolAndPort(port)} (${port.service}) is historical. ${port.status.replacedBy}`]
			: [],
	);
}

/** What to have ready before installing anything: machines, ports per role, push services, database, decisions. */
export function beforeYouBegin(pattern: DeploymentPattern, data: ChecklistData): Checklist {
	const nameOf = namer(data);
	const ports = portsForPattern(pattern, data.ports);
	const current = ports.filter((port) => port.status.kind === 'current');
	const endpoints = [...new Set(current.map((port) => port.destination))].flatMap((id) =>
		data.externalEndpoints.filter((endpoint) => endpoint.id === id),
	);
	const datasources = data.datasources.filter((datasource) => datasource.productName === pattern.productName);
	const database = pattern.tiers.find(
		(tier) => data.nodeRoles.find((role) => role.id === tier.role)?.kind === 'database',
	);
	const databaseUsers = pattern.connections.filter((connection) => connection.to === database?.role);

	const machines: ChecklistItem[] = [
		{
			id: `machine:${pattern.loadBalancer}`,
			text: `${nameOf(pattern.loadBalancer)}: a server for it`,
			notes: ['The sources give no size for it.'],
		},
		...pattern.tiers.map((tier) => {
			const size = machineSize(tier);
			const count = machineCount(tier.count, tier.unit);
			return {
				id: `machine:${tier.role}`,
				text: `${nameOf(tier.role)}: ${tier.software ? `${count} of ${tier.software}` : count}${size ? `, ${tier.count > 1 ? 'each with' : 'with'} ${size}` : ''}`,
				notes: size ? [] : ['The sources give no size for it.'],
			};
		}),
	];

	const groups: ChecklistGroup[] = [
		{ id: 'machines', title: 'Machines', items: machines, notes: [] },
		{
			id: 'ports',
			title: 'Ports to open, by role',
			items: current.map((port) => portItem(port, nameOf, true)),
			notes: historicalNote(ports),
		},
		{
			id: 'push-services',
			title: 'Push services',
			items: endpoints.map((endpoint) => ({
				id: `endpoint:${endpoint.id}`,
				text: `Decide how the firewall admits ${endpoint.abbreviation} (${endpoint.operator})`,
				notes: [endpoint.allowGuidance],
			})),
			notes: [],
		},
		{
			id: 'database',
			title: 'Database',
			items: [
				...(database && databaseUsers.length > 0
					? [
							{
								id: 'database:reachable',
								text: `${nameOf(database.role)}: reachable from ${[...new Set(databaseUsers.map((connection) => nameOf(connection.from)))].join(', ')}`,
								notes: databaseUsers[0]?.derivation ? [`Derived: ${databaseUsers[0].derivation}`] : [],
							},
						]
					: []),
				...(datasources.length > 0
					? [
							{
								id: 'database:datasources',
								text: `A database planned for each of the ${datasources.length} datasources ${pattern.productName} ships`,
								notes: [datasources.map((datasource) => datasource.name).join(', ')],
							},
						]
					: []),
			],
			notes: [],
		},
		{
			id: 'decisions',
			title: 'Decisions',
			items: [
				{
					id: 'decision:manager-placement',
					text: `Where the ${nameOf(pattern.managerRole).toLowerCase()} sits: ${pattern.managerPlacements.map((option) => option.title.toLowerCase()).join(', or ')}`,
					notes: [],
				},
				{
					id: 'decision:operation-delivery',
					text: `How devices receive operations: ${pattern.operationDelivery.map((option) => option.title.toLowerCase()).join(', or ')}`,
					notes: [],
				},
				// A role the pattern's nodes call but gives no machine is a decision, not a port to
				// open on a known machine: its ports go wherever it ends up.
				...unplacedRolePorts(pattern, data.ports).map(({ role, ports: called }) => ({
					id: `decision:host:${role}`,
					text: `Where the ${nameOf(role)} runs: the pattern gives it no machine of its own`,
					notes: [
						`${[...new Set(called.flatMap((port) => port.source))].map(nameOf).join(' and ')} call it on ${called.map(protocolAndPort).join(', ')}; open them on the machine that runs it.`,
					],
					href: portRowPath(called[0]!.id),
				})),
			],
			notes: [],
		},
	];
	return {
		id: `${pattern.id}:before-you-begin`,
		title: 'Before you begin',
		groups: groups.filter((group) => group.items.length > 0),
	};
}
