import { analyticsBrokerPorts } from '../../../content/analytics-broker-ports.ts';
import { coreProfilePorts } from '../../../content/core-profile-ports.ts';
import { nodeRoles } from '../../../content/node-roles.ts';
import { ports as seedPorts } from '../../../content/ports.ts';
import { portMatches } from '../../../src/core/port-range.ts';

/**
 * The raw port records, so browser tests read their expectations from the data rather than
 * from the page they check. (The full loader uses Vite-only imports; these modules do not.)
 */
export const allPorts = [...seedPorts, ...coreProfilePorts, ...analyticsBrokerPorts];

export const sourcesOf = (port: (typeof allPorts)[number]): readonly string[] =>
	typeof port.source === 'string' ? [port.source] : port.source;

export const roleName = (id: string) => nodeRoles.find((role) => role.id === id)?.name ?? id;

/** The node roles that carry rules, in the ports page's order (the order of the roles' file). */
export const carriers = nodeRoles.map((role) => role.id).filter((id) => allPorts.some((rule) => rule.role === id));

/** Rules whose port or range holds `port`. */
export const rulesOnPort = (port: number) => allPorts.filter((rule) => portMatches(rule.port, port));

/** Rules a role takes part in, on either end. */
export const rulesInvolving = (roleId: string) =>
	allPorts.filter((rule) => rule.role === roleId || rule.destination === roleId || sourcesOf(rule).includes(roleId));
