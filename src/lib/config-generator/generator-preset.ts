import { GENERATOR_PATH } from '../shared/paths.ts';

/**
 * The link that opens the configuration generator preset for a product (its page is in paths.ts).
 * Product pages link here; the generator reads `product` from the query string.
 */
const GENERATOR_ANCHOR = 'generator';

/** The generator, preset for one product, e.g. "/guides/configuration-generator/?product=api-manager#generator". */
export function generatorPresetHref(productId: string): string {
	return `${GENERATOR_PATH}?${new URLSearchParams({ product: productId }).toString()}#${GENERATOR_ANCHOR}`;
}
