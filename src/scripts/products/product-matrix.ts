import {
	describeCount,
	explainNoMatch,
	matchedVersions,
	matchesFilter,
	productFilterSpecs,
	readProductFilter,
	writeProductFilter,
	type FilterableProduct,
	type ProductFilter,
} from '../../lib/products/matrix-filter.ts';
import { PRODUCT_GROUP_SELECTOR, PRODUCT_ROW_SELECTOR, productFromDataset } from '../../lib/products/matrix-dataset.ts';
import type { ParamSpecs } from '../../lib/shared/url-params.ts';
import { renderIgnoredParamsNote } from '../shared/ignored-params-note.ts';

/** A matrix row and the product it shows, read once from the row's data attributes. */
interface Row {
	element: HTMLTableRowElement;
	product: FilterableProduct;
}

/**
 * Filters the server-rendered matrix. The URL query is the state: reading it on load and on
 * back/forward, writing it on every change, so any view can be linked. Choosing from a list
 * adds a history entry; typing adds one per burst of typing, not one per key.
 */
class ProductMatrixElement extends HTMLElement {
	#rows: Row[] = [];
	#specs: ParamSpecs = {};
	#modeLabels = new Map<string, string>();
	#form: HTMLFormElement | null = null;
	#typing = false;
	readonly #onPopState = () => this.#applyLocation();

	connectedCallback(): void {
		this.#form = this.querySelector<HTMLFormElement>('form[data-filter-form]');
		const modeSelect = this.#form?.elements.namedItem('mode');
		if (!this.#form || !(modeSelect instanceof HTMLSelectElement)) return;
		this.#rows = [...this.querySelectorAll<HTMLTableRowElement>(PRODUCT_ROW_SELECTOR)].map((element) => ({
			element,
			product: productFromDataset(element.dataset),
		}));
		const modes = [...modeSelect.options].filter((option) => option.value !== '');
		this.#modeLabels = new Map(modes.map((option) => [option.value, option.text]));
		this.#specs = productFilterSpecs(
			this.#rows.map((row) => row.product.id),
			[...this.#modeLabels.keys()],
		);
		this.#form.addEventListener('submit', (event) => event.preventDefault());
		this.#form.addEventListener('change', (event) => {
			if (event.target instanceof HTMLInputElement && this.#typing) {
				this.#typing = false;
				return;
			}
			this.#typing = false;
			this.#commit('push');
		});
		this.#form.addEventListener('input', (event) => {
			if (!(event.target instanceof HTMLInputElement)) return;
			this.#commit(this.#typing ? 'replace' : 'push');
			this.#typing = true;
		});
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-clear-filters]')) {
			button.addEventListener('click', () => this.#clear());
		}
		window.addEventListener('popstate', this.#onPopState);
		this.#form.hidden = false;
		this.#applyLocation();
	}

	disconnectedCallback(): void {
		window.removeEventListener('popstate', this.#onPopState);
	}

	#control(name: string): HTMLInputElement | HTMLSelectElement | null {
		const control = this.#form?.elements.namedItem(name);
		return control instanceof HTMLInputElement || control instanceof HTMLSelectElement ? control : null;
	}

	/** Shows the view the current URL asks for, and says which of its parameters were ignored. */
	#applyLocation(): void {
		const { filter, ignored } = readProductFilter(window.location.search, this.#specs);
		const note = this.querySelector<HTMLElement>('[data-ignored-note]');
		if (note) renderIgnoredParamsNote(note, ignored);
		this.#typing = false;
		this.#showInControls(filter);
		this.#render(filter);
	}

	#showInControls(filter: ProductFilter): void {
		const version = this.#control('version');
		if (version instanceof HTMLSelectElement) {
			for (const option of version.querySelectorAll('option[data-unlisted]')) option.remove();
			const listed = [...version.options].some((option) => option.value === filter.version);
			if (filter.version && !listed) {
				// A well-formed version no product lists: show it selected so the control tells the truth.
				const option = new Option(`${filter.version} (no product lists it)`, filter.version);
				option.dataset['unlisted'] = '';
				version.options.add(option, 1);
			}
		}
		for (const name of ['product', 'version', 'mode', 'q'] as const) {
			const control = this.#control(name);
			if (control) control.value = filter[name] ?? '';
		}
	}

	#readControls(): ProductFilter {
		const filter: ProductFilter = {};
		for (const name of ['product', 'version', 'mode', 'q'] as const) {
			const value = this.#control(name)?.value.trim();
			if (value) filter[name] = value;
		}
		return filter;
	}

	/** Writes the controls' state to the URL, then shows it. */
	#commit(how: 'push' | 'replace'): void {
		const filter = this.#readControls();
		const url = `${window.location.pathname}${writeProductFilter(filter, this.#specs)}${window.location.hash}`;
		const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
		if (url !== current) {
			if (how === 'push') window.history.pushState(null, '', url);
			else window.history.replaceState(null, '', url);
		}
		// The link's ignored parameters are gone from the URL now, so the note about them goes too.
		const note = this.querySelector<HTMLElement>('[data-ignored-note]');
		if (note) renderIgnoredParamsNote(note, []);
		this.#render(filter);
	}

	#clear(): void {
		this.#showInControls({});
		this.#typing = false;
		this.#commit('push');
		this.#control('product')?.focus();
	}

	#render(filter: ProductFilter): void {
		let visible = 0;
		for (const { element, product } of this.#rows) {
			const matches = matchesFilter(product, filter);
			element.hidden = !matches;
			if (matches) visible++;
			const marked = new Set(matches ? matchedVersions(product, filter) : []);
			for (const span of element.querySelectorAll<HTMLElement>('[data-version]')) {
				span.toggleAttribute('data-match', marked.has(span.dataset['version'] ?? ''));
			}
		}
		for (const group of this.querySelectorAll<HTMLElement>(PRODUCT_GROUP_SELECTOR)) {
			group.hidden = group.querySelector(`${PRODUCT_ROW_SELECTOR}:not([hidden])`) === null;
		}
		const count = this.querySelector<HTMLElement>('[data-count]');
		if (count) count.textContent = describeCount(visible, this.#rows.length);
		const table = this.querySelector<HTMLElement>('[data-table-box]');
		if (table) table.hidden = visible === 0;
		const panel = this.querySelector<HTMLElement>('[data-no-match]');
		const reasons = this.querySelector<HTMLElement>('[data-no-match-reasons]');
		if (!panel || !reasons) return;
		panel.hidden = visible > 0;
		reasons.replaceChildren(
			...(visible > 0
				? []
				: explainNoMatch(
						this.#rows.map((row) => row.product),
						filter,
						this.#modeLabels,
					)
			).map((reason) => {
				const item = document.createElement('li');
				item.textContent = reason;
				return item;
			}),
		);
	}
}

if (!customElements.get('product-matrix')) customElements.define('product-matrix', ProductMatrixElement);
