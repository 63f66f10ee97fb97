import type { ExternalEndpoint } from '../../../schemas/external-endpoint.ts';
import type { NodeRole } from '../../../schemas/node-role.ts';
import type { Port } from '../../../schemas/port.ts';
import { portBounds } from '../../../core/port-range.ts';

/**
 * The firewall of one node role, worked out from the port rules once so every output format
 * (iptables, nftables, ufw, firewalld, Terraform) renders the same decisions:
 * - inbound: the rules the role carries, one line per peer role (clients may come from anywhere);
 * - outbound: the rules the role carries towards external services, plus a mirror of every
 *   other role's inbound rule that lists this role as a source, since this node starts those
 *   connections.
 */

/** The external service a peer stands for, so generators that connect to it can name it. */
export interface PeerEndpoint {
	/** The external endpoint's id. */
	id: string;
	/** The host names it answers on, as the data lists them ("*" marks a family). */
	hostnames: readonly string[];
}

/** Who is on the other end of a rule. */
export type Peer =
	| { kind: 'any'; label: string; endpoint?: PeerEndpoint }
	| { kind: 'role'; roleId: string; label: string; addresses: readonly string[] }
	| { kind: 'blocks'; label: string; blocks: readonly string[]; endpoint?: PeerEndpoint };

export interface PlannedRule {
	/** The port rule this line comes from (its anchor on the ports page). */
	ruleId: string;
	direction: 'inbound' | 'outbound';
	protocol: 'tcp' | 'udp';
	from: number;
	to: number;
	service: string;
	peer: Peer;
	/** The condition, when the rule is needed only in some set-ups. */
	condition?: string;
	/** Set when the port is retired: when, and what replaced it. */
	historical?: { retiredOn?: string; replacedBy: string };
}

export interface FirewallPlan {
	role: NodeRole;
	/** Every node role the rules name, with the placeholder addresses used for it. */
	placeholders: { role: NodeRole; addresses: readonly string[] }[];
	inbound: PlannedRule[];
	outbound: PlannedRule[];
}

interface PlanInput {
	roles: readonly NodeRole[];
	endpoints: readonly ExternalEndpoint[];
	ports: readonly Port[];
	/** Machines per role (from a deployment pattern); one placeholder address each. Default 1. */
	machineCounts?: ReadonlyMap<string, number>;
	/** Include retired ports, marked as such. Off by default: nobody should open them by accident. */
	includeHistorical?: boolean;
}

/**
 * The example cluster's addresses (node roles' `exampleAddresses`, RFC 5737 documentation
 * addresses) standing in for each role's real ones, as many as the role has machines, so the
 * rules name the same machines as the configuration guide. They are never routed, so a rule
 * pasted without replacing them opens nothing.
 */
export function placeholderAddresses(roles: readonly NodeRole[], counts?: ReadonlyMap<string, number>) {
	const hosts = roles.filter((role) => role.kind !== 'client' && role.exampleAddresses.length > 0);
	return new Map(
		hosts.map((role) => {
			const count = Math.min(Math.max(counts?.get(role.id) ?? 1, 1), role.exampleAddresses.length);
			return [role.id, role.exampleAddresses.slice(0, count)] as const;
		}),
	);
}

/** Roles that can carry a host firewall (not clients) and have at least one flow. */
export function firewallRoles(roles: readonly NodeRole[], ports: readonly Port[]): NodeRole[] {
	return roles.filter(
		(role) =>
			role.kind !== 'client' &&
			ports.some((port) => port.role === role.id || (port.direction === 'inbound' && port.source.includes(role.id))),
	);
}

export function planFirewall(roleId: string, input: PlanInput): FirewallPlan {
	const roleById = new Map(input.roles.map((role) => [role.id, role]));
	const role = roleById.get(roleId);
	if (role === undefined) throw new Error(`Unknown node role "${roleId}"`);
	const endpointById = new Map(input.endpoints.map((endpoint) => [endpoint.id, endpoint]));
	const addresses = placeholderAddresses(input.roles, input.machineCounts);
	const used = new Set<string>();

	const rolePeer = (id: string): Peer => {
		const peerRole = roleById.get(id);
		const peerAddresses = addresses.get(id);
		if (peerRole === undefined || peerAddresses === undefined) return { kind: 'any', label: peerRole?.name ?? id };
		used.add(id);
		return { kind: 'role', roleId: id, label: peerRole.name, addresses: peerAddresses };
	};

	const endpointPeers = (id: string): Peer[] => {
		const endpoint = endpointById.get(id);
		if (endpoint === undefined) return [rolePeer(id)];
		const label = endpoint.abbreviation;
		const about = { id: endpoint.id, hostnames: endpoint.hostnames };
		return endpoint.addressBlocks.length > 0
			? [{ kind: 'blocks', label, blocks: endpoint.addressBlocks, endpoint: about }]
			: [{ kind: 'any', label, endpoint: about }];
	};

	/** Sources of an inbound rule: any client among them means "anyone", which covers the rest. */
	const sourcePeers = (port: Port): Peer[] => {
		const clients = port.source.filter((id) => roleById.get(id)?.kind === 'client');
		if (clients.length > 0) {
			const names = clients.map((id) => roleById.get(id)?.name ?? id);
			return [{ kind: 'any', label: names.join(', ') }];
		}
		return port.source.map(rolePeer);
	};

	const visible = input.ports.filter((port) => input.includeHistorical === true || port.status.kind === 'current');
	const planned = (port: Port, direction: PlannedRule['direction'], peer: Peer): PlannedRule => {
		const [from, to] = portBounds(port.port);
		return {
			ruleId: port.id,
			direction,
			protocol: port.protocol,
			from,
			to,
			service: port.service,
			peer,
			...(port.requirement.kind === 'conditional' ? { condition: port.requirement.condition } : {}),
			...(port.status.kind === 'historical'
				? {
						historical: {
							replacedBy: port.status.replacedBy,
							...(port.status.retiredOn === undefined ? {} : { retiredOn: port.status.retiredOn }),
						},
					}
				: {}),
		};
	};

	const inbound = visible
		.filter((port) => port.role === roleId && port.direction === 'inbound')
		.flatMap((port) => sourcePeers(port).map((peer) => planned(port, 'inbound', peer)));
	const outbound = [
		...visible
			.filter((port) => port.role === roleId && port.direction === 'outbound')
			.flatMap((port) => endpointPeers(port.destination).map((peer) => planned(port, 'outbound', peer))),
		...visible
			.filter((port) => port.direction === 'inbound' && port.source.includes(roleId))
			.map((port) => planned(port, 'outbound', rolePeer(port.destination))),
	];

	return {
		role,
		placeholders: input.roles
			.filter((candidate) => used.has(candidate.id))
			.map((candidate) => ({ role: candidate, addresses: addresses.get(candidate.id) ?? [] })),
		inbound,
		outbound,
	};
}
