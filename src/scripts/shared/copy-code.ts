/**
 * The copy button of a generated file (GeneratedCode.astro): copies the text as shown, and says
 * whether it worked in a status line, so a refused clipboard is reported rather than silent.
 */
class CodeBlock extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector<HTMLButtonElement>('[data-copy]');
		const status = this.querySelector<HTMLElement>('[data-copy-status]');
		const code = this.querySelector('pre');
		if (!button || !status || !code || !('clipboard' in navigator)) return;
		button.hidden = false;
		button.addEventListener('click', () => {
			navigator.clipboard.writeText(code.textContent ?? '').then(
				() => (status.textContent = 'Copied.'),
				() => (status.textContent = 'The browser refused the copy: select the text instead.'),
			);
		});
	}
}

customElements.define('atlas-generated-code', CodeBlock);
