/**
 * <atlas-search>: the search button in the header and the keyboard shortcuts that open the
 * dialog (Ctrl/Cmd+K anywhere, "/" when not typing). It is all that loads with a page; the
 * dialog itself (search-dialog.ts, with Pagefind's Component UI) is imported on the first
 * sign of intent, so pages that are only read download no search code.
 *
 * Other scripts open the dialog through the element: `open(query)` opens it with the query
 * already searched (the not-found page does this), `load()` fetches it early on a hint of intent.
 */
import type { SearchDialog } from './search-dialog.ts';

/** True when a keystroke is going into a text field, where "/" is just a character. */
function isTyping(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null;
}

export class AtlasSearch extends HTMLElement {
	#dialog: Promise<SearchDialog> | undefined;

	connectedCallback(): void {
		const button = this.querySelector<HTMLButtonElement>('button[data-open-search]');
		if (!button) return;
		button.addEventListener('click', () => void this.open());
		const warmUp = () => void this.load();
		for (const type of ['pointerenter', 'focus', 'touchstart'] as const) {
			button.addEventListener(type, warmUp, { once: true, passive: true });
		}
		document.addEventListener('keydown', this.#onKeydown);
		button.disabled = false;
	}

	disconnectedCallback(): void {
		document.removeEventListener('keydown', this.#onKeydown);
	}

	/** Loads the dialog once; later calls share the same promise. */
	load(): Promise<SearchDialog> {
		this.#dialog ??= import('./search-dialog.ts').then(({ mountSearchDialog }) => {
			const template = this.querySelector<HTMLTemplateElement>('template[data-search-dialog]');
			if (!template) throw new Error('<atlas-search> needs its <template data-search-dialog>');
			return mountSearchDialog(this, template, {
				bundlePath: this.dataset['bundlePath'] ?? '/pagefind/',
				vocabularyUrl: this.dataset['vocabulary'] ?? '/search-vocabulary.json',
			});
		});
		return this.#dialog;
	}

	/** Opens the dialog; with a non-empty query, searches for it as if it had been typed. */
	async open(query?: string): Promise<void> {
		(await this.load()).open(query);
	}

	async toggle(): Promise<void> {
		const dialog = await this.load();
		if (dialog.isOpen) dialog.close();
		else dialog.open();
	}

	#onKeydown = (event: KeyboardEvent): void => {
		if (event.defaultPrevented || event.altKey) return;
		const modifier = event.ctrlKey || event.metaKey;
		if (modifier && !event.shiftKey && event.key.toLowerCase() === 'k') {
			event.preventDefault();
			void this.toggle();
		} else if (!modifier && event.key === '/' && !isTyping(event.target)) {
			event.preventDefault();
			void this.open();
		}
	};
}

if (!customElements.get('atlas-search')) customElements.define('atlas-search', AtlasSearch);
