import { tokenize } from '../../lib/shared/code-tokens.ts';
import type { GeneratorData } from '../../lib/config-generator/generator-data.ts';
import type { MemberFields } from '../../lib/config-generator/generator-form.ts';
import type { ConfigBlock } from '../../lib/config-generator/cluster-xml.ts';
import type { ConfigFact } from '../../lib/config-generator/config-facts.ts';
import { memberFieldIds } from '../../lib/config-generator/generator-fields.ts';

/**
 * DOM building for the generator element. Everything a reader typed reaches the page through
 * textContent or an input's value, never through markup, so no value can inject script.
 */

function make<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	properties: Partial<Record<'className' | 'textContent' | 'id', string>> = {},
	attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	Object.assign(node, properties);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	return node;
}

/** A code block with token colouring, a heading naming the file and a copy button. */
export function renderBlock(block: ConfigBlock, index: number): HTMLElement {
	const section = make('section', { className: 'atlas-code-block' });
	const header = make('div', { className: 'atlas-code-block-header' });
	const heading = make('h3', { textContent: `${block.title} ` });
	heading.append(make('code', { textContent: block.path }));
	const copy = make(
		'button',
		{ textContent: 'Copy' },
		{ type: 'button', 'data-copy': String(index), 'aria-label': `Copy ${block.title.toLowerCase()} block` },
	);
	header.append(heading, copy);
	const code = make('code', { className: `language-${block.language}` });
	for (const token of tokenize(block.code, block.language)) {
		code.append(
			token.kind === 'text' ? token.text : make('span', { className: `tok-${token.kind}`, textContent: token.text }),
		);
	}
	const pre = make('pre', {}, { tabindex: '0', 'aria-label': `${block.title} (${block.path})` });
	pre.append(code);
	section.append(header, pre);
	return section;
}

/** The product facts a reader needs beside the blocks, each with its sources. */
export function renderNotes(notes: readonly ConfigFact[], productName: string, data: GeneratorData): HTMLElement[] {
	if (notes.length === 0) return [];
	const heading = make('h3', { textContent: `Also for ${productName}` });
	const list = make('ul', { className: 'atlas-config-notes' });
	for (const fact of notes) {
		const item = make('li', { textContent: `${fact.text} ` });
		const sources = make('small', { textContent: fact.evidence === 'derived' ? 'Derived. Sources: ' : 'Sources: ' });
		fact.sources.forEach((id, index) => {
			const source = data.sources.find((candidate) => candidate.id === id);
			if (source === undefined) return;
			if (index > 0) sources.append('; ');
			sources.append(source.url ? make('a', { textContent: source.title }, { href: source.url }) : source.title);
		});
		item.append(sources);
		list.append(item);
	}
	return [heading, list];
}

/** One row of the well-known member list: host, port, and a button that removes it. */
export function renderMemberRow(member: MemberFields, n: number): HTMLLIElement {
	const row = make('li', { className: 'atlas-member-row' });
	for (const [part, label, value] of [
		['host', 'Host', member.host],
		['port', 'Port', member.port],
	] as const) {
		const { id, errorId } = memberFieldIds(n, part);
		const wrapper = make('div', { className: 'atlas-field' });
		const labelNode = make('label', {}, { for: id });
		labelNode.append(make('span', { className: 'sr-only', textContent: `Member ${n} ` }), label);
		const input = make(
			'input',
			{ id },
			{
				name: `member-${part}`,
				type: 'text',
				autocomplete: 'off',
				spellcheck: 'false',
				'aria-describedby': errorId,
				...(part === 'port' ? { inputmode: 'numeric' } : {}),
			},
		);
		input.value = value;
		const error = make('p', { className: 'atlas-field-error', id: errorId });
		error.hidden = true;
		wrapper.append(labelNode, input, error);
		row.append(wrapper);
	}
	row.append(
		make(
			'button',
			{ textContent: 'Remove' },
			{ type: 'button', 'data-remove-member': String(n - 1), 'aria-label': `Remove member ${n}` },
		),
	);
	return row;
}

/** Shows (or clears) the message of one field, and marks the field for assistive technology. */
export function showFieldError(input: HTMLElement | null, error: HTMLElement | null, message: string | undefined) {
	if (error) {
		error.textContent = message ?? '';
		error.hidden = message === undefined;
	}
	if (input) {
		if (message === undefined) input.removeAttribute('aria-invalid');
		else input.setAttribute('aria-invalid', 'true');
	}
}
