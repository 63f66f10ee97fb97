import type { APIRoute } from 'astro';
import { atlas } from '../data/index.ts';
import { portsCsv } from '../lib/ports/ports-export.ts';

/** Every port rule of the IoT pattern, then every product's default port, as CSV for spreadsheets. */
export const GET: APIRoute = () =>
	new Response(portsCsv(atlas), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
