/**
 * Highlighting on the page a search result opens. Result links carry the words the reader
 * typed in `?highlight=` (src/lib/search/search-results.ts); when a page is opened with them, this
 * loads Pagefind's own highlighter, which marks them in the page content. It matches whole
 * words only, so "80" does not light up inside 8080, while "5230" is found in "5229-5230".
 * Pages opened without the parameter load nothing. The parameter's name comes from the caller
 * (the search element's `data-highlight-param`, see src/lib/shared/highlight-param.ts).
 */

/** The class of the highlight marks, styled in src/styles/atlas.css. */
const HIGHLIGHT_CLASS = 'atlas-search-highlight';

type PagefindHighlightConstructor = new (options: {
	highlightParam: string;
	addStyles: boolean;
	markOptions: Record<string, unknown>;
}) => unknown;

export function highlightOnArrival(highlightParam: string, bundlePath = '/pagefind/'): void {
	if (!new URLSearchParams(window.location.search).has(highlightParam)) return;
	void (async () => {
		const module = (await import(/* @vite-ignore */ `${bundlePath}pagefind-highlight.js`)) as {
			default: PagefindHighlightConstructor;
		};
		new module.default({
			highlightParam,
			addStyles: false,
			markOptions: {
				className: HIGHLIGHT_CLASS,
				exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
				accuracy: { value: 'exactly', limiters: [',', '.', ':', ';', '(', ')', '-', '/', '–', '?', '!', '"', "'"] },
			},
		});
		// A result for a whole page has no anchor to scroll to: bring the first match into view.
		if (window.location.hash === '') {
			document.querySelector(`.${HIGHLIGHT_CLASS}`)?.scrollIntoView({ block: 'center' });
		}
	})();
}
