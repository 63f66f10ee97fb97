import type { APIRoute } from 'astro';
import { atlas } from '../data/index.ts';
import { buildDefaultPortsExport } from '../lib/ports/default-ports-export.ts';
import { toJsonText } from '../lib/products/product-export.ts';

/** default-ports.json: every catalogued default port with the products that open it. */
export const GET: APIRoute = ({ site }) => {
	if (site === undefined) throw new Error('default-ports.json needs `site` in astro.config.mjs for its addresses');
	return new Response(toJsonText(buildDefaultPortsExport(atlas, site)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
