import type { APIRoute } from 'astro';
import { atlas } from '../data/index.ts';
import { portsCsv } from '../lib/ports/ports-export.ts';

/** Every port rule as CSV, one row per rule, for spreadsheets. */
export const GET: APIRoute = () =>
	new Response(portsCsv(atlas.ports), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
