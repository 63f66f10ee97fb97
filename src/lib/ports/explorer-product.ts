import type { CataloguePort } from '../../schemas/catalogue-port.ts';
import type { DefaultPortsExport } from '../../schemas/default-ports-export.ts';
import type { ParamSpecs } from '../shared/url-params.ts';
import { DEFAULT_PORTS_PATH } from '../shared/paths.ts';
import { offsetSummary } from './catalogue.ts';
import { PRODUCT_PARAM } from './catalogue-filter.ts';

/**
 * The ports reference's product filter. The reference's rules are the IoT Server pattern's; any
 * other product the reader picks gets its default ports instead, read from default-ports.json
 * (the export built from the same catalogue as /ports/defaults/) when first chosen, so the page
 * carries none of them up front. The server lists the products; the browser builds the rows.
 */

/** What the browser reads of default-ports.json. */
export type CatalogueDocument = Pick<DefaultPortsExport, 'ports'>;

/** The query parameter holding the chosen product id; none means the pattern's own rules. */
export const EXPLORER_PRODUCT_PARAM = 'product';

/** A product the filter offers, as the server hands it to the browser. */
export interface ExplorerProduct {
	id: string;
	name: string;
	/** How many catalogued default ports it opens. */
	ports: number;
	/** Its worker/manager cluster's page, when it has one. */
	cluster?: string;
}

/** One row of a product's default ports, as text the browser writes with textContent. */
export interface ProductPortRow {
	id: string;
	/** "8243/TCP", or "random/UDP" for a port picked at start-up. */
	port: string;
	service: string;
	offset: string;
	/** Its row in the default-ports reference. */
	href: string;
}

export function explorerProductSpecs(productIds: readonly string[]): ParamSpecs {
	return { [EXPLORER_PRODUCT_PARAM]: { kind: 'choice', allowed: productIds } };
}

/** The default ports a product opens, lowest first as the export lists them; `port` keeps only that number. */
export function productPortRows(document: CatalogueDocument, productId: string, port?: number): ProductPortRow[] {
	return document.ports
		.filter((entry) => entry.products.includes(productId) && (port === undefined || entry.port === port))
		.map((entry) => {
			const offset = offsetSummary(entry as CataloguePort);
			return {
				id: entry.id,
				port: `${entry.port === 'random' ? 'Random' : entry.port}/${entry.protocol.toUpperCase()}`,
				service: entry.service,
				offset: offset.note === undefined ? offset.answer : `${offset.answer}: ${offset.note}`,
				href: `${DEFAULT_PORTS_PATH}#${entry.id}`,
			};
		});
}

/** Where the whole list, with purposes and sources, lives: the default-ports reference filtered to the product. */
export function productDefaultsPath(productId: string): string {
	return `${DEFAULT_PORTS_PATH}?${PRODUCT_PARAM}=${encodeURIComponent(productId)}`;
}
