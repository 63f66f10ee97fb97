/**
 * The offset field of a default-ports table (ProductPorts.astro): rewrites the "At offset" cells
 * for the offset typed, through textContent only, and keeps a valid offset in the address.
 */
import { parseOffset } from '../../lib/ports/port-offset.ts';
import { OFFSET_PARAM, OFFSET_PARAM_SPECS, offsetCellText, readOffsetCell } from '../../lib/ports/offset-column.ts';
import { readParams, writeParams } from '../../lib/shared/url-params.ts';
import { renderIgnoredParamsNote } from '../shared/ignored-params-note.ts';

class OffsetColumn extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector('form');
		const input = form?.querySelector('input');
		const error = this.querySelector<HTMLElement>('[data-offset-error]');
		const note = this.querySelector<HTMLElement>('[data-ignored-note]');
		if (!form || !input || !error || !note) return;

		const { values, ignored } = readParams(window.location.search, OFFSET_PARAM_SPECS);
		renderIgnoredParamsNote(note, ignored);
		input.value = values[OFFSET_PARAM] ?? '0';
		form.addEventListener('submit', (event) => event.preventDefault());
		input.addEventListener('input', () => this.#update(input, error, true));
		this.#update(input, error, false);
	}

	#update(input: HTMLInputElement, error: HTMLElement, updateUrl: boolean): void {
		const parsed = parseOffset(input.value);
		error.hidden = !('error' in parsed);
		error.textContent = 'error' in parsed ? parsed.error : '';
		input.setAttribute('aria-invalid', String('error' in parsed));
		if ('error' in parsed) return;
		for (const cell of this.querySelectorAll<HTMLElement>('td[data-default-port]')) {
			const facts = readOffsetCell(cell.dataset);
			if (facts) cell.textContent = offsetCellText(facts, parsed.offset);
		}
		for (const heading of this.querySelectorAll('thead th:nth-child(2)')) {
			heading.textContent = `At offset ${parsed.offset}`;
		}
		if (updateUrl) {
			const query = writeParams(
				{ [OFFSET_PARAM]: parsed.offset === 0 ? undefined : String(parsed.offset) },
				OFFSET_PARAM_SPECS,
			);
			history.replaceState(history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
		}
	}
}

customElements.define('atlas-offset-column', OffsetColumn);
