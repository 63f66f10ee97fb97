import type { ProductVersionInput } from '../src/schemas/product-version.ts';

/**
 * Marks versions as released. Every "Upcoming Versions" cell of the seed reads "NA" or is
 * empty, so every version the seed lists is a released one; this keeps the records short.
 */
export function released(...versions: string[]): ProductVersionInput[] {
	return versions.map((version) => ({ version, release: 'released' }));
}
