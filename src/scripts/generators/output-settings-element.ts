import { loadOnIntent } from '../shared/load-when-near.ts';

/**
 * The settings form of a machine output. The generators (and the YAML library the Kubernetes
 * output needs) are far heavier than a page's budget, so this element only waits: the code loads
 * when the reader opens the folded settings or reaches into them, or at once when the address
 * carries settings to apply. (Loading when the form came near meant loading at once, as it sits
 * just above the output: 27 KB of code and a long task on a phone for readers who only copy.)
 */
class OutputSettingsElement extends HTMLElement {
	connectedCallback(): void {
		loadOnIntent(
			this,
			() => import('./output-settings-run.ts').then(({ startOutputSettings }) => startOutputSettings(this)),
			{
				now: location.search !== '',
			},
		);
	}
}

customElements.define('atlas-output-settings', OutputSettingsElement);
