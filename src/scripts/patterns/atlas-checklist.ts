import { checklistMarkdown } from '../../lib/patterns/checklist-markdown.ts';
import {
	describeProblem,
	progressKey,
	progressText,
	readProgress,
	writeProgress,
	type ProgressProblem,
} from '../../lib/patterns/checklist-progress.ts';
import type { Checklist } from '../../lib/patterns/checklists.ts';

/**
 * <atlas-checklist>: progressive enhancement of a server-rendered checklist. Without
 * JavaScript the element is never defined, CSS hides its checkboxes and controls, and the
 * reader sees a plain list. Once defined it keeps ticks in localStorage under one key per
 * checklist, follows other tabs through the `storage` event, and offers reset and "copy as
 * Markdown". Every message goes through textContent.
 */
class AtlasChecklist extends HTMLElement {
	#checklist: Checklist | undefined;
	#itemIds: string[] = [];
	#key = '';
	#storage: Storage | undefined;
	#undo: string[] | undefined;
	readonly #onStorage = (event: StorageEvent) => {
		// A null key means another tab cleared all of storage.
		if (event.storageArea === this.#storage && (event.key === this.#key || event.key === null)) this.#load();
	};

	connectedCallback(): void {
		const data = this.querySelector('script[type="application/json"]')?.textContent;
		if (!data) return;
		this.#checklist = JSON.parse(data) as Checklist;
		this.#itemIds = this.#checklist.groups.flatMap((group) => group.items.map((item) => item.id));
		this.#key = progressKey(this.#checklist.id);
		this.#storage = this.#openStorage();

		this.addEventListener('change', this.#onChange);
		this.addEventListener('click', this.#onClick);
		window.addEventListener('storage', this.#onStorage);
		for (const controls of this.querySelectorAll<HTMLElement>('[data-checklist-controls]')) controls.hidden = false;
		this.#load();
	}

	disconnectedCallback(): void {
		this.removeEventListener('change', this.#onChange);
		this.removeEventListener('click', this.#onClick);
		window.removeEventListener('storage', this.#onStorage);
	}

	/** localStorage, or undefined where the browser refuses it (some privacy modes throw on access). */
	#openStorage(): Storage | undefined {
		try {
			const storage = window.localStorage;
			storage.getItem(this.#key);
			return storage;
		} catch {
			this.#notify('This browser does not let the page save progress, so ticks last only until you leave it.');
			return undefined;
		}
	}

	get #boxes(): HTMLInputElement[] {
		return [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-item-id]')];
	}

	/** Reads storage, repairs it if needed, and shows the result. */
	#load(): void {
		if (this.#storage === undefined) return this.#render(this.#checked());
		let raw: string | null;
		try {
			raw = this.#storage.getItem(this.#key);
		} catch {
			raw = null;
		}
		const { checked, problem } = readProgress(raw, this.#itemIds);
		if (problem) this.#repair(checked, problem);
		this.#render(new Set(checked));
	}

	#repair(checked: string[], problem: ProgressProblem): void {
		this.#save(checked);
		this.#notify(describeProblem(problem));
	}

	#save(checked: Iterable<string>): void {
		if (this.#storage === undefined) return;
		try {
			const ticked = [...checked];
			if (ticked.length === 0) this.#storage.removeItem(this.#key);
			else this.#storage.setItem(this.#key, writeProgress(ticked, this.#itemIds));
		} catch {
			this.#notify('Progress could not be saved: browser storage is full or blocked.');
		}
	}

	#render(checked: ReadonlySet<string>): void {
		for (const box of this.#boxes) box.checked = checked.has(box.dataset['itemId']!);
		const done = this.#itemIds.filter((id) => checked.has(id)).length;
		const count = this.querySelector<HTMLElement>('[data-checklist-count]');
		const bar = this.querySelector<HTMLProgressElement>('[data-checklist-bar]');
		if (count) count.textContent = progressText(done, this.#itemIds.length);
		if (bar) bar.value = done;
		const reset = this.querySelector<HTMLButtonElement>('[data-action="reset"]');
		if (reset) reset.disabled = done === 0;
	}

	#checked(): Set<string> {
		return new Set(this.#boxes.filter((box) => box.checked).map((box) => box.dataset['itemId']!));
	}

	readonly #onChange = (event: Event) => {
		if (!(event.target instanceof HTMLInputElement) || event.target.dataset['itemId'] === undefined) return;
		const checked = this.#checked();
		this.#undo = undefined;
		this.#hideUndo();
		this.#save(checked);
		this.#render(checked);
	};

	readonly #onClick = (event: Event) => {
		const button =
			event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
		if (button === null) return;
		const action = button.dataset['action'];
		if (action === 'reset') this.#reset();
		else if (action === 'undo') this.#undoReset();
		else if (action === 'copy') void this.#copy();
	};

	#reset(): void {
		const before = [...this.#checked()];
		this.#save([]);
		this.#render(new Set());
		this.#undo = before;
		const undo = this.querySelector<HTMLButtonElement>('[data-action="undo"]');
		if (undo) undo.hidden = false;
		this.#notify(`Cleared ${before.length} ${before.length === 1 ? 'tick' : 'ticks'}.`);
	}

	#undoReset(): void {
		if (this.#undo === undefined) return;
		const restored = new Set(this.#undo);
		this.#undo = undefined;
		this.#hideUndo();
		this.#save(restored);
		this.#render(restored);
		this.#notify('Ticks restored.');
	}

	#hideUndo(): void {
		const undo = this.querySelector<HTMLButtonElement>('[data-action="undo"]');
		if (undo) undo.hidden = true;
	}

	async #copy(): Promise<void> {
		if (this.#checklist === undefined) return;
		const markdown = checklistMarkdown(this.#checklist, this.#checked(), {
			heading: this.dataset['heading'] ?? this.#checklist.title,
			origin: window.location.origin,
		});
		const fallback = this.querySelector<HTMLTextAreaElement>('[data-checklist-fallback]');
		try {
			await navigator.clipboard.writeText(markdown);
			if (fallback) fallback.hidden = true;
			this.#notify(`Copied ${this.#itemIds.length} items as Markdown.`);
		} catch {
			// The clipboard can be blocked (permissions, insecure origin); the text is still offered.
			if (fallback) {
				fallback.value = markdown;
				fallback.hidden = false;
				fallback.select();
			}
			this.#notify(
				'The browser blocked the clipboard. The Markdown is in the box below, selected: copy it from there.',
			);
		}
	}

	#notify(message: string): void {
		const notice = this.querySelector<HTMLElement>('[data-checklist-notice]');
		if (notice) notice.textContent = message;
	}
}

if (!customElements.get('atlas-checklist')) customElements.define('atlas-checklist', AtlasChecklist);
