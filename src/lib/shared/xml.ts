/**
 * A very small XML writer for the configuration generator. Output is well-formed by
 * construction: every text and attribute value is escaped, names are checked, and comments
 * cannot be closed early. Values typed by a reader (host names, URLs, user names) only ever
 * pass through `escapeText` or `escapeAttribute`.
 */

export type XmlNode = XmlElement | XmlComment | string;

export interface XmlElement {
	kind: 'element';
	name: string;
	attributes: readonly (readonly [string, string])[];
	children: readonly XmlNode[];
}

export interface XmlComment {
	kind: 'comment';
	text: string;
}

/** XML 1.0 forbids these characters anywhere; they are dropped rather than escaped. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Names the generator writes: plain ASCII element and attribute names, optionally prefixed. */
const NAME = /^[A-Za-z_][A-Za-z0-9._-]*(?::[A-Za-z_][A-Za-z0-9._-]*)?$/;

/** Escapes character data for use between tags. */
export function escapeText(value: string): string {
	return value
		.replace(FORBIDDEN_CHARACTERS, '')
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

/** Escapes a value for a double-quoted attribute; line breaks and tabs survive attribute normalisation. */
export function escapeAttribute(value: string): string {
	return escapeText(value)
		.replaceAll('"', '&quot;')
		.replaceAll('\t', '&#9;')
		.replaceAll('\n', '&#10;')
		.replaceAll('\r', '&#13;');
}

/** Comment text cannot hold "--" or end in "-"; both are broken up so the comment stays one comment. */
export function safeCommentText(text: string): string {
	const spaced = text.replace(FORBIDDEN_CHARACTERS, '').replace(/-(?=-)/g, '- ');
	return spaced.endsWith('-') ? `${spaced} ` : spaced;
}

export function element(
	name: string,
	attributes: Record<string, string> = {},
	children: readonly XmlNode[] = [],
): XmlElement {
	for (const key of [name, ...Object.keys(attributes)]) {
		if (!NAME.test(key)) throw new Error(`"${key}" is not an XML name the generator writes`);
	}
	return { kind: 'element', name, attributes: Object.entries(attributes), children };
}

export function comment(text: string): XmlComment {
	return { kind: 'comment', text };
}

/** An element whose only child is text, e.g. <port>4000</port>. */
export function textElement(name: string, text: string | number | boolean, attributes: Record<string, string> = {}) {
	return element(name, attributes, [String(text)]);
}

/** Serialises nodes one per line, indented by `indent` per level; text-only elements stay on one line. */
export function renderXml(nodes: readonly XmlNode[], indent = '    ', depth = 0): string {
	const pad = indent.repeat(depth);
	return nodes
		.map((node) => {
			if (typeof node === 'string') return pad + escapeText(node);
			if (node.kind === 'comment') return `${pad}<!-- ${safeCommentText(node.text)} -->`;
			const attributes = node.attributes.map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join('');
			if (node.children.length === 0) return `${pad}<${node.name}${attributes}/>`;
			const [only] = node.children;
			if (node.children.length === 1 && typeof only === 'string')
				return `${pad}<${node.name}${attributes}>${escapeText(only)}</${node.name}>`;
			return [
				`${pad}<${node.name}${attributes}>`,
				renderXml(node.children, indent, depth + 1),
				`${pad}</${node.name}>`,
			].join('\n');
		})
		.join('\n');
}
