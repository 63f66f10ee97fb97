import { productPath } from '../shared/paths.ts';

/**
 * Above this many products the sidebar lists none of them and readers go through the products
 * overview, which lists, filters and links them all. Starlight renders the whole sidebar into
 * every page, so each listed product adds its link to every page of the site: at the benchmark's
 * x100 scale (1,400 products) that was 230 KB of each page's 260 KB, and 800 MB of dist/.
 * A list that long is no help for finding anything either; the real data set has 14.
 */
export const SIDEBAR_PRODUCT_LIMIT = 60;

export interface SidebarLink {
	label: string;
	link: string;
}

/** Sidebar links to the product pages, by name, or none when there are too many to list. */
export function sidebarProductLinks(
	products: readonly { id: string; name: string }[],
	limit = SIDEBAR_PRODUCT_LIMIT,
): SidebarLink[] {
	if (products.length > limit) return [];
	return products
		.map((product) => ({ label: product.name, link: productPath(product.id) }))
		.sort((a, b) => a.label.localeCompare(b.label));
}
