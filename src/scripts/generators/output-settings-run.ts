import {
	changedValues,
	paramSpecsOf,
	problemSentence,
	settingErrorId,
	withDefaults,
	type ParamProblem,
	type SettingField,
} from '../../lib/generators/output-settings.ts';
import { generateFromSource, sourceFields, type OutputSource } from '../../lib/generators/output-source.ts';
import { readParams, writeParams } from '../../lib/shared/url-params.ts';
import { renderIgnoredParamsNote } from '../shared/ignored-params-note.ts';

/**
 * Regenerates a machine output as the reader changes its settings. Every value passes through
 * the generators' own checks; a refused value is named next to its field and no text is shown,
 * so nothing half-valid can be copied or downloaded. Text is written with textContent only.
 * With every field at its default the build's highlighted text and static download come back.
 */

function controlsOf(form: HTMLFormElement, fields: readonly SettingField[]) {
	return new Map(
		fields.flatMap((field) => {
			const control = form.elements.namedItem(field.param);
			return control instanceof HTMLInputElement || control instanceof HTMLSelectElement
				? [[field.param, control] as const]
				: [];
		}),
	);
}

function showProblems(form: HTMLFormElement, fields: readonly SettingField[], problems: readonly ParamProblem[]): void {
	for (const field of fields) {
		const line = form.querySelector<HTMLElement>(`#${CSS.escape(settingErrorId(field.param))}`);
		const control = form.elements.namedItem(field.param);
		const messages = problems.filter((problem) => problem.param === field.param);
		if (line) {
			line.textContent = messages.map((problem) => problemSentence(field.label, problem.message)).join(' ');
			line.hidden = messages.length === 0;
		}
		if (!(control instanceof HTMLElement)) continue;
		if (messages.length > 0) control.setAttribute('aria-invalid', 'true');
		else control.removeAttribute('aria-invalid');
	}
}

export function startOutputSettings(host: HTMLElement): void {
	const form = host.querySelector('form');
	const sourceText = host.querySelector('script[data-output-source]')?.textContent;
	const output = host.closest('[data-output]');
	const code = output?.querySelector('pre code');
	const download = output?.querySelector<HTMLAnchorElement>('a[data-output-download]');
	const status = host.querySelector<HTMLElement>('[data-settings-status]');
	const note = host.querySelector<HTMLElement>('[data-ignored-note]');
	if (!form || !sourceText || !code || !download || !status || !note) return;

	const source = JSON.parse(sourceText) as OutputSource;
	const fields = sourceFields(source);
	const specs = paramSpecsOf(fields);
	const controls = controlsOf(form, fields);
	const built = { html: code.innerHTML, href: download.href };
	let objectUrl: string | undefined;

	const { values, ignored } = readParams(location.search, specs);
	renderIgnoredParamsNote(note, ignored);
	// Settings that came with the address are shown, so the reader sees why the output differs.
	const details = host.querySelector('details');
	if (details && Object.keys(values).length > 0) details.open = true;
	for (const [param, value] of Object.entries(values)) {
		const control = controls.get(param);
		if (control) control.value = value;
	}

	const currentValues = () =>
		withDefaults(fields, Object.fromEntries([...controls].map(([param, control]) => [param, control.value])));

	function update(): void {
		const current = currentValues();
		const changed = changedValues(fields, current);
		const url = new URL(location.href);
		url.search = writeParams(changed, specs);
		history.replaceState(history.state, '', url);

		if (objectUrl !== undefined) URL.revokeObjectURL(objectUrl);
		objectUrl = undefined;
		const result = generateFromSource(source, current);
		showProblems(form!, fields, result.ok ? [] : result.problems);
		if (!result.ok && details) details.open = true;
		if (!result.ok) {
			code!.textContent = '';
			download!.removeAttribute('href');
			status!.textContent = 'Nothing is generated until the settings marked above are fixed.';
			return;
		}
		if (Object.keys(changed).length === 0) {
			code!.innerHTML = built.html;
			download!.href = built.href;
			status!.textContent = '';
			return;
		}
		code!.textContent = result.text;
		objectUrl = URL.createObjectURL(new Blob([result.text], { type: 'text/plain' }));
		download!.href = objectUrl;
		status!.textContent = 'Generated with your settings (without highlighting).';
	}

	form.addEventListener('input', update);
	form.addEventListener('change', update);
	// The reset event fires before the controls take their defaults back.
	form.addEventListener('reset', () => setTimeout(update));
	// Settings from the address, or typed while this code was on its way, are applied now.
	const typed = changedValues(fields, currentValues());
	if (Object.keys(values).length > 0 || Object.keys(typed).length > 0) update();
}
