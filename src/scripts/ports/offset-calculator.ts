/**
 * The port-offset calculator's custom element (see OffsetCalculator.astro). It rebuilds the
 * rows and results with textContent only, so nothing typed or linked is ever parsed as markup.
 */
import { offsetRowNames } from '../../lib/ports/offset-row-names.ts';
import { describeRows, type LayoutRow } from '../../lib/ports/port-offset-rows.ts';
import {
	formatHostRows,
	freeOffset,
	parseHostRows,
	parseOffset,
	parsePlacements,
	type HostRow,
	type Placement,
	type ProfileCatalogEntry,
} from '../../lib/ports/port-offset.ts';
import { readParams, writeParams, type ParamSpecs } from '../../lib/shared/url-params.ts';
import { renderIgnoredParamsNote } from '../shared/ignored-params-note.ts';

const SPECS: ParamSpecs = { host: { kind: 'text', maxLength: 500 } };

class OffsetCalculator extends HTMLElement {
	#catalog: ProfileCatalogEntry[] = [];
	#rows: HostRow[] = [];

	connectedCallback(): void {
		this.#catalog = JSON.parse(this.dataset['catalog'] ?? '[]') as ProfileCatalogEntry[];
		const form = this.querySelector('form');
		const note = this.querySelector<HTMLElement>('[data-ignored-note]');
		if (!form || !note) return;

		const { values, ignored } = readParams(window.location.search, SPECS);
		const fromUrl = parseHostRows(values['host'] ?? '', this.#catalog);
		renderIgnoredParamsNote(note, [
			...ignored,
			...fromUrl.problems.map(({ item, reason }) => ({ name: 'host', value: item, reason })),
		]);
		// Rows from a link keep an invalid offset as written, to be marked on its row.
		this.#rows =
			values['host'] === undefined
				? this.#shipped().map(({ profileId, offset }) => ({ profileId, offsetText: String(offset) }))
				: fromUrl.rows;

		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('input', (event) => this.#onEdit(event));
		form.addEventListener('change', (event) => this.#onEdit(event));
		form.addEventListener('click', (event) => this.#onClick(event));
		// The server drew the shipped rows; rows from a link replace them.
		if (values['host'] !== undefined || this.#rowElements().length !== this.#rows.length) this.#renderRows();
		this.#update(false);
	}

	#shipped(): Placement[] {
		return parsePlacements(this.dataset['shipped'] ?? '', this.#catalog).placements;
	}

	/** The rows whose offset reads as a number, with their position among all rows. */
	#placements(): { placements: Placement[]; indexes: number[] } {
		const placements: Placement[] = [];
		const indexes: number[] = [];
		this.#rows.forEach((row, index) => {
			const parsed = parseOffset(row.offsetText);
			if ('offset' in parsed) {
				placements.push({ profileId: row.profileId, offset: parsed.offset });
				indexes.push(index);
			}
		});
		return { placements, indexes };
	}

	#rowElements(): HTMLLIElement[] {
		return [...this.querySelectorAll<HTMLLIElement>('[data-rows] > li')];
	}

	#renderRows(): void {
		const list = this.querySelector('[data-rows]');
		const template = this.querySelector<HTMLTemplateElement>('[data-row-template]');
		if (!list || !template) return;
		list.replaceChildren(
			...this.#rows.map((row, index) => {
				const item = template.content.firstElementChild?.cloneNode(true) as HTMLLIElement;
				const names = offsetRowNames(index + 1);
				const profileLabel = item.querySelector<HTMLLabelElement>('[data-label="profile"]')!;
				const offsetLabel = item.querySelector<HTMLLabelElement>('[data-label="offset"]')!;
				profileLabel.textContent = names.profileLabel;
				profileLabel.htmlFor = names.profileId;
				item.querySelector('select')!.id = names.profileId;
				offsetLabel.textContent = names.offsetLabel;
				offsetLabel.htmlFor = names.offsetId;
				item.querySelector('input')!.id = names.offsetId;
				item.querySelector('select')!.value = row.profileId;
				item.querySelector('input')!.value = row.offsetText;
				item.querySelector('[data-suggest]')!.setAttribute('aria-label', names.suggestLabel);
				item.querySelector('[data-remove]')!.setAttribute('aria-label', names.removeLabel);
				return item;
			}),
		);
	}

	#onEdit(event: Event): void {
		const item = (event.target as HTMLElement).closest('li');
		const index = this.#rowElements().indexOf(item as HTMLLIElement);
		const row = this.#rows[index];
		if (!item || !row) return;
		const select = item.querySelector('select');
		const input = item.querySelector('input');
		if (event.target === select && select && input && select.value !== row.profileId) {
			// A new profile starts from its shipped offset, the value its carbon.xml would have.
			const entry = this.#catalog.find((candidate) => candidate.id === select.value);
			input.value = String(entry?.shippedOffset ?? 0);
		}
		row.profileId = select?.value ?? row.profileId;
		row.offsetText = input?.value ?? row.offsetText;
		this.#update(true);
	}

	#onClick(event: Event): void {
		const button = (event.target as HTMLElement).closest('button');
		if (!button) return;
		const index = this.#rowElements().indexOf(button.closest('li') as HTMLLIElement);
		if (button.hasAttribute('data-add')) {
			const first = this.#catalog[0];
			if (!first) return;
			this.#rows.push({ profileId: first.id, offsetText: String(first.shippedOffset) });
			this.#renderRows();
			this.#rowElements().at(-1)?.querySelector('select')?.focus();
		} else if (button.hasAttribute('data-shipped')) {
			this.#rows = this.#shipped().map(({ profileId, offset }) => ({ profileId, offsetText: String(offset) }));
			this.#renderRows();
		} else if (button.hasAttribute('data-remove')) {
			this.#rows.splice(index, 1);
			this.#renderRows();
			const next = this.#rowElements()[Math.min(index, this.#rows.length - 1)];
			(next?.querySelector('select') ?? this.querySelector<HTMLButtonElement>('[data-add]'))?.focus();
		} else if (button.hasAttribute('data-suggest')) {
			const { placements, indexes } = this.#placements();
			const row = this.#rows[index];
			if (!row) return;
			const position = indexes.indexOf(index);
			const candidates = position === -1 ? [...placements, { profileId: row.profileId, offset: 0 }] : placements;
			const offset = freeOffset(candidates, position === -1 ? candidates.length - 1 : position, this.#catalog);
			if (offset === undefined) return;
			row.offsetText = String(offset);
			const input = this.#rowElements()[index]?.querySelector('input');
			if (input) input.value = row.offsetText;
		} else return;
		this.#update(true);
	}

	#update(updateUrl: boolean): void {
		// Mark offsets that do not read as numbers; those rows sit out until fixed, and the
		// summary says so.
		this.#rowElements().forEach((item, index) => {
			const parsed = parseOffset(this.#rows[index]?.offsetText ?? '');
			const error = item.querySelector<HTMLElement>('[data-offset-error]');
			const input = item.querySelector('input');
			if (!error || !input) return;
			const names = offsetRowNames(index + 1);
			error.id = names.errorId;
			error.hidden = !('error' in parsed);
			error.textContent = 'error' in parsed ? `${names.server}: ${parsed.error}` : '';
			input.setAttribute('aria-invalid', String('error' in parsed));
			input.setAttribute('aria-describedby', error.id);
		});
		const view = describeRows(this.#rows, this.#catalog);
		const summary = this.querySelector('[data-summary]');
		const warnings = this.querySelector('[data-warnings]');
		const body = this.querySelector('[data-result-rows]');
		if (summary) {
			const strong = document.createElement('strong');
			strong.textContent = view.summary;
			summary.replaceChildren(strong);
		}
		warnings?.replaceChildren(
			...view.warnings.map((warning) => {
				const item = document.createElement('li');
				const icon = document.createElement('span');
				icon.setAttribute('aria-hidden', 'true');
				icon.textContent = '⚠ ';
				item.append(icon, warning);
				return item;
			}),
		);
		body?.replaceChildren(...view.rows.map(resultRow));
		if (updateUrl) {
			// Every row keeps its place in the link, an invalid one as typed.
			const query = writeParams({ host: formatHostRows(this.#rows) }, SPECS);
			history.replaceState(history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
		}
	}
}

function resultRow(row: LayoutRow): HTMLTableRowElement {
	const tr = document.createElement('tr');
	const server = document.createElement('th');
	server.scope = 'row';
	server.textContent = row.server;
	const cells = [row.service, String(row.defaultPort), String(row.port)].map((text) => {
		const td = document.createElement('td');
		td.textContent = text;
		return td;
	});
	const note = document.createElement('td');
	if (row.collidesWith.length > 0) {
		const strong = document.createElement('strong');
		const icon = document.createElement('span');
		icon.setAttribute('aria-hidden', 'true');
		icon.textContent = '⚠ ';
		strong.append(icon, `Collides with ${row.collidesWith.join(', ')}. `);
		note.append(strong);
	}
	if (row.outOfRange) note.append('Above 65535. ');
	if (!row.offsetApplies) note.append('Not moved by the offset. ');
	if (row.condition !== undefined) note.append(`Conditional: ${row.condition}`);
	tr.append(server, ...cells, note);
	return tr;
}

customElements.define('atlas-offset-calculator', OffsetCalculator);
