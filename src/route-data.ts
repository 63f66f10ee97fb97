/**
 * Starlight route middleware: runs for every page, Markdown or generated, before it renders.
 * It writes the page's search facets and aliases (src/lib/search/search-facets.ts) into <head> as
 * Pagefind filter and metadata tags. Pagefind reads filters and metadata anywhere in the
 * document, and <meta> tags add nothing to the visible page or the accessibility tree.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { atlas } from './data/index.ts';
import { pageSearchFacets } from './lib/search/search-facets.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const { head } = context.locals.starlightRoute;
	const { filters, meta } = pageSearchFacets(context.url.pathname, atlas);
	for (const [key, values] of Object.entries(filters)) {
		for (const value of values) {
			head.push({ tag: 'meta', attrs: { 'data-pagefind-filter': `${key}[content]`, content: value } });
		}
	}
	for (const [key, value] of Object.entries(meta)) {
		head.push({ tag: 'meta', attrs: { 'data-pagefind-meta': `${key}[content]`, content: value } });
	}
});
