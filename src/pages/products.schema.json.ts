import type { APIRoute } from 'astro';
import { productsJsonSchema, toJsonText } from '../lib/products/product-export.ts';

/** products.schema.json: the JSON Schema of products.json, generated from its zod schema. */
export const GET: APIRoute = ({ site }) => {
	if (site === undefined) throw new Error('products.schema.json needs `site` in astro.config.mjs for its $id');
	return new Response(toJsonText(productsJsonSchema(site)), {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
