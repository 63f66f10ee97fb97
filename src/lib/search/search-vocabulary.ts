/**
 * What the search box needs to know about the data, shipped as /search-vocabulary.json and
 * fetched when search is first opened: the ports and abbreviations it may rewrite into exact
 * tokens (src/lib/search/search-query.ts) and titles for the table rows a result can deep-link to.
 */
import type { AtlasData } from '../../data/dataset.ts';
import { formatPort, portBounds, type PortSpec } from '../../core/port-range.ts';
import { aliasToken, MAX_EXPANDED_RANGE, normalizeAlias } from './search-ids.ts';
import type { QueryVocabulary } from './search-query.ts';
import { catalogueEntries } from '../ports/catalogue.ts';

/** Where the vocabulary is published. */
export const SEARCH_VOCABULARY_PATH = '/search-vocabulary.json';

export interface SearchVocabulary extends QueryVocabulary {
	/** Titles of linkable table rows by element id: port rules and products. */
	labels: Readonly<Record<string, string>>;
}

/** The ports of the specs as search sees them (searchablePorts): wide ranges by their two ends only. */
export function portVocabulary(specs: readonly PortSpec[]): [number, number][] {
	return specs.flatMap((spec): [number, number][] => {
		const [from, to] = portBounds(spec);
		return to - from + 1 > MAX_EXPANDED_RANGE
			? [
					[from, from],
					[to, to],
				]
			: [[from, to]];
	});
}

/** The vocabulary of the data set. */
export function buildSearchVocabulary(data: AtlasData): SearchVocabulary {
	const labels: Record<string, string> = {};
	const abbreviations = new Map(data.products.map((product) => [product.id, product.abbreviation]));
	const abbreviationOf = (id: string) => abbreviations.get(id) ?? id;
	for (const port of data.ports) {
		labels[port.id] = `${formatPort(port.port)}/${port.protocol.toUpperCase()} · ${port.service}`;
	}
	for (const { port, productIds } of catalogueEntries(data)) {
		const number = port.port === 'random' ? 'Random' : String(port.port);
		const names =
			productIds.length === data.products.length ? 'every Carbon product' : productIds.map(abbreviationOf).join(', ');
		labels[port.id] = `${number}/${port.protocol.toUpperCase()} · ${port.service} (${names})`;
	}
	for (const product of data.products) labels[product.id] = `${product.name} (${product.abbreviation})`;
	const aliases = data.products
		.flatMap((product) => [product.abbreviation, ...product.aliases])
		.filter((alias) => aliasToken(alias) !== undefined)
		.map(normalizeAlias);
	const catalogued = catalogueEntries(data).flatMap(({ port }) => (port.port === 'random' ? [] : [port.port]));
	return {
		ports: portVocabulary([...data.ports.map((port) => port.port), ...catalogued]),
		aliases: [...new Set(aliases)].sort(),
		labels,
	};
}

const isPort = (value: unknown): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535;

/**
 * Reads a fetched vocabulary strictly. Anything malformed is dropped, not trusted: search then
 * still works, only without exact matching of what was dropped.
 */
export function parseSearchVocabulary(json: unknown): SearchVocabulary {
	const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
	const ports = Array.isArray(record['ports'])
		? record['ports'].filter(
				(range): range is [number, number] =>
					Array.isArray(range) && range.length === 2 && isPort(range[0]) && isPort(range[1]) && range[0] <= range[1],
			)
		: [];
	const aliases = Array.isArray(record['aliases'])
		? record['aliases'].filter((alias): alias is string => typeof alias === 'string' && /^[a-z0-9]{1,99}$/.test(alias))
		: [];
	const labels: Record<string, string> = {};
	if (typeof record['labels'] === 'object' && record['labels'] !== null) {
		for (const [id, label] of Object.entries(record['labels'])) {
			if (typeof label === 'string') labels[id] = label;
		}
	}
	return { ports, aliases, labels };
}
