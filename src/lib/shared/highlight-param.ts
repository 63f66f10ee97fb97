/**
 * The query parameter search results carry: the words the reader searched for, which the page
 * opened marks (src/scripts/search/highlight-on-arrival.ts). It belongs to every page, so the
 * filters that read the query string pass over it (src/lib/shared/url-params.ts). A module of its own
 * because every page's search script needs it and nothing else from those modules.
 */
export const HIGHLIGHT_PARAM = 'highlight';
