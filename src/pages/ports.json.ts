import type { APIRoute } from 'astro';
import { atlas } from '../data/index.ts';
import { portsJson } from '../lib/ports/ports-export.ts';

/** Every port rule as JSON, with the roles, endpoints, profiles and sources it refers to. */
export const GET: APIRoute = () =>
	new Response(portsJson(atlas), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
