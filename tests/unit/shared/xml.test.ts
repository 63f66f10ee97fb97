import { parseXml, XmlElement } from '@rgrove/parse-xml';
import { describe, expect, test } from 'vitest';
import { comment, element, escapeAttribute, escapeText, renderXml, textElement } from '../../../src/lib/shared/xml.ts';

const HOSTILE = `a"b'c<d>e&f&amp;g]]>h\ti\nj`;

describe('escaping', () => {
	test('escapes the characters that would end text or an attribute', () => {
		expect(escapeText('<a> & b')).toBe('&lt;a&gt; &amp; b');
		expect(escapeAttribute('say "hi" & <go>')).toBe('say &quot;hi&quot; &amp; &lt;go&gt;');
	});

	test('drops characters XML 1.0 cannot carry at all', () => {
		expect(escapeText('a\u0000b\u001Fc')).toBe('abc');
	});
});

describe('renderXml', () => {
	test('writes nested elements indented, text-only elements on one line', () => {
		const xml = renderXml([element('members', {}, [element('member', {}, [textElement('port', 4000)])])]);
		expect(xml).toBe('<members>\n    <member>\n        <port>4000</port>\n    </member>\n</members>');
	});

	test('hostile text and attribute values parse back unchanged', () => {
		const xml = renderXml([element('root', { value: HOSTILE }, [textElement('text', HOSTILE)])]);
		const root = parseXml(xml).root!;
		expect(root.attributes['value']).toBe(HOSTILE);
		expect((root.children.find((node) => node instanceof XmlElement) as XmlElement).text).toBe(HOSTILE);
	});

	test('a comment cannot be closed early by "--" or "-->" in its text', () => {
		const xml = renderXml([comment('a -- b --> c -'), element('root')]);
		expect(() => parseXml(xml)).not.toThrow();
		expect(xml.match(/-->/g)).toHaveLength(1);
	});

	test('refuses element and attribute names it would have to invent escaping for', () => {
		expect(() => element('bad name')).toThrow(/not an XML name/);
		expect(() => element('ok', { 'x"y': '1' })).toThrow(/not an XML name/);
	});
});
