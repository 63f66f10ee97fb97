import type { APIRoute } from 'astro';
import { atlas } from '../data/index.ts';
import { portsJson } from '../lib/ports/ports-export.ts';

/** Every port rule of the IoT pattern with what it refers to, and every product's default ports, as JSON. */
export const GET: APIRoute = ({ site }) => {
	if (site === undefined) throw new Error('ports.json needs `site` in astro.config.mjs for its addresses');
	return new Response(portsJson(atlas, site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
