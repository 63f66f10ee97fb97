import type { APIRoute } from 'astro';
import { portsJsonSchema } from '../lib/ports/ports-export.ts';
import { toJsonText } from '../lib/products/product-export.ts';

/** ports.schema.json: the JSON Schema of ports.json, generated from its zod schema. */
export const GET: APIRoute = ({ site }) => {
	if (site === undefined) throw new Error('ports.schema.json needs `site` in astro.config.mjs for its $id');
	return new Response(toJsonText(portsJsonSchema(site)), {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
