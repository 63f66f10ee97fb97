import type { DeploymentPattern } from '../../schemas/deployment-pattern.ts';
import type { Evidence } from '../../schemas/primitives.ts';
import type { Port } from '../../schemas/port.ts';
import { formatPort } from '../../core/port-range.ts';

/** A port rule as an edge shows it. */
export interface EdgePort {
	id: string;
	/** e.g. "5229-5230". */
	text: string;
	/** "TCP" or "UDP", as the reader's firewall spells it. */
	protocol: string;
	service: string;
	historical: boolean;
	/** The condition, when the rule is only sometimes needed. */
	condition?: string;
}

/** One arrow of the diagram, from the side that opens the connection. */
export interface TopologyEdge {
	/**
	 * "ports:device->fcm" for port rules alone, "connection:<id>" for a pattern connection
	 * (with the port rules of the same pair, when there are any).
	 */
	id: string;
	from: string;
	to: string;
	/** Short text on the arrow: the ports, or the connection's label when no port is known. */
	label: string;
	/** What flows, in a sentence. */
	purpose: string;
	/** The weakest evidence behind the edge: derived if any part is. */
	evidence: Evidence;
	/** Reasons for derived parts, in order, each once. */
	derivations: string[];
	/** True when every port on the edge is historical. */
	historical: boolean;
	ports: EdgePort[];
}

type Connection = DeploymentPattern['connections'][number];

function edgePort(port: Port): EdgePort {
	return {
		id: port.id,
		text: formatPort(port.port),
		protocol: port.protocol.toUpperCase(),
		service: port.service,
		historical: port.status.kind === 'historical',
		...(port.requirement.kind === 'conditional' ? { condition: port.requirement.condition } : {}),
	};
}

/**
 * The arrow's words for a group of ports: the current ones. Retired ports are named on the arrow
 * only when nothing current replaces them on it (then marked historical); beside their
 * replacements they would only crowd the picture, and the connections table lists them.
 */
function portLabel(ports: readonly EdgePort[]): string {
	const current = ports.filter((port) => !port.historical).map((port) => port.text);
	if (current.length > 0) return current.join(', ');
	return `${ports.map((port) => port.text).join(', ')} (historical)`;
}

/**
 * One edge per (source, destination) pair: the ports of a pair travel together on one arrow.
 * A rule with several callers contributes to the edge of each.
 */
export function portEdges(ports: readonly Port[]): TopologyEdge[] {
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
		const shown = group.map(edgePort);
		return {
			id: `ports:${key}`,
			from,
			to,
			label: portLabel(shown),
			purpose: [...new Set(group.map((port) => port.service))].join('; '),
			evidence: group.every((port) => port.evidence === 'stated') ? 'stated' : 'derived',
			derivations: [...new Set(group.flatMap((port) => (port.derivation === undefined ? [] : [port.derivation])))],
			historical: shown.every((port) => port.historical),
			ports: shown,
		};
	});
}

/**
 * A pattern connection as an edge. When port rules join the same pair (the load balancer and
 * the workers, the nodes and the key managers), the two are one flow seen twice: they become a
 * single arrow that keeps the connection's id and purpose and carries the ports, instead of two
 * arrows drawn on top of each other.
 */
export function connectionEdge(connection: Connection, samePair: TopologyEdge | undefined): TopologyEdge {
	const derivations = connection.derivation === undefined ? [] : [connection.derivation];
	if (samePair === undefined)
		return {
			id: `connection:${connection.id}`,
			from: connection.from,
			to: connection.to,
			label: connection.label,
			purpose: connection.purpose,
			evidence: connection.evidence,
			derivations,
			historical: false,
			ports: [],
		};
	return {
		...samePair,
		id: `connection:${connection.id}`,
		purpose: `${connection.purpose} Ports: ${samePair.purpose}.`,
		evidence: connection.evidence === 'stated' && samePair.evidence === 'stated' ? 'stated' : 'derived',
		derivations: [...new Set([...derivations, ...samePair.derivations])],
	};
}
