/**
 * What each page tells the search index about itself: the facets readers filter results by
 * (kind of page, product, port status, separation answer) and the identifiers of what the
 * page is the entry for. Computed from the page's address and the data, never typed per page, so a
 * page added later (a new product, a page per port) is classified the moment it is built.
 * src/route-data.ts writes the result into each page's <head> as Pagefind filter and
 * metadata tags.
 */
import type { AtlasData } from '../../data/dataset.ts';
import type { Port } from '../../schemas/port.ts';
import { catalogueEntries } from '../ports/catalogue.ts';
import { DEFAULT_PORTS_PATH, offsetCalculatorPath } from '../shared/paths.ts';
import { aliasToken, portTokens, versionToken } from './search-ids.ts';

/** Pagefind filter keys, in the order the search dialog shows them, with their labels. */
export const SEARCH_FACETS = [
	{ key: 'kind', label: 'Kind' },
	{ key: 'product', label: 'Product' },
	{ key: 'status', label: 'Port status' },
	{ key: 'separation', label: 'Separation' },
] as const;

type FacetKey = (typeof SEARCH_FACETS)[number]['key'];

/** The kind of page, from the first segment of its address: the site's sections. */
const KIND_BY_SECTION: Readonly<Record<string, string>> = {
	patterns: 'Pattern',
	ports: 'Port',
	products: 'Product',
	guides: 'Guide',
};

/**
 * The metadata field naming what a page is the entry for: other names (abbreviations, aliases)
 * and search tokens (src/lib/search/search-ids.ts). The search box weighs it above body text, so the
 * entry itself leads over listings that mention the same thing.
 */
export const IDENTIFIERS_META = 'identifiers';

interface PageSearchFacets {
	filters: Partial<Record<FacetKey, string[]>>;
	/** Pagefind metadata: searched, and boosted by the weights the search box sets. */
	meta: Record<string, string>;
}

const portStatusLabel = (port: Port): string => (port.status.kind === 'current' ? 'Current' : 'Historical');

const unique = (values: readonly string[]): string[] => [...new Set(values)].sort((a, b) => a.localeCompare(b));

/** Splits "/products/api-manager/" into ["products", "api-manager"]. */
function segments(pathname: string): string[] {
	return pathname.split('/').filter((segment) => segment !== '');
}

function productFacets(id: string | undefined, data: AtlasData, ownPage: boolean): PageSearchFacets {
	const modeLabel = new Map(data.separationModes.map((mode) => [mode.id, mode.label]));
	const products = id === undefined ? data.products : data.products.filter((product) => product.id === id);
	const filters: PageSearchFacets['filters'] = {
		kind: [KIND_BY_SECTION['products']!],
		product: unique(products.map((product) => product.name)),
		separation: unique(products.map((product) => modeLabel.get(product.separationMode) ?? product.separationMode)),
	};
	const product = id === undefined ? undefined : products[0];
	// Only the product's own page carries its identifiers: its cluster and machine pages belong to
	// the product for the filters, but a version query should not list them.
	if (!product || !ownPage) return { filters, meta: {} };
	// The tokens too, so an exact abbreviation or version query ranks the product's own page above
	// the matrix and the guide, which carry the same tokens in their text.
	const names = [product.abbreviation, ...product.aliases];
	const tokens = [
		...new Set([
			...names.flatMap((name) => aliasToken(name) ?? []),
			...product.versions.flatMap(({ version }) => versionToken(version) ?? []),
		]),
	];
	return { filters, meta: { [IDENTIFIERS_META]: [names.join(', '), ...tokens].join(' ') } };
}

function portFacets(id: string | undefined, data: AtlasData): PageSearchFacets {
	const ports = id === undefined ? data.ports : data.ports.filter((port) => port.id === id);
	// The port rules are those of the deployment patterns (content/ports.ts), so a port page
	// belongs to the patterns' products.
	const endpoints = data.externalEndpoints.filter((endpoint) =>
		ports.some((port) => port.source.includes(endpoint.id) || port.destination === endpoint.id),
	);
	// A page of its own for one rule (/ports/<rule id>/) is that port's entry: its port tokens
	// rank it above the reference table, which lists every port.
	const tokens = id === undefined ? [] : ports.flatMap((port) => portTokens(port.port));
	const identifiers = [endpoints.map((endpoint) => endpoint.abbreviation).join(', '), ...tokens].filter(Boolean);
	return {
		filters: {
			kind: [KIND_BY_SECTION['ports']!],
			product: unique(data.deploymentPatterns.map((pattern) => pattern.productName)),
			status: unique(ports.map(portStatusLabel)),
		},
		meta: identifiers.length > 0 ? { [IDENTIFIERS_META]: identifiers.join(' ') } : {},
	};
}

/** The names of the products that open a catalogued default port: every Carbon product. */
function catalogueProductNames(data: AtlasData): string[] {
	const opening = new Set(catalogueEntries(data).flatMap((entry) => entry.productIds));
	return data.products.filter((product) => opening.has(product.id)).map((product) => product.name);
}

/**
 * The pages about every product's default ports, rather than the patterns' port rules: the
 * default-ports reference, and the offset calculator, whose servers are the products and the
 * patterns' profiles.
 */
function catalogueFacets(path: string, data: AtlasData): PageSearchFacets | undefined {
	let products: string[];
	if (path === DEFAULT_PORTS_PATH) products = catalogueProductNames(data);
	else if (path === offsetCalculatorPath())
		products = [...catalogueProductNames(data), ...data.deploymentPatterns.map((pattern) => pattern.productName)];
	else return undefined;
	return { filters: { kind: [KIND_BY_SECTION['ports']!], product: unique(products) }, meta: {} };
}

/** The facets and metadata of the page at `pathname`, e.g. "/products/api-manager/". */
export function pageSearchFacets(pathname: string, data: AtlasData): PageSearchFacets {
	const parts = segments(pathname);
	const [section, id, ...rest] = parts;
	if (section === 'products') return productFacets(id, data, rest.length === 0);
	if (section === 'ports') return catalogueFacets(`/${parts.join('/')}/`, data) ?? portFacets(id, data);
	const kind = section === undefined ? undefined : KIND_BY_SECTION[section];
	if (kind === undefined) return { filters: {}, meta: {} };
	const pattern = section === 'patterns' ? data.deploymentPatterns.find((entry) => entry.id === id) : undefined;
	return { filters: { kind: [kind], ...(pattern ? { product: [pattern.productName] } : {}) }, meta: {} };
}
