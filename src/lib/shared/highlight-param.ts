/**
 * The query parameter search results carry: the words the reader searched for, which the page
 * opened marks (src/scripts/search/highlight-on-arrival.ts). It belongs to every page, so the
 * filters that read the query string pass over it (src/lib/shared/url-params.ts). Every page's
 * search script reads it from the search element's `data-highlight-param`, rendered from this
 * constant (src/components/search/Search.astro), rather than importing it: an import shared with
 * the search dialog would be one more script file to fetch before the page is ready.
 */
export const HIGHLIGHT_PARAM = 'highlight';
