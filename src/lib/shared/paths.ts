/**
 * Every address of the site that code links to, in one place so pages, components, lib, the
 * sidebar, the exports and the tests agree on them. Prose in MDX links by hand; code never does.
 */

/** The matrix of every product (the products section's landing page). */
export const MATRIX_PATH = '/products/';

/** Anchor of the pattern section on the matrix page: the slug of its heading in src/content/docs/products/index.mdx. */
export const PATTERN_ANCHOR = 'the-pattern-managers-and-workers';

/** The generated exports of the product records. */
export const EXPORT_PATHS = {
	json: '/products.json',
	csv: '/products.csv',
	schema: '/products.schema.json',
} as const;

/** The page of one product. */
export function productPath(id: string): string {
	return `${MATRIX_PATH}${id}/`;
}

/** A generated output of one machine of a cluster, as a plain file to download. */
export function downloadPath(clusterId: string, roleId: string, fileName: string): string {
	return `/downloads/${clusterId}/${roleId}/${fileName}`;
}

/** The worker/manager cluster of one product. */
export function clusterPath(productId: string): string {
	return `${productPath(productId)}cluster/`;
}

/** The matrix filtered to one product, as a link to share or follow. */
export function matrixPathFor(productId: string): string {
	return `${MATRIX_PATH}?${new URLSearchParams({ product: productId }).toString()}`;
}

/** The ports reference. */
export const PORTS_PATH = '/ports/';

/** A port rule's row in the ports reference. */
export function portRowPath(portId: string): string {
	return `${PORTS_PATH}#${portId}`;
}

/** An external endpoint's row in the ports reference. */
export function endpointRowPath(endpointId: string): string {
	return `${PORTS_PATH}#endpoint-${endpointId}`;
}

/** A port rule's own page. */
export function portPagePath(portId: string): string {
	return `${PORTS_PATH}${portId}/`;
}

/** The generated exports of the port rules. */
export const PORTS_EXPORT_PATHS = {
	json: '/ports.json',
	csv: '/ports.csv',
	schema: '/ports.schema.json',
} as const;

/** The default ports of every product, by number. */
export const DEFAULT_PORTS_PATH = `${PORTS_PATH}defaults/`;

/** The generated exports of the default-ports catalogue. */
export const DEFAULT_PORTS_EXPORT_PATHS = {
	json: '/default-ports.json',
	csv: '/default-ports.csv',
	schema: '/default-ports.schema.json',
} as const;

/** The port-offset calculator, optionally with servers on the host as "id:offset" pairs. */
export function offsetCalculatorPath(servers?: readonly { id: string; offset: number }[]): string {
	const base = `${PORTS_PATH}offset-calculator/`;
	if (servers === undefined || servers.length === 0) return base;
	return `${base}?${new URLSearchParams({ host: servers.map(({ id, offset }) => `${id}:${offset}`).join(',') }).toString()}`;
}

/** The overview of the firewall rule sets. */
export const FIREWALL_PATH = `${PORTS_PATH}firewall/`;

/** The firewall rules of one node role, optionally at one port rule. */
export function firewallPath(roleId: string, portId?: string): string {
	return `${FIREWALL_PATH}${roleId}/${portId === undefined ? '' : `#${portId}`}`;
}

/** A deployment pattern's page. */
export function patternPath(patternId: string): string {
	return `/patterns/${patternId}/`;
}

/** The drawing and connections of one manager placement of a pattern, beyond the pattern page's first. */
export function placementPath(patternId: string, placementId: string): string {
	return `${patternPath(patternId)}topology/${placementId}/`;
}

/** The sources guide, optionally at one of its sections. */
export function sourcesGuidePath(anchor?: string): string {
	return `/guides/sources/${anchor === undefined ? '' : `#${anchor}`}`;
}

/** A source's entry in the sources guide. */
export function sourcePath(sourceId: string): string {
	return sourcesGuidePath(`source-${sourceId}`);
}

/** The guide to configuring worker/manager separation, step by step. */
export const SEPARATION_GUIDE_PATH = '/guides/worker-manager-separation/';

/** The worker/manager configuration generator's page (the separation guide explains what it writes). */
export const GENERATOR_PATH = '/guides/configuration-generator/';
