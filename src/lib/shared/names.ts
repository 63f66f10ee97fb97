import type { ExternalEndpoint } from '../../schemas/external-endpoint.ts';
import type { NodeRole } from '../../schemas/node-role.ts';

/**
 * The name a page shows for a role or external endpoint id: a role by its name, an endpoint
 * by its abbreviation (endpoints sit in tight table cells and diagrams). An unknown id is shown
 * as itself rather than hidden; the integrity checks keep that from happening in real data.
 */
export function nameLookup(roles: readonly NodeRole[], endpoints: readonly ExternalEndpoint[]): (id: string) => string {
	const names = new Map<string, string>([
		...roles.map((role) => [role.id, role.name] as const),
		...endpoints.map((endpoint) => [endpoint.id, endpoint.abbreviation] as const),
	]);
	return (id) => names.get(id) ?? id;
}
