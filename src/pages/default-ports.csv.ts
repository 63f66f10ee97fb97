import type { APIRoute } from 'astro';
import { atlas } from '../data/index.ts';
import { buildDefaultPortsExport, defaultPortsCsv } from '../lib/ports/default-ports-export.ts';

/** default-ports.csv: one row per catalogued default port, for spreadsheets. */
export const GET: APIRoute = ({ site }) => {
	if (site === undefined) throw new Error('default-ports.csv needs `site` in astro.config.mjs for its addresses');
	return new Response(defaultPortsCsv(buildDefaultPortsExport(atlas, site)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
