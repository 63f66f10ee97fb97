/**
 * Addresses of the product pages and exports, in one place so pages, the sidebar, the
 * exports and the tests agree on them.
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

/** The matrix filtered to one product, as a link to share or follow. */
export function matrixPathFor(productId: string): string {
	return `${MATRIX_PATH}?${new URLSearchParams({ product: productId }).toString()}`;
}
