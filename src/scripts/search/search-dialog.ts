/**
 * The search dialog: Pagefind's Component UI (modal, input, filter dropdowns, summary,
 * results with arrow-key navigation, keyboard hints) configured for this site. Loaded on
 * demand by atlas-search-element.ts. What it adds to the Component UI:
 *
 * - Query rewriting (src/lib/search/search-query.ts). The Component UI has no hook for it (the Default UI's `processTerm`),
 *   so the instance's one search entry point, `__search__`, is wrapped: every search (typed,
 *   filtered or cleared) passes through it, while the input, the summary and the highlight
 *   words keep what the reader typed. @pagefind/component-ui is pinned to an exact version
 *   and tests/e2e/search-*.spec.ts fail if the wrapped method stops being called.
 * - Filters without a query. Pagefind's faceted mode lists every page when the query is
 *   empty; it is switched on only while a filter is chosen, so an empty dialog stays empty.
 * - Result cards from src/lib/search/search-results.ts, built as DOM nodes with text only.
 * - Enter in the search box opens the top result at the place that matched.
 * - Opening with a query (`open('5228')`, used by the not-found page): the query is put in the
 *   search box and searched at once, through the same `triggerSearch` a typed query reaches.
 * - Accessible names for the filter dropdowns (see repairFilterDropdownNames), and Escape in an
 *   open dropdown closes only the dropdown.
 */
import {
	configureInstance,
	type FilterSelection,
	type Instance,
	type PagefindFilterDropdown,
	type PagefindInput,
	type PagefindResults,
} from '@pagefind/component-ui';
// The styles come as text inside this chunk and are added when the dialog mounts: imported
// as stylesheets, Astro would link them from every page, loading search with each one.
import componentStyles from '@pagefind/component-ui/css/pagefind-component-ui.css?inline';
import dialogStyles from '../../styles/search-dialog.css?inline';
import { IDENTIFIERS_META } from '../../lib/search/search-facets.ts';
import { highlightTerms, rewriteQuery } from '../../lib/search/search-query.ts';
import { resultView } from '../../lib/search/search-results.ts';
import { parseSearchVocabulary, type SearchVocabulary } from '../../lib/search/search-vocabulary.ts';
import { HIGHLIGHT_PARAM } from '../../lib/shared/highlight-param.ts';
import { renderResultCard } from './result-card.ts';

export interface SearchDialog {
	/** Opens the dialog; with a non-empty query, fills the search box with it and searches. */
	open(query?: string): void;
	close(): void;
	readonly isOpen: boolean;
}

interface ModalElement extends HTMLElement {
	open(): void;
	close(): void;
	readonly isOpen: boolean;
}

/**
 * Ranking: a page whose identifiers metadata names the query (ESB, G-Reg, FCM, a version
 * token) is the entry for it and outranks pages that only mention it; the title keeps
 * Pagefind's default boost.
 */
const RANKING = { metaWeights: { title: 5, [IDENTIFIERS_META]: 10 } };

const EMPTY_VOCABULARY: SearchVocabulary = { ports: [], aliases: [], labels: {} };

async function fetchVocabulary(url: string): Promise<SearchVocabulary> {
	try {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		return parseSearchVocabulary(await response.json());
	} catch (error) {
		// Search still works without it, only without exact port matching and row titles.
		console.warn(`Search vocabulary ${url} could not be loaded:`, error);
		return EMPTY_VOCABULARY;
	}
}

const hasFilters = (filters: FilterSelection | undefined): boolean =>
	Object.values(filters ?? {}).some((values) => values.length > 0);

/** Routes every search through the rewriting of ports and versions (see the module comment). */
function rewriteSearches(instance: Instance, vocabulary: Promise<SearchVocabulary>): void {
	const search = instance.__search__.bind(instance);
	instance.__search__ = async (term: string, filters: FilterSelection) => {
		instance.faceted = hasFilters(filters);
		return search(rewriteQuery(term ?? '', await vocabulary), filters);
	};
}

/**
 * Accessible names in Pagefind 1.5.2's filter dropdown, repaired:
 * - Its button has role="combobox", which takes no name from its text, and Pagefind labels it
 *   only while a value is selected: screen readers met an unnamed control. It now keeps its
 *   visible label as its name (the "2 filters selected" label Pagefind sets is kept).
 * - Each value is labelled "Port, 1 result" while it shows "Port 1", a name that does not
 *   contain the visible text (WCAG 2.5.3). The name now comes from the text, with the word
 *   "result(s)" added for screen readers only.
 */
