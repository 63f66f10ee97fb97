import { z } from 'astro/zod';
import type { AtlasData } from '../../data/dataset.ts';
import type { ProductExport } from '../../schemas/product-export.ts';
import { ProductsExportSchema, type ProductsExport } from '../../schemas/products-export.ts';
import { toCsv } from '../shared/csv.ts';
import { EXPORT_PATHS, MATRIX_PATH, productPath } from '../shared/paths.ts';
import { newestFirst } from '../../core/versions.ts';

/**
 * The downloadable forms of the product records: products.json, products.csv and the JSON
 * Schema of the former. All three are computed from the validated data at build time, so they
 * cannot disagree with the pages.
 */

type ExportInput = Pick<AtlasData, 'products' | 'separationModes' | 'sources'>;

/** The products.json document; `site` is the origin the absolute addresses point at. */
export function buildProductsExport(data: ExportInput, site: URL): ProductsExport {
	const modes = new Map(data.separationModes.map((mode) => [mode.id, mode]));
	const sources = new Map(data.sources.map((source) => [source.id, source]));
	const products = [...data.products]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((product): ProductExport => {
			const mode = modes.get(product.separationMode);
			if (mode === undefined) throw new Error(`${product.id}: unknown separation mode ${product.separationMode}`);
			const cited = [...new Set([...product.sources, ...product.facts.flatMap((fact) => fact.sources)])];
			const order = newestFirst(product.versions.map(({ version }) => version));
			return {
				id: product.id,
				name: product.name,
				abbreviation: product.abbreviation,
				aliases: [...product.aliases],
				page: new URL(productPath(product.id), site).href,
				separationMode: {
					id: mode.id,
					label: mode.label,
					meaning: mode.meaning,
					usesSeparation: mode.usesSeparation,
				},
				summary: product.summary,
				versions: [...product.versions].sort((a, b) => order.indexOf(a.version) - order.indexOf(b.version)),
				diffResolutions: product.diffResolutions,
				facts: product.facts,
				sources: cited.map((id) => {
					const source = sources.get(id);
					if (source === undefined) throw new Error(`${product.id}: unknown source ${id}`);
					return {
						id: source.id,
						title: source.title,
						publisher: source.publisher,
						...(source.url === undefined ? {} : { url: source.url }),
					};
				}),
			};
		});
	return {
		$schema: new URL(EXPORT_PATHS.schema, site).href,
		title: 'WSO2 products and their use of worker/manager separation',
		matrix: new URL(MATRIX_PATH, site).href,
		products,
	};
}

/** The CSV columns: one row per product and version, so a spreadsheet can filter on either. */
export const CSV_HEADER = [
	'product_id',
	'product',
	'abbreviation',
	'version',
	'release',
	'separation_mode',
	'separation_mode_label',
	'uses_worker_manager_separation',
	'summary',
	'page',
] as const;

/** products.csv, from the same document as products.json. */
export function productsCsv(document: ProductsExport): string {
	const rows = document.products.flatMap((product) =>
		product.versions.map(({ version, release }) => [
			product.id,
			product.name,
			product.abbreviation,
			version,
			release,
			product.separationMode.id,
			product.separationMode.label,
			String(product.separationMode.usesSeparation),
			product.summary,
			product.page,
		]),
	);
	return toCsv(CSV_HEADER, rows);
}

/** The JSON Schema (draft 2020-12) of products.json, identified by its own address. */
export function productsJsonSchema(site: URL): Record<string, unknown> {
	const schema = z.toJSONSchema(ProductsExportSchema, { io: 'output', target: 'draft-2020-12' });
	return { ...schema, $id: new URL(EXPORT_PATHS.schema, site).href };
}

/** Serialises an export as the files hold it: indented, with a final newline. */
export function toJsonText(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}
