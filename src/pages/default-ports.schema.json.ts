import type { APIRoute } from 'astro';
import { defaultPortsJsonSchema } from '../lib/ports/default-ports-export.ts';
import { toJsonText } from '../lib/products/product-export.ts';

/** default-ports.schema.json: the JSON Schema of default-ports.json, generated from its zod schema. */
export const GET: APIRoute = ({ site }) => {
	if (site === undefined) throw new Error('default-ports.schema.json needs `site` in astro.config.mjs for its $id');
	return new Response(toJsonText(defaultPortsJsonSchema(site)), {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
