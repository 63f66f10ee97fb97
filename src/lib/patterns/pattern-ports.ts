import type { DeploymentPattern } from '../../schemas/deployment-pattern.ts';
import type { Port } from '../../schemas/port.ts';
import { formatPort } from '../../core/port-range.ts';

/**
 * The roles taking part in a pattern, in reading order: the load balancer first (it is what
 * traffic meets), then the tiers, then the clients outside the cluster.
 */
export function patternRoleIds(pattern: DeploymentPattern): string[] {
	const ids = [pattern.loadBalancer, ...pattern.tiers.map((tier) => tier.role), ...pattern.clients];
	return [...new Set(ids)];
}

/** The port rules a pattern needs: those carried by one of its roles. */
export function portsForPattern(pattern: DeploymentPattern, ports: readonly Port[]): Port[] {
	const roles = new Set(patternRoleIds(pattern));
	return ports.filter((port) => roles.has(port.role));
}

/** One role of a pattern with the port rules its firewall carries (possibly none). */
export interface RolePorts {
	role: string;
	ports: Port[];
}

/** Every role of the pattern with its port rules, in the pattern's reading order. */
export function portsByRole(pattern: DeploymentPattern, ports: readonly Port[]): RolePorts[] {
	const mine = portsForPattern(pattern, ports);
	return patternRoleIds(pattern).map((role) => ({ role, ports: mine.filter((port) => port.role === role) }));
}

/** "TCP 443" or "TCP 5229-5230": protocol and port as a firewall rule names them. */
export function protocolAndPort(port: Pick<Port, 'protocol' | 'port'>): string {
	return `${port.protocol.toUpperCase()} ${formatPort(port.port)}`;
}

/**
 * Roles the pattern gives no machine but that its roles call (IoT Analytics and Broker in the
 * IoT Server pattern), with the current port rules of those calls. Diagrams have no box for
 * them; checklists and text still name them, so the ports are not lost.
 */
export function unplacedRolePorts(pattern: DeploymentPattern, ports: readonly Port[]): RolePorts[] {
	const roles = new Set(patternRoleIds(pattern));
	const called = ports.filter(
		(port) =>
			!roles.has(port.role) && port.status.kind === 'current' && port.source.some((source) => roles.has(source)),
	);
	return [...new Set(called.map((port) => port.role))].map((role) => ({
		role,
		ports: called.filter((port) => port.role === role),
	}));
}
