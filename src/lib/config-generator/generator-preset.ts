/**
 * Where the configuration generator lives, and the link that opens it preset for a product.
 * Product pages link here; the generator reads `product` from the query string.
 */
export const GENERATOR_PATH = '/guides/worker-manager-separation/';
export const GENERATOR_ANCHOR = 'generator';

/** The generator, preset for one product, e.g. "/guides/worker-manager-separation/?product=api-manager#generator". */
export function generatorPresetHref(productId: string): string {
	return `${GENERATOR_PATH}?${new URLSearchParams({ product: productId }).toString()}#${GENERATOR_ANCHOR}`;
}
