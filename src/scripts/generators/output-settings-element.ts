import { loadWhenNear } from '../shared/load-when-near.ts';

/**
 * The settings form of a machine output. The generators (and the YAML library the Kubernetes
 * output needs) are far heavier than a page's budget, so this element only waits: the code loads
 * when the reader nears the form, or at once when the address carries settings to apply.
 */
class OutputSettingsElement extends HTMLElement {
	connectedCallback(): void {
		loadWhenNear(
			this,
			() => import('./output-settings-run.ts').then(({ startOutputSettings }) => startOutputSettings(this)),
			{
				now: location.search !== '',
			},
		);
	}
}

customElements.define('atlas-output-settings', OutputSettingsElement);
