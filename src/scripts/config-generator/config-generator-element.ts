import { roleLabel, type Role } from '../../lib/config-generator/config-facts.ts';
import type { GeneratorData } from '../../lib/config-generator/generator-data.ts';
import {
	defaultValues,
	validateForm,
	type FieldErrors,
	type FormValues,
	type MemberFields,
} from '../../lib/config-generator/generator-form.ts';
import {
	GENERATOR_FIELDS,
	MEMBERS_FIELD,
	memberFieldIds,
	SINGLE_FIELDS,
	type SingleField,
} from '../../lib/config-generator/generator-fields.ts';
import { readFormParams, writeFormParams } from '../../lib/config-generator/generator-url.ts';
import {
	defaultDomain,
	defaultLocalPort,
	downloadName,
	downloadText,
	generateBlocks,
	notesFor,
	type ConfigBlock,
	type GeneratorInput,
} from '../../lib/config-generator/cluster-xml.ts';
import { renderBlock, renderMemberRow, renderNotes, showFieldError } from './config-generator-render.ts';
import { renderIgnoredParamsNote } from '../shared/ignored-params-note.ts';

/**
 * <config-generator>: progressive enhancement of the server-rendered form. State lives in the
 * form and the query string only; the output is recomputed from scratch on every change.
 */
class ConfigGeneratorElement extends HTMLElement {
	#data!: GeneratorData;
	#current: { input: GeneratorInput; blocks: ConfigBlock[] } | undefined;

	connectedCallback(): void {
		const json = this.querySelector('[data-generator-data]')?.textContent;
		const form = this.querySelector<HTMLFormElement>('[data-form]');
		if (!json || !form) return;
		this.#data = JSON.parse(json) as GeneratorData;
		const names = new Map(this.#data.productNames);
		const { values, ignored } = readFormParams(
			location.search,
			this.#data.products,
			(p) => this.#defaults(p.id),
			names,
		);
		const note = this.querySelector<HTMLElement>('[data-ignored-note]');
		if (note) renderIgnoredParamsNote(note, ignored);
		// This code loads as the reader nears the form (see ConfigGenerator.astro), so they may
		// have changed it already: their changes are kept on top of the link's settings.
		const early = this.#earlyEdits();
		const start = early.has('product') ? this.#defaults(early.get('product') ?? '') : values;
		for (const [name, value] of early) if (name !== 'product') start[name] = value;
		this.#fill(start);
		this.querySelector<HTMLElement>('[data-fallback]')?.setAttribute('hidden', '');
		form.hidden = false;
		this.#part('[data-output]').hidden = false;
		form.addEventListener('input', (event) => this.#onInput(event));
		form.addEventListener('submit', (event) => event.preventDefault());
		this.addEventListener('click', (event) => this.#onClick(event));
		this.#update(early.size > 0);
	}

	#part<T extends HTMLElement = HTMLElement>(selector: string): T {
		const found = this.querySelector<T>(selector);
		if (!found) throw new Error(`config-generator is missing ${selector}`);
		return found;
	}

	#defaults(productId: string): FormValues {
		const product = this.#data.products.find((candidate) => candidate.id === productId) ?? this.#data.products[0]!;
		return defaultValues(product, this.#data.facts);
	}

	#control(name: SingleField): HTMLInputElement | HTMLSelectElement {
		return this.#part<HTMLInputElement | HTMLSelectElement>(`#${GENERATOR_FIELDS[name].id}`);
	}

	/** Puts values into the form, rebuilding the parts that depend on the product. */
	#fill(values: FormValues): void {
		this.#control('product').value = values.product;
		this.#syncProductParts(values.version);
		for (const name of SINGLE_FIELDS.filter((key) => key !== 'product' && key !== 'version')) {
			this.#control(name).value = values[name];
		}
		this.#renderMembers(values.members);
		this.#syncHints();
	}

