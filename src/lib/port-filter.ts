import type { Port } from '../schemas/port.ts';
import { portBounds } from './port-range.ts';
import type { ParamSpecs } from './url-params.ts';

/**
 * Filtering the ports reference. The server writes each row's facts into data attributes and
 * the browser filters with the same function, so the two can never disagree about a match.
 */

/** What a row is matched on. */
export interface PortFacts {
	/** Every node role or endpoint on either end, plus the role that carries the rule. */
	roles: readonly string[];
	direction: 'inbound' | 'outbound';
	service: string;
	status: 'current' | 'historical';
	from: number;
	to: number;
}

export interface PortFilter {
	role?: string;
	direction?: string;
	service?: string;
	status?: string;
	/** An exact port number: 443 matches 443 and a range that holds it, never 4430 or 8443. */
	port?: number;
}

export const VIEWS = ['table', 'role', 'port'] as const;
export type PortView = (typeof VIEWS)[number];

/** A service name as a URL-safe value: "API gateway HTTPS" → "api-gateway-https". */
export function serviceSlug(service: string): string {
	return service
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

export function portFacts(port: Port): PortFacts {
	const [from, to] = portBounds(port.port);
	return {
		roles: [...new Set([port.role, ...port.source, port.destination])],
		direction: port.direction,
		service: serviceSlug(port.service),
		status: port.status.kind,
		from,
		to,
	};
}

export function matchesFilter(facts: PortFacts, filter: PortFilter): boolean {
	return (
		(filter.role === undefined || facts.roles.includes(filter.role)) &&
		(filter.direction === undefined || facts.direction === filter.direction) &&
		(filter.service === undefined || facts.service === filter.service) &&
		(filter.status === undefined || facts.status === filter.status) &&
		(filter.port === undefined || (filter.port >= facts.from && filter.port <= facts.to))
	);
}

/** The URL parameters of the ports page, with the values each may take. */
export function portParamSpecs(roleIds: readonly string[], serviceSlugs: readonly string[]): ParamSpecs {
	return {
		role: { kind: 'choice', allowed: roleIds },
		direction: { kind: 'choice', allowed: ['inbound', 'outbound'] },
		service: { kind: 'choice', allowed: serviceSlugs },
		status: { kind: 'choice', allowed: ['current', 'historical'] },
		port: { kind: 'port' },
		view: { kind: 'choice', allowed: VIEWS },
	};
}

/** The filter that accepted URL values describe (readParams has already checked them). */
export function filterFromValues(values: Readonly<Record<string, string>>): PortFilter {
	const filter: PortFilter = {};
	for (const name of ['role', 'direction', 'service', 'status'] as const) {
		const value = values[name];
		if (value !== undefined && value !== '') filter[name] = value;
	}
	if (values['port'] !== undefined && values['port'] !== '') filter.port = Number(values['port']);
	return filter;
}

/** Reads a row's facts back from the data attributes the server wrote. */
export function factsFromDataset(dataset: DOMStringMap): PortFacts {
	return {
		roles: (dataset['roles'] ?? '').split(' ').filter(Boolean),
		direction: dataset['direction'] === 'outbound' ? 'outbound' : 'inbound',
		service: dataset['service'] ?? '',
		status: dataset['status'] === 'historical' ? 'historical' : 'current',
		from: Number(dataset['from']),
		to: Number(dataset['to']),
	};
}

/** The data attributes that carry a row's facts. */
export function factsToDataset(facts: PortFacts): Record<string, string> {
	return {
		'data-roles': facts.roles.join(' '),
		'data-direction': facts.direction,
		'data-service': facts.service,
		'data-status': facts.status,
		'data-from': String(facts.from),
		'data-to': String(facts.to),
	};
}
