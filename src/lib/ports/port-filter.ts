import type { Port } from '../../schemas/port.ts';
import { portBounds } from '../../core/port-range.ts';
import type { ParamSpecs } from '../shared/url-params.ts';

/**
 * Filtering the ports reference. The server writes each row's facts into data attributes and
 * the browser filters with the same function, so the two can never disagree about a match.
 */

/** What a row is matched on. */
export interface PortFacts {
	/** The node role whose firewall carries the rule. */
	role: string;
	/** Where connections start. */
	sources: readonly string[];
	/** Where connections go. */
	destination: string;
	/** Seen from `role`. */
	direction: 'inbound' | 'outbound';
	service: string;
	status: 'current' | 'historical';
	from: number;
	to: number;
}

export interface PortFilter {
	/** A node role or endpoint on either end of the flow. */
	role?: string;
	/** Seen from `role` when one is chosen, else from the node that carries the rule. */
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
		role: port.role,
		sources: port.source,
		destination: port.destination,
		direction: port.direction,
		service: serviceSlug(port.service),
		status: port.status.kind,
		from,
		to,
	};
}

/** The directions a flow has for one party: it accepts what ends there, and starts what it is a source of. */
export function directionsFor(facts: PortFacts, party: string): Set<'inbound' | 'outbound'> {
	const directions = new Set<'inbound' | 'outbound'>();
	if (facts.destination === party) directions.add('inbound');
	if (facts.sources.includes(party)) directions.add('outbound');
	return directions;
}

/**
 * True when the row passes the filter. A row shown under one party (the "by node role" view)
 * passes `perspective`: it then matches only that party's role filter, in that party's direction.
 */
export function matchesFilter(
	facts: PortFacts,
	filter: PortFilter,
	perspective?: { party: string; direction: 'inbound' | 'outbound' },
): boolean {
	const involved = (party: string) =>
		facts.role === party || facts.destination === party || facts.sources.includes(party);
	const roleOk = filter.role === undefined || (perspective ? perspective.party === filter.role : involved(filter.role));
	const direction = filter.direction;
	const directionOk =
		direction === undefined ||
		(perspective
			? perspective.direction === direction
			: filter.role === undefined
				? facts.direction === direction
				: (directionsFor(facts, filter.role) as Set<string>).has(direction));
	return (
		roleOk &&
		directionOk &&
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
		role: dataset['role'] ?? '',
		sources: (dataset['sources'] ?? '').split(' ').filter(Boolean),
		destination: dataset['destination'] ?? '',
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
		'data-role': facts.role,
		'data-sources': facts.sources.join(' '),
		'data-destination': facts.destination,
		'data-direction': facts.direction,
		'data-service': facts.service,
		'data-status': facts.status,
		'data-from': String(facts.from),
		'data-to': String(facts.to),
	};
}