function repairFilterDropdownNames(): void {
	// The package exports the class as a type only; the element registry has the class itself.
	const Dropdown = customElements.get('pagefind-filter-dropdown') as typeof PagefindFilterDropdown | undefined;
	if (!Dropdown) return;
	const prototype = Dropdown.prototype;
	for (const method of ['render', 'updateBadge'] as const) {
		const original = prototype[method];
		prototype[method] = function (this: PagefindFilterDropdown) {
			original.call(this);
			const trigger = this.triggerEl;
			if (trigger && !trigger.hasAttribute('aria-label'))
				trigger.setAttribute('aria-label', this.getAttribute('label') ?? '');
		};
	}
	const createOption = prototype.createOption;
	prototype.createOption = function (this: PagefindFilterDropdown, id, value, count, isSelected) {
		const option = createOption.call(this, id, value, count, isSelected);
		option.removeAttribute('aria-label');
		const countText = option.querySelector('.pf-dropdown-option-count');
		if (countText) {
			countText.removeAttribute('aria-hidden');
			const word = document.createElement('span');
			word.className = 'sr-only';
			word.textContent = count === 1 ? ' result' : ' results';
			countText.append(word);
		}
		return option;
	};
}

export function mountSearchDialog(
	host: HTMLElement,
	template: HTMLTemplateElement,
	options: { bundlePath: string; vocabularyUrl: string },
): SearchDialog {
	let vocabulary = EMPTY_VOCABULARY;
	const loading = fetchVocabulary(options.vocabularyUrl).then((loaded) => (vocabulary = loaded));

	const instance = configureInstance('default', { bundlePath: options.bundlePath, ranking: RANKING });
	instance.setTranslations({
		placeholder: 'Port, version or product',
		input_hint: 'Type a port (5228), a version (4.8.1) or a product (ESB); results appear as you type.',
		// In the dialog, Escape closes it (the input's own "clear" never sees the key).
		keyboard_clear: 'close',
	});
	rewriteSearches(instance, loading);
	repairFilterDropdownNames();

	const styles = document.createElement('style');
	styles.textContent = `${componentStyles}\n${dialogStyles}`;
	document.head.append(styles);
	host.append(template.content.cloneNode(true));
	const modal = host.querySelector<ModalElement>('pagefind-modal');
	const results = host.querySelector<PagefindResults>('pagefind-results');
	if (!modal || !results) throw new Error('The search dialog template lacks its modal or results element');
	// Pagefind names the dialog with its lower-case "search" shortcut hint.
	modal.querySelector('dialog')?.setAttribute('aria-label', 'Search Cluster Atlas');

	results.resultTemplate = (data) =>
		renderResultCard(
			resultView(data, {
				labels: vocabulary.labels,
				highlight: highlightTerms(instance.searchTerm),
				highlightParam: HIGHLIGHT_PARAM,
			}),
		);

	// Escape in an open filter dropdown closes the dropdown, not the whole dialog: the modal
	// listens in the capture phase on its <dialog>, so this listener on an ancestor runs first.
	host.addEventListener(
		'keydown',
		(event) => {
			if (event.key !== 'Escape') return;
			const dropdown = [...host.querySelectorAll<PagefindFilterDropdown>('pagefind-filter-dropdown')].find(
				(candidate) => candidate.isOpen,
			);
			if (!dropdown) return;
			event.preventDefault();
			event.stopPropagation();
			dropdown.close(true);
		},
		{ capture: true },
	);

	// Enter in the search box opens the top result where it matched (arrows still move through all).
	host.addEventListener('keydown', (event) => {
		if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
		if (!event.target.closest('pagefind-input')) return;
		const primary = results.querySelector<HTMLAnchorElement>('a[data-primary]');
		if (!primary) return;
		event.preventDefault();
		primary.click();
	});

	// The box shows the query as text (an input's value) and the search runs it like a typed one.
	const searchFor = (query: string) => {
		const input = host.querySelector<PagefindInput>('pagefind-input');
		if (input?.inputEl) {
			input.inputEl.value = query;
			input.updateState(query);
		}
		instance.triggerSearch(query);
	};

	const dialog = modal.querySelector('dialog');
	return {
		open: (query) => {
			// The modal learns that it closed from the dialog's "close" event, which comes a moment
			// after close(); until then it ignores open(). A shortcut pressed in that moment waits.
			if (modal.isOpen && dialog && !dialog.open) dialog.addEventListener('close', () => modal.open(), { once: true });
			else modal.open();
			if (query) searchFor(query);
		},
		close: () => modal.close(),
		get isOpen() {
			return dialog?.open ?? modal.isOpen;
		},
	};
}
