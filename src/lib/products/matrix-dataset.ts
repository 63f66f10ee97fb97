import type { FilterableProduct } from './matrix-filter.ts';

/**
 * The contract between the matrix table the server renders and the browser element that filters
 * it: a row's data attributes carry its product, written and read only here so the two sides
 * cannot drift apart (the ports explorer does the same with factsToDataset/factsFromDataset).
 */

/** Selects the matrix's product rows: the rows productToDataset wrote. */
export const PRODUCT_ROW_SELECTOR = 'tr[data-product]';

/**
 * Selects the matrix's row groups: one <tbody> per separation answer, headed by the answer, so
 * the order of the rows reads as intended. The filter hides a group whose rows are all hidden.
 */
export const PRODUCT_GROUP_SELECTOR = 'tbody[data-mode-group]';

/** The data attribute that marks a row group, named by its answer's id. */
export function groupToDataset(modeId: string): Record<`data-${string}`, string> {
	return { 'data-mode-group': modeId };
}

/** The data attributes that carry a matrix row's product. */
export function productToDataset(product: FilterableProduct): Record<string, string> {
	return {
		'data-product': product.id,
		'data-name': product.name,
		'data-abbreviation': product.abbreviation,
		// Aliases may contain spaces, so they travel as JSON rather than a space-separated list.
		'data-aliases': JSON.stringify(product.aliases),
		'data-mode': product.modeId,
		'data-mode-label': product.modeLabel,
		'data-summary': product.summary,
		'data-versions': product.versions.join(' '),
	};
}

/** Reads a row's product back from its data attributes; anything malformed reads as empty. */
export function productFromDataset(dataset: DOMStringMap): FilterableProduct {
	let aliases: unknown;
	try {
		aliases = JSON.parse(dataset['aliases'] ?? '[]');
	} catch {
		aliases = [];
	}
	return {
		id: dataset['product'] ?? '',
		name: dataset['name'] ?? '',
		abbreviation: dataset['abbreviation'] ?? '',
		aliases: Array.isArray(aliases) ? aliases.filter((alias) => typeof alias === 'string') : [],
		modeId: dataset['mode'] ?? '',
		modeLabel: dataset['modeLabel'] ?? '',
		summary: dataset['summary'] ?? '',
		versions: (dataset['versions'] ?? '').split(' ').filter(Boolean),
	};
}
