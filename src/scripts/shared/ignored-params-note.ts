import { describeIgnored, type IgnoredParam } from '../../lib/shared/url-params.ts';

/**
 * Shows (or clears) the note that lists URL parameters a page ignored. Text is set through
 * textContent only, so a hostile parameter is displayed, never parsed as markup. The note is
 * a polite live region so screen readers hear why the view differs from the link.
 */
export function renderIgnoredParamsNote(note: HTMLElement, ignored: readonly IgnoredParam[]): void {
	note.replaceChildren();
	note.hidden = ignored.length === 0;
	if (ignored.length === 0) return;
	const intro = document.createElement('p');
	intro.textContent = 'Some settings in this link were not understood and have been ignored:';
	const list = document.createElement('ul');
	for (const sentence of describeIgnored(ignored)) {
		const item = document.createElement('li');
		item.textContent = sentence;
		list.append(item);
	}
	note.append(intro, list);
}
