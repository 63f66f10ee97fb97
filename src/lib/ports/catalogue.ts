import type { AtlasData } from '../../data/dataset.ts';
import type { CataloguePort } from '../../schemas/catalogue-port.ts';
import type { Product } from '../../schemas/product.ts';
import type { ProfileCatalogEntry } from './port-offset.ts';

/**
 * The default-ports catalogue as pages read it: every catalogued port with the products that
 * open it, whichever of the three places it is kept in (every Carbon product's, shared, a
 * product's own).
 */

type CatalogueData = Pick<AtlasData, 'carbonPorts' | 'sharedPorts' | 'products'>;

/** Where a port is written down, which is also how widely it applies. */
export type CatalogueScope = 'carbon' | 'shared' | 'product';

export interface CatalogueEntry {
	port: CataloguePort;
	scope: CatalogueScope;
	/** Ids of the products that open it, in the products' data order. */
	productIds: string[];
}

/** WSO2's general offset rule, which a port follows unless its record says otherwise, and where it is stated. */
export const OFFSET_RULE = {
	text: 'A port offset moves every port the server opens, except the ones marked as not moved.',
	source: 'wso2-default-ports',
} as const;

/**
 * Every catalogued port once: the common ones, the shared ones, then each product's own. A
 * product whose own port replaces a common or shared one (the ESB's member port 4100 for
 * Carbon's 4000) is not counted among the products of the one it replaces.
 */
export function catalogueEntries(data: CatalogueData): CatalogueEntry[] {
	const replacing = (portId: string) =>
		new Set(
			data.products
				.filter((product) => product.ports.some((port) => port.replaces === portId))
				.map((product) => product.id),
		);
	const opening = (portId: string, candidates: readonly string[]) => {
		const replaced = replacing(portId);
		return candidates.filter((id) => !replaced.has(id));
	};
	const everyProduct = data.products.map((product) => product.id);
	return [
		...data.carbonPorts.map((port): CatalogueEntry => ({
			port,
			scope: 'carbon',
			productIds: opening(port.id, everyProduct),
		})),
		...data.sharedPorts.map((port): CatalogueEntry => ({
			port,
			scope: 'shared',
			productIds: opening(
				port.id,
				everyProduct.filter((id) => port.products.includes(id)),
			),
		})),
		...data.products.flatMap((product) =>
			product.ports.map((port): CatalogueEntry => ({ port, scope: 'product', productIds: [product.id] })),
		),
	];
}

/** Fixed ports by number, then random ones; a number's TCP before its UDP. */
export function byPortNumber(a: CatalogueEntry, b: CatalogueEntry): number {
	const number = (entry: CatalogueEntry) => (entry.port.port === 'random' ? Infinity : entry.port.port);
	return number(a) - number(b) || a.port.protocol.localeCompare(b.port.protocol) || a.port.id.localeCompare(b.port.id);
}

/** The ports one product opens by default, in port order. */
export function productCatalogue(data: CatalogueData, productId: string): CatalogueEntry[] {
	return catalogueEntries(data)
		.filter((entry) => entry.productIds.includes(productId))
		.sort(byPortNumber);
}

/** The port a server started with `offset` listens on, or undefined for a port picked at random. */
export function portAtOffset(port: CataloguePort, offset: number): number | undefined {
	if (port.port === 'random') return undefined;
	return port.offsetApplies ? port.port + offset : port.port;
}

/** What a table cell says about the offset for one port: the short answer, then any note. */
export function offsetSummary(port: CataloguePort): { answer: string; note?: string } {
	const answer = port.port === 'random' ? 'Not set by Carbon' : port.offsetApplies ? 'Moves' : 'Not moved';
	return port.offsetNote === undefined ? { answer } : { answer, note: port.offsetNote };
}

/** One port number (and protocol) with every product that opens it, for the "who uses 7711?" view. */
export interface PortNumberGroup {
	port: number;
	protocol: CataloguePort['protocol'];
	entries: CatalogueEntry[];
	/** Every product opening the number, once each, in data order. */
	productIds: string[];
}

/** Fixed catalogued ports grouped by number and protocol, lowest first. */
export function portNumberGroups(data: CatalogueData): PortNumberGroup[] {
	const groups = new Map<string, PortNumberGroup>();
	for (const entry of catalogueEntries(data).sort(byPortNumber)) {
		if (entry.port.port === 'random') continue;
		const key = `${entry.port.port}/${entry.port.protocol}`;
		const group = groups.get(key) ?? {
			port: entry.port.port,
			protocol: entry.port.protocol,
			entries: [],
			productIds: [],
		};
		group.entries.push(entry);
		groups.set(key, group);
	}
	const order = data.products.map((product) => product.id);
	for (const group of groups.values()) {
		const ids = new Set(group.entries.flatMap((entry) => entry.productIds));
		group.productIds = order.filter((id) => ids.has(id));
	}
	return [...groups.values()];
}

/** The products a group names, resolved, for printing their names. */
export function productsOf(ids: readonly string[], products: readonly Product[]): Product[] {
	const byId = new Map(products.map((product) => [product.id, product]));
	return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The products as servers of the port-offset calculator: each with its fixed default ports, as
 * shipped (offset 0), beside the IoT Server profiles.
 */
export function productCalculatorEntries(data: CatalogueData): ProfileCatalogEntry[] {
	return data.products.map((product) => ({
		id: product.id,
		name: product.name,
		shippedOffset: 0,
		listeners: productCatalogue(data, product.id).flatMap(({ port }) =>
			port.port === 'random'
				? []
				: [{ ruleId: port.id, service: port.service, defaultPort: port.port, offsetApplies: port.offsetApplies }],
		),
	}));
}
