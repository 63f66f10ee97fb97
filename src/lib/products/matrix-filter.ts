import type { ProductView } from './products.ts';
import { readParams, writeParams, type IgnoredParam, type ParamSpecs } from '../shared/url-params.ts';
import { nearestVersions } from './matrix-version-index.ts';
import { compareVersions, inVersionLine, isVersionLine, newestFirst } from '../../core/versions.ts';

/**
 * The filter over the worker/manager matrix, as pure functions so the browser element and
 * the unit tests run the same code. A product matches when it passes every filter that is set.
 */

/** What the filter needs to know about one product (one row of the matrix). */
export interface FilterableProduct {
	id: string;
	name: string;
	abbreviation: string;
	aliases: readonly string[];
	modeId: string;
	modeLabel: string;
	summary: string;
	versions: readonly string[];
}

/** The filter's view of a product, as the matrix rows carry it (versions newest first). */
export function filterableFrom({ product, mode, versionsNewestFirst }: ProductView): FilterableProduct {
	return {
		id: product.id,
		name: product.name,
		abbreviation: product.abbreviation,
		aliases: product.aliases,
		modeId: mode.id,
		modeLabel: mode.label,
		summary: product.summary,
		versions: versionsNewestFirst,
	};
}

/** The filter's state; an absent field filters nothing. */
export interface ProductFilter {
	product?: string;
	version?: string;
	mode?: string;
	q?: string;
}

/** Longest free-text query a link may carry; longer ones are ignored with a note. */
export const TEXT_MAX_LENGTH = 80;

/** The query parameters of the matrix, with the values each accepts. */
export function productFilterSpecs(productIds: readonly string[], modeIds: readonly string[]): ParamSpecs {
	return {
		product: { kind: 'choice', allowed: productIds },
		version: { kind: 'version' },
		mode: { kind: 'choice', allowed: modeIds },
		q: { kind: 'text', maxLength: TEXT_MAX_LENGTH },
	};
}

/** Reads the filter from a query string; what does not fit is returned in `ignored`. */
export function readProductFilter(
	search: string,
	specs: ParamSpecs,
): { filter: ProductFilter; ignored: IgnoredParam[] } {
	const { values, ignored } = readParams(search, specs);
	const filter: ProductFilter = {};
	for (const name of ['product', 'version', 'mode', 'q'] as const) {
		const value = values[name];
		if (value !== undefined) filter[name] = value;
	}
	return { filter, ignored };
}

/** The query string (with "?") that reproduces the filter; "" when nothing is set. */
export function writeProductFilter(filter: ProductFilter, specs: ParamSpecs): string {
	return writeParams({ ...filter, q: filter.q?.trim() }, specs);
}

/** True when no filter is set. */
export function isEmptyFilter(filter: ProductFilter): boolean {
	return !filter.product && !filter.version && !filter.mode && !filter.q?.trim();
}

/** The words of a free-text query, lower-cased. */
function terms(q: string | undefined): string[] {
	return (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

function listsVersion(product: FilterableProduct, version: string): boolean {
	return product.versions.some((listed) => compareVersions(listed, version) === 0);
}

/**
 * Free text: every word must match. A word shaped like a version ("4.9.0", "4.9", "5")
 * matches the product's versions compared as numbers; any other word matches the name,
 * abbreviation, aliases, mode or summary as text.
 */
export function matchesText(product: FilterableProduct, q: string | undefined): boolean {
	const haystack = [product.name, product.abbreviation, ...product.aliases, product.modeLabel, product.summary]
		.join(' ')
		.toLowerCase();
	return terms(q).every((term) =>
		isVersionLine(term) ? product.versions.some((version) => inVersionLine(version, term)) : haystack.includes(term),
	);
}

/** True when the product passes every filter that is set. */
export function matchesFilter(product: FilterableProduct, filter: ProductFilter): boolean {
	if (filter.product && product.id !== filter.product) return false;
	if (filter.mode && product.modeId !== filter.mode) return false;
	if (filter.version && !listsVersion(product, filter.version)) return false;
	return matchesText(product, filter.q);
}

/** The product's versions that the filter asked for, to mark them in the row. */
export function matchedVersions(product: FilterableProduct, filter: ProductFilter): string[] {
	const lines = terms(filter.q).filter(isVersionLine);
	return product.versions.filter(
		(version) =>
			(filter.version !== undefined && compareVersions(version, filter.version) === 0) ||
			lines.some((line) => inVersionLine(version, line)),
	);
}

/** The sentence the live count line reads out. */
export function describeCount(visible: number, total: number): string {
	if (visible === 0) return 'No product matches these filters.';
	if (visible === total) return `Showing all ${total} products.`;
	return `Showing ${visible} of ${total} products.`;
}

function listNearest(version: string, products: readonly FilterableProduct[]): string {
	const { older, newer } = nearestVersions(
		version,
		products.flatMap((product) => product.versions),
	);
	const near = [older, newer].filter((value) => value !== undefined);
	if (near.length === 0) return '';
	return near.length === 1
		? ` The nearest listed version is ${near[0]}.`
		: ` The nearest listed versions are ${near.join(' and ')}.`;
}

/**
 * Why nothing matched, one sentence per cause, so the reader knows which filter to change.
 * Names and labels come from the products; `modeLabels` names the modes by id.
 */
export function explainNoMatch(
	products: readonly FilterableProduct[],
	filter: ProductFilter,
	modeLabels: ReadonlyMap<string, string>,
): string[] {
	const reasons: string[] = [];
	const chosen = products.find((product) => product.id === filter.product);
	const { version, mode, q } = filter;
	if (version !== undefined && !products.some((product) => listsVersion(product, version))) {
		reasons.push(`No product in this guide lists version ${version}.${listNearest(version, products)}`);
	} else if (version !== undefined && chosen && !listsVersion(chosen, version)) {
		reasons.push(
			`${chosen.name} does not list version ${version}; it lists ${newestFirst(chosen.versions).join(', ')}.`,
		);
	}
	if (mode !== undefined && chosen && chosen.modeId !== mode) {
		reasons.push(`${chosen.name} is “${chosen.modeLabel}”, not “${modeLabels.get(mode) ?? mode}”.`);
	}
	if (q?.trim() && !products.some((product) => matchesText(product, q))) {
		reasons.push(`No product matches the text “${q.trim()}”.`);
	}
	if (reasons.length === 0)
		reasons.push('Each filter matches some products, but no product matches all of them at once.');
	return reasons;
}
