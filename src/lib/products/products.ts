import type { Product } from '../../schemas/product.ts';
import type { SeparationMode } from '../../schemas/separation-mode.ts';
import { newestFirst } from '../../core/versions.ts';

/** A product with its mode resolved, ready to render. */
export interface ProductView {
	product: Product;
	mode: SeparationMode;
	/** Version numbers, newest first. */
	versionsNewestFirst: string[];
}

/**
 * Pairs each product with its separation mode and orders the list: products that use the
 * separation first (by mode order), then by name, so the table reads like the seed's two tables.
 */
export function productViews(products: readonly Product[], modes: readonly SeparationMode[]): ProductView[] {
	const modeById = new Map(modes.map((mode) => [mode.id, mode]));
	return products
		.map((product) => {
			const mode = modeById.get(product.separationMode);
			// The loader's integrity checks make this unreachable; failing loudly beats a blank cell.
			if (mode === undefined) throw new Error(`Product ${product.id} has unknown mode ${product.separationMode}`);
			return {
				product,
				mode,
				versionsNewestFirst: newestFirst(product.versions.map(({ version }) => version)),
			};
		})
		.sort((a, b) => a.mode.order - b.mode.order || a.product.name.localeCompare(b.product.name));
}

/** How many distinct product versions the data covers. */
export function countVersions(products: readonly Product[]): number {
	return products.reduce((total, product) => total + product.versions.length, 0);
}
