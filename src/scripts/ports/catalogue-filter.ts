/**
 * The product filter of the default-ports table (DefaultPortsTable.astro): hides the rows of
 * other products, says how many show, and keeps the choice in the address.
 */
import {
	CATALOGUE_ROW_SELECTOR,
	catalogueCountText,
	catalogueFilterSpecs,
	PRODUCT_PARAM,
	productsOfRow,
	rowShows,
} from '../../lib/ports/catalogue-filter.ts';
import { readParams, writeParams, type ParamSpecs } from '../../lib/shared/url-params.ts';
import { renderIgnoredParamsNote } from '../shared/ignored-params-note.ts';

class CatalogueFilter extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector<HTMLFormElement>('form[data-catalogue-form]');
		const select = form?.querySelector('select');
		const count = this.querySelector<HTMLElement>('[data-catalogue-count]');
		const note = this.querySelector<HTMLElement>('[data-ignored-note]');
		if (!form || !select || !count || !note) return;
		const rows = [...this.querySelectorAll<HTMLTableRowElement>(CATALOGUE_ROW_SELECTOR)].map((element) => ({
			element,
			products: productsOfRow(element.dataset),
		}));
		const specs = catalogueFilterSpecs([...select.options].map((option) => option.value).filter(Boolean));
		const { values, ignored } = readParams(window.location.search, specs);
		renderIgnoredParamsNote(note, ignored);
		select.value = values[PRODUCT_PARAM] ?? '';
		form.addEventListener('submit', (event) => event.preventDefault());
		const apply = (updateUrl: boolean) => {
			const chosen = select.value === '' ? undefined : select.value;
			let shown = 0;
			for (const row of rows) {
				row.element.hidden = !rowShows(row.products, chosen);
				if (!row.element.hidden) shown += 1;
			}
			count.textContent = catalogueCountText(shown, rows.length);
			if (updateUrl) writeUrl(chosen, specs);
		};
		select.addEventListener('change', () => apply(true));
		apply(false);
	}
}

function writeUrl(chosen: string | undefined, specs: ParamSpecs): void {
	const query = writeParams({ [PRODUCT_PARAM]: chosen }, specs);
	history.replaceState(history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
}

customElements.define('atlas-catalogue-filter', CatalogueFilter);
