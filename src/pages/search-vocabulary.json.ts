import type { APIRoute } from 'astro';
import { atlas } from '../data/index.ts';
import { buildSearchVocabulary } from '../lib/search/search-vocabulary.ts';

/** search-vocabulary.json: what the search box needs to know about the data (src/lib/search/search-vocabulary.ts). */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(buildSearchVocabulary(atlas)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
