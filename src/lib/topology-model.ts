import type { DeploymentPattern, ManagerPlacement } from '../schemas/deployment-pattern.ts';
import type { Evidence } from '../schemas/primitives.ts';
import type { ExternalEndpoint } from '../schemas/external-endpoint.ts';
import type { NodeRole } from '../schemas/node-role.ts';
import type { Port } from '../schemas/port.ts';
import { compactSize, machineCount } from './pattern-sizing.ts';
import { portsForPattern } from './pattern-ports.ts';
import { formatPort } from './port-range.ts';

/** What a diagram node stands for; drives its shape. */
export type TopologyNodeKind = NodeRole['kind'] | 'external';

/** One box of the diagram. */
export interface TopologyNode {
	id: string;
	/** The role or service name, e.g. "Worker node". */
	label: string;
	/** Smaller lines under the label: count and size, or who runs an external service. */
	details: string[];
	kind: TopologyNodeKind;
}

/** A port rule as an edge shows it. */
export interface EdgePort {
	id: string;
	/** e.g. "5229-5230". */
	text: string;
	service: string;
	historical: boolean;
	/** The condition, when the rule is only sometimes needed. */
	condition?: string;
}

/** One arrow of the diagram, from the side that opens the connection. */
export interface TopologyEdge {
	/** "ports:device->fcm" for port rules, "connection:<id>" for pattern connections. */
	id: string;
	from: string;
	to: string;
	/** Short text on the arrow: the ports, or the connection's label. */
	label: string;
	/** What flows, in a sentence. */
	purpose: string;
	/** The weakest evidence behind the edge: derived if any part is. */
	evidence: Evidence;
	/** Reasons for derived parts, in order. */
	derivations: string[];
	/** True when every port on the edge is historical. */
	historical: boolean;
	ports: EdgePort[];
}

/** The diagram of one manager placement. */
export interface TopologyView {
	placement: ManagerPlacement;
	nodes: TopologyNode[];
	edges: TopologyEdge[];
	/** Node ids inside the placement's private network. */
	privateNetwork: string[];
}

/** The records a view is built from. */
export interface TopologyData {
	nodeRoles: readonly NodeRole[];
	externalEndpoints: readonly ExternalEndpoint[];
	ports: readonly Port[];
}

/**
 * One edge per (source, destination) pair: the ports of a pair travel together on one arrow.
 * A rule with several callers contributes to the edge of each.
 */
function portEdges(ports: readonly Port[]): TopologyEdge[] {
	const byPair = new Map<string, { from: string; to: string; group: Port[] }>();
	for (const port of ports) {
		for (const from of port.source) {
			const key = `${from}->${port.destination}`;
			const entry = byPair.get(key) ?? { from, to: port.destination, group: [] };
			entry.group.push(port);
			byPair.set(key, entry);
		}
	}
	return [...byPair.entries()].map(([key, { from, to, group }]) => {
		const historical = group.every((port) => port.status.kind === 'historical');
		const numbers = group.map((port) => formatPort(port.port)).join(', ');
		return {
			id: `ports:${key}`,
			from,
			to,
			label: historical ? `${numbers} (historical)` : numbers,
			purpose: [...new Set(group.map((port) => port.service))].join('; '),
			evidence: group.every((port) => port.evidence === 'stated') ? 'stated' : 'derived',
			derivations: group.flatMap((port) => (port.derivation === undefined ? [] : [port.derivation])),
			historical,
			ports: group.map((port) => ({
				id: port.id,
				text: formatPort(port.port),
				service: port.service,
				historical: port.status.kind === 'historical',
				...(port.requirement.kind === 'conditional' ? { condition: port.requirement.condition } : {}),
			})),
		};
	});
}

/**
 * Builds the nodes and edges of a pattern for one manager placement. Edges come from two
 * places only: the port rules of the pattern's roles, and the pattern's connections that
 * apply to the placement. Nodes are whatever those edges touch, plus every tier, so a role
 * with no known link still shows.
 */
export function buildTopology(pattern: DeploymentPattern, data: TopologyData, placementId: string): TopologyView {
	const placement = pattern.managerPlacements.find((candidate) => candidate.id === placementId);
	if (placement === undefined) throw new Error(`Pattern ${pattern.id} has no manager placement "${placementId}"`);

	const connections = pattern.connections.filter(
		(connection) => connection.placements.length === 0 || connection.placements.includes(placementId),
	);
	const edges: TopologyEdge[] = [
		...portEdges(portsForPattern(pattern, data.ports)),
		...connections.map((connection) => ({
			id: `connection:${connection.id}`,
			from: connection.from,
			to: connection.to,
			label: connection.label,
			purpose: connection.purpose,
			evidence: connection.evidence,
			derivations: connection.derivation === undefined ? [] : [connection.derivation],
			historical: false,
			ports: [],
		})),
	];

	const tierByRole = new Map(pattern.tiers.map((tier) => [tier.role, tier]));
	const roleById = new Map(data.nodeRoles.map((role) => [role.id, role]));
	const endpointById = new Map(data.externalEndpoints.map((endpoint) => [endpoint.id, endpoint]));
	const ids = [
		...new Set([
			pattern.loadBalancer,
			...pattern.tiers.map((tier) => tier.role),
			...edges.flatMap((edge) => [edge.from, edge.to]),
		]),
	];

	const nodes = ids.map((id): TopologyNode => {
		const endpoint = endpointById.get(id);
		if (endpoint)
			return { id, label: endpoint.abbreviation, details: [`${endpoint.operator}, external`], kind: 'external' };
		const role = roleById.get(id);
		// The loader checks every reference, so this only fires on hand-built test data.
		if (role === undefined) throw new Error(`Topology of ${pattern.id} names unknown role or endpoint "${id}"`);
		const tier = tierByRole.get(id);
		if (tier === undefined) return { id, label: role.name, details: [], kind: role.kind };
		const count = machineCount(tier.count, tier.unit);
		const size = compactSize(tier);
		return {
			id,
			label: role.name,
			details: [
				tier.software ? `${count} (${tier.software})` : count,
				...(size === undefined ? [] : [tier.count > 1 ? `${size} each` : size]),
			],
			kind: role.kind,
		};
	});

	return { placement, nodes, edges, privateNetwork: placement.privateNetwork.filter((id) => ids.includes(id)) };
}

/** "NGINX load balancer": a node's name by id, for sentences about a view. */
export function nodeLabels(view: TopologyView): Map<string, string> {
	return new Map(view.nodes.map((node) => [node.id, node.label]));
}

/**
 * The view in sentences, for the diagram's <desc>: what is on it and every arrow, so a
 * screen reader user hears the picture before reaching the table after it.
 */
export function describeTopology(view: TopologyView): string {
	const label = nodeLabels(view);
	const zone =
		view.privateNetwork.length > 0
			? ` A private network holds ${view.privateNetwork.map((id) => label.get(id)).join(' and ')}.`
			: '';
	const arrows = view.edges.map((edge) => `${label.get(edge.from)} to ${label.get(edge.to)}: ${edge.label}`);
	return `${view.placement.title}. ${view.nodes.length} parts and ${view.edges.length} connections.${zone} Connections: ${arrows.join('; ')}.`;
}
