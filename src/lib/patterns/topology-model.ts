import type { DeploymentPattern, ManagerPlacement } from '../../schemas/deployment-pattern.ts';
import type { ExternalEndpoint } from '../../schemas/external-endpoint.ts';
import type { NodeRole } from '../../schemas/node-role.ts';
import type { Port } from '../../schemas/port.ts';
import { compactSize, machineCount } from './pattern-sizing.ts';
import { patternRoleIds } from './pattern-ports.ts';
import { connectionEdge, portEdges, type TopologyEdge } from './topology-edges.ts';

export type { EdgePort, TopologyEdge } from './topology-edges.ts';

/** What a diagram node stands for; drives its shape. */
type TopologyNodeKind = NodeRole['kind'] | 'external';

/** One box of the diagram. */
export interface TopologyNode {
	id: string;
	/** The role or service name, e.g. "Worker node". */
	label: string;
	/** Smaller lines under the label: count and size, or who runs an external service. */
	details: string[];
	kind: TopologyNodeKind;
}

/** The diagram of one manager placement. */
export interface TopologyView {
	placement: ManagerPlacement;
	nodes: TopologyNode[];
	edges: TopologyEdge[];
	/** Node ids inside the placement's private network. */
	privateNetwork: string[];
	/** Flows of the data that touch the pattern but are left out of this view, each with why. */
	omitted: OmittedEdge[];
}

/** A flow the view does not draw, kept so the page can still say it exists. */
interface OmittedEdge {
	edge: TopologyEdge;
	reason: string;
}

/** The records a view is built from. */
interface TopologyData {
	nodeRoles: readonly NodeRole[];
	externalEndpoints: readonly ExternalEndpoint[];
	ports: readonly Port[];
}

/** Why a flow is left out of a view; the page prints these next to the connections table. */
const OMISSION_REASONS = {
	noMachine: 'the pattern gives these roles no machine of their own, so the diagram has no box for them',
	hiddenClient: 'this placement keeps these clients away from the manager, so they are not drawn',
	privateNetwork: 'the private network is reached only by its members, so nothing outside it calls into it',
} as const;

/**
 * Which flows a placement draws. The decisions, in order:
 *
 * 1. A diagram has a box only for the load balancer, the tiers (roles the pattern gives
 *    machines), the pattern's clients and the external services. A flow to or from any other
 *    role (IoT Analytics and Broker in the IoT Server pattern) is not drawn; it is returned in
 *    `omitted` so the page can still name it, and the ports reference lists it in full.
 * 2. A client whose every pattern connection is tied to other placements is hidden in this one
 *    (end users in the private-network placement), and so are all its flows, port rules
 *    included: the rule still exists for the placements that show them.
 * 3. In a placement with a private network, flows from outside into a member are dropped: the
 *    placement's point is that only its members reach the manager. Flows out of it stay.
 * 4. A pattern connection and the port rules of the same pair are one arrow (connectionEdge).
 */
function selectEdges(pattern: DeploymentPattern, data: TopologyData, placementId: string) {
	const placement = pattern.managerPlacements.find((candidate) => candidate.id === placementId)!;
	const drawable = new Set([...patternRoleIds(pattern), ...data.externalEndpoints.map((endpoint) => endpoint.id)]);
	const inPattern = new Set(patternRoleIds(pattern));
	const hidden = new Set(
		pattern.clients.filter((client) => {
			const own = pattern.connections.filter((connection) => connection.from === client || connection.to === client);
			return own.length > 0 && own.every((c) => c.placements.length > 0 && !c.placements.includes(placementId));
		}),
	);
	const fenced = new Set(placement.privateNetwork);
	const reasonFor = (edge: TopologyEdge): string | undefined => {
		if (!drawable.has(edge.from) || !drawable.has(edge.to)) return OMISSION_REASONS.noMachine;
		if (hidden.has(edge.from) || hidden.has(edge.to)) return OMISSION_REASONS.hiddenClient;
		if (fenced.has(edge.to) && !fenced.has(edge.from)) return OMISSION_REASONS.privateNetwork;
		return undefined;
	};

	// Every port rule that has at least one end in the pattern, so rule 1 can report the rest.
	const touching = data.ports.filter(
		(port) => inPattern.has(port.destination) || port.source.some((id) => inPattern.has(id)),
	);
	const byPorts = portEdges(touching);
	const connections = pattern.connections.filter(
		(connection) => connection.placements.length === 0 || connection.placements.includes(placementId),
	);
	const merged = connections.map((connection) =>
		connectionEdge(
			connection,
			byPorts.find((edge) => edge.from === connection.from && edge.to === connection.to),
		),
	);
	const candidates = [
		...byPorts.filter((edge) => !merged.some((other) => other.from === edge.from && other.to === edge.to)),
		...merged,
	];
	const edges: TopologyEdge[] = [];
	const omitted: OmittedEdge[] = [];
	for (const edge of candidates) {
		const reason = reasonFor(edge);
		if (reason === undefined) edges.push(edge);
		else if (edge.ports.some((port) => !port.historical)) omitted.push({ edge, reason });
	}
	return { placement, edges, omitted, hidden };
}

/**
 * Builds the nodes and edges of a pattern for one manager placement (see selectEdges for what
 * is drawn). Nodes are whatever the edges touch, plus the load balancer and every tier, so a
 * role with no known link still shows. A flow among the machines of one tier (Hazelcast between
 * the two workers) has no arrow to draw between two boxes: it stays in the edges, for the table
 * and the description, and the tier's box says it in a line of its own.
 */
export function buildTopology(pattern: DeploymentPattern, data: TopologyData, placementId: string): TopologyView {
	if (!pattern.managerPlacements.some((candidate) => candidate.id === placementId))
		throw new Error(`Pattern ${pattern.id} has no manager placement "${placementId}"`);
	const { placement, edges, omitted } = selectEdges(pattern, data, placementId);

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
		const peers = edges.filter((edge) => edge.from === id && edge.to === id);
		return {
			id,
			label: role.name,
			details: [
				tier.software ? `${count} (${tier.software})` : count,
				...(size === undefined ? [] : [tier.count > 1 ? `${size} each` : size]),
				...peers.map(
					(edge) =>
						`Node to node: ${edge.ports.length === 0 ? edge.label : edge.ports.map((port) => `${port.protocol}\u00a0${port.text}`).join(', ')}`,
				),
			],
			kind: role.kind,
		};
	});

	return {
		placement,
		nodes,
		edges,
		privateNetwork: placement.privateNetwork.filter((id) => ids.includes(id)),
		omitted,
	};
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
