import type { ParamSpecs } from '../shared/url-params.ts';
import type { CatalogueEntry } from './catalogue.ts';

/**
 * The contract between the default-ports table and its product filter: each row names the
 * products that open its port in one data attribute; the filter shows the rows that name the
 * chosen product. Every row is on the page without JavaScript.
 */

/** The query parameter holding the chosen product id. */
export const PRODUCT_PARAM = 'product';

/** Rows the filter reads. */
export const CATALOGUE_ROW_SELECTOR = 'tr[data-catalogue-products]';

/** The row's data attributes. */
export function catalogueRowDataset(entry: CatalogueEntry): Record<string, string> {
	return { 'data-catalogue-products': entry.productIds.join(' ') };
}

/** The product ids a row names, read back. */
export function productsOfRow(dataset: Readonly<Record<string, string | undefined>>): string[] {
	return (dataset['catalogueProducts'] ?? '').split(' ').filter((id) => id !== '');
}

/** True when the row should show for the chosen product (none chosen: every row). */
export function rowShows(productIds: readonly string[], chosen: string | undefined): boolean {
	return chosen === undefined || productIds.includes(chosen);
}

/** What the count under the filter says; the page renders it for every row, the script after each choice. */
export function catalogueCountText(shown: number, total: number): string {
	return `${shown} of ${total} ports shown.`;
}

/** The URL parameters the page accepts: a product among the ones the data knows. */
export function catalogueFilterSpecs(productIds: readonly string[]): ParamSpecs {
	return { [PRODUCT_PARAM]: { kind: 'choice', allowed: productIds } };
}
