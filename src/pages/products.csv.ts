import type { APIRoute } from 'astro';
import { atlas } from '../data/index.ts';
import { buildProductsExport, productsCsv } from '../lib/products/product-export.ts';

/** products.csv: one row per product and version, from the same document as products.json. */
export const GET: APIRoute = ({ site }) => {
	if (site === undefined) throw new Error('products.csv needs `site` in astro.config.mjs for absolute addresses');
	return new Response(productsCsv(buildProductsExport(atlas, site)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
	});
};
