import type { APIRoute } from 'astro';
import { atlas } from '../data/index.ts';
import { buildProductsExport, toJsonText } from '../lib/products/product-export.ts';

/** products.json: every product record, written at build time from the validated data. */
export const GET: APIRoute = ({ site }) => {
	if (site === undefined) throw new Error('products.json needs `site` in astro.config.mjs for absolute addresses');
	return new Response(toJsonText(buildProductsExport(atlas, site)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