	/** Fields the reader changed before this code loaded: their value is no longer the markup's own. */
	#earlyEdits(): Map<SingleField, string> {
		const edits = new Map<SingleField, string>();
		for (const name of SINGLE_FIELDS) {
			const control = this.#control(name);
			const initial =
				control instanceof HTMLSelectElement
					? ([...control.options].find((option) => option.defaultSelected) ?? control.options[0])?.value
					: control.defaultValue;
			if (control.value !== initial) edits.set(name, control.value);
		}
		return edits;
	}

	/** Versions, role names and default hints follow the chosen product. */
	#syncProductParts(version?: string): void {
		const product = this.#data.products.find((candidate) => candidate.id === this.#control('product').value);
		if (!product) return;
		const versionSelect = this.#control('version') as HTMLSelectElement;
		versionSelect.replaceChildren(...product.versions.map((each) => new Option(each, each)));
		versionSelect.value = version && product.versions.includes(version) ? version : (product.versions[0] ?? '');
		for (const option of (this.#control('role') as HTMLSelectElement).options)
			option.textContent = roleLabel(this.#data.facts, product.id, option.value as Role);
		this.#syncHints();
	}

	#syncHints(): void {
		const role = this.#control('role').value === 'manager' ? 'manager' : 'worker';
		const where = { productId: this.#control('product').value, version: this.#control('version').value, role } as const;
		this.#part('[data-port-hint]').textContent =
			`Leave empty for the default, ${defaultLocalPort(this.#data.facts, where)}.`;
		this.#part('[data-domain-hint]').textContent =
			`Leave empty for the default, ${defaultDomain(this.#data.facts, where)}.`;
		(this.#control('port') as HTMLInputElement).placeholder = String(defaultLocalPort(this.#data.facts, where));
		(this.#control('domain') as HTMLInputElement).placeholder = defaultDomain(this.#data.facts, where);
		const svn = this.#control('sync').value === 'svn';
		for (const node of this.querySelectorAll<HTMLElement>('[data-svn-only]')) node.hidden = !svn;
		this.#part('[data-members]').hidden = this.#control('scheme').value !== 'wka';
	}

	#readMembers(): MemberFields[] {
		return [...this.querySelectorAll<HTMLLIElement>('[data-member-rows] > li')].map((row) => ({
			host: row.querySelector<HTMLInputElement>('input[name="member-host"]')?.value ?? '',
			port: row.querySelector<HTMLInputElement>('input[name="member-port"]')?.value ?? '',
		}));
	}

	#renderMembers(members: readonly MemberFields[]): void {
		this.#part('[data-member-rows]').replaceChildren(
			...members.map((member, index) => renderMemberRow(member, index + 1)),
		);
	}

	#read(): FormValues {
		const value = (name: SingleField) => this.#control(name).value;
		return {
			product: value('product'),
			version: value('version'),
			role: value('role'),
			scheme: value('scheme'),
			domain: value('domain'),
			host: value('host'),
			port: value('port'),
			members: this.#readMembers(),
			sync: value('sync'),
			svnUrl: value('svnUrl'),
			svnUser: value('svnUser'),
			dbUrl: value('dbUrl'),
			dbUser: value('dbUser'),
		};
	}

	#onInput(event: Event): void {
		if (event.target === this.#control('product')) this.#syncProductParts();
		else this.#syncHints();
		this.#update(true);
	}

	#onClick(event: Event): void {
		const target = event.target instanceof Element ? event.target.closest('button') : null;
		if (!target) return;
		if (target.matches('[data-add-member]')) {
			const members = [...this.#readMembers(), { host: '', port: '' }];
			this.#renderMembers(members);
			this.querySelector<HTMLInputElement>(`#${memberFieldIds(members.length, 'host').id}`)?.focus();
			this.#update(true);
		} else if (target.dataset['removeMember'] !== undefined) {
			const members = this.#readMembers().filter((_, index) => String(index) !== target.dataset['removeMember']);
			this.#renderMembers(members);
			this.#part('[data-add-member]').focus();
			this.#update(true);
		} else if (target.dataset['copy'] !== undefined) {
			void this.#copy(target, Number(target.dataset['copy']));
		} else if (target.matches('[data-download]')) {
			this.#download();
		}
	}

	/** Validates, shows every message next to its field, and writes the blocks only when all is valid. */
	#update(writeUrl: boolean): void {
		const values = this.#read();
		const result = validateForm(values, this.#data.products, this.#data.facts);
		const errors: FieldErrors = result.ok ? {} : result.errors;
		for (const name of SINGLE_FIELDS) {
			const { id, errorId } = GENERATOR_FIELDS[name];
			showFieldError(this.querySelector(`#${id}`), this.querySelector(`#${errorId}`), errors[name]);
		}
		showFieldError(null, this.querySelector(`#${MEMBERS_FIELD.errorId}`), errors['members']);
		values.members.forEach((_, index) => {
			for (const part of ['host', 'port'] as const) {
				const { id, errorId } = memberFieldIds(index + 1, part);
				showFieldError(
					this.querySelector(`#${id}`),
					this.querySelector(`#${errorId}`),
					errors[`member-${index + 1}-${part}`],
				);
			}
		});
		const status = this.#part('[data-status]');
		const blocksHost = this.#part('[data-blocks]');
		const notesHost = this.#part('[data-notes]');
		this.#part('[data-download-row]').hidden = !result.ok;
		if (result.ok) {
			const blocks = generateBlocks(result.input, this.#data.facts);
			this.#current = { input: result.input, blocks };
			const role = roleLabel(this.#data.facts, result.input.productId, result.input.role).toLowerCase();
			status.textContent = `Configuration of a ${role} node of ${result.input.productName} ${result.input.version}: ${blocks.length} blocks.`;
			blocksHost.replaceChildren(...blocks.map(renderBlock));
			notesHost.replaceChildren(
				...renderNotes(notesFor(result.input, this.#data.facts), result.input.productName, this.#data),
			);
		} else {
			this.#current = undefined;
			const count = Object.keys(errors).length;
			status.textContent = `No configuration yet: ${count} ${count === 1 ? 'entry needs' : 'entries need'} fixing, as marked in the form.`;
			blocksHost.replaceChildren();
			notesHost.replaceChildren();
		}
		if (writeUrl)
			history.replaceState(
				history.state,
				'',
				`${location.pathname}${writeFormParams(values, this.#data.products)}${location.hash}`,
			);
	}

	async #copy(button: HTMLButtonElement, index: number): Promise<void> {
		const block = this.#current?.blocks[index];
		if (!block) return;
		const status = this.#part('[data-status]');
		try {
			await navigator.clipboard.writeText(block.code);
			button.textContent = 'Copied';
			status.textContent = `Copied the ${block.title.toLowerCase()} block (${block.path}).`;
			setTimeout(() => (button.textContent = 'Copy'), 2000);
		} catch {
			status.textContent = 'Copying was blocked by the browser: select the block and copy it by hand.';
		}
	}

	#download(): void {
		if (!this.#current) return;
		const { input, blocks } = this.#current;
		const url = URL.createObjectURL(new Blob([downloadText(input, this.#data.facts, blocks)], { type: 'text/plain' }));
		const link = Object.assign(document.createElement('a'), { href: url, download: downloadName(input) });
		link.hidden = true;
		document.body.append(link);
		link.click();
		link.remove();
		// Revoking at once can cancel the download in some browsers; a moment later is safe.
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	}
}

if (!customElements.get('config-generator')) customElements.define('config-generator', ConfigGeneratorElement);
