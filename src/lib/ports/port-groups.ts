import type { Port } from '../../schemas/port.ts';
import { portBounds } from '../../core/port-range.ts';

/**
 * The ports reference seen from different sides: grouped by the node that needs each flow,
 * or by port number. Pure data shaping; components render it.
 */

/** A flow as one node sees it. */
export interface RoleFlow {
	port: Port;
	/** "inbound" when the node accepts the connection, "outbound" when it starts it. */
	direction: 'inbound' | 'outbound';
	/** The ids on the other end. */
	peers: readonly string[];
}

/** Anything on either end of a flow: a node role or an external service. */
export interface Party {
	id: string;
	name: string;
}

export interface RoleGroup {
	role: Party;
	inbound: RoleFlow[];
	outbound: RoleFlow[];
}

/**
 * For each party: the flows it accepts and the flows it starts (including calls to other
 * roles' ports). External services only accept.
 */
export function groupByRole(roles: readonly Party[], ports: readonly Port[]): RoleGroup[] {
	return roles
		.map((role) => ({
			role,
			inbound: ports
				.filter((port) => port.destination === role.id)
				.map((port): RoleFlow => ({ port, direction: 'inbound', peers: port.source })),
			outbound: ports
				.filter((port) => port.source.includes(role.id))
				.map((port): RoleFlow => ({ port, direction: 'outbound', peers: [port.destination] })),
		}))
		.filter((group) => group.inbound.length + group.outbound.length > 0);
}

/** The rules one party's firewall carries. */
export interface CarrierGroup {
	party: Party;
	ports: Port[];
}

/**
 * Every rule once, under the party whose firewall carries it (`port.role`), parties in the
 * order given and rules in data order; parties that carry none are left out. This is the
 * ports reference's main table split per node, so a phone lays out one short table at a time.
 * A rule whose carrier is not among `parties` would silently vanish from the page, so it throws.
 */
export function groupByCarrier(parties: readonly Party[], ports: readonly Port[]): CarrierGroup[] {
	const known = new Set(parties.map((party) => party.id));
	const stray = ports.find((port) => !known.has(port.role));
	if (stray)
		throw new Error(`groupByCarrier: rule "${stray.id}" is carried by "${stray.role}", which is not a listed party`);
	return parties
		.map((party) => ({ party, ports: ports.filter((port) => port.role === party.id) }))
		.filter((group) => group.ports.length > 0);
}

export interface PortNumberGroup {
	/** "443" or "5229-5230". */
	label: string;
	from: number;
	ports: Port[];
}

/** Rules grouped by their port or range, lowest first; shows at a glance who else uses a number. */
export function groupByPortNumber(ports: readonly Port[]): PortNumberGroup[] {
	const groups = new Map<string, PortNumberGroup>();
	for (const port of ports) {
		const [from, to] = portBounds(port.port);
		const label = from === to ? String(from) : `${from}-${to}`;
		const group = groups.get(label) ?? { label, from, ports: [] };
		group.ports.push(port);
		groups.set(label, group);
	}
	return [...groups.values()].sort((a, b) => a.from - b.from || a.label.localeCompare(b.label));
}
