import { describe, expect, test } from 'vitest';
import { compactHighlight } from '../../../src/lib/shared/compact-highlight.ts';

const textOf = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

describe('compact highlighting', () => {
	const code = 'echo "a < b & c" # note\necho plain words here\n\nexit 1';

	test('keeps the text exactly, escaped', async () => {
		const { html } = await compactHighlight(code, 'sh');
		expect(textOf(html)).toBe(code);
		expect(html).not.toContain('"a < b');
		expect(html).toContain('&lt;');
	});

	test('colours tokens with both themes, one element per run of one colour', async () => {
		const { html, rootStyle } = await compactHighlight(code, 'sh');
		expect(rootStyle).toMatch(/--shiki-light-bg:/);
		expect(rootStyle).toMatch(/--shiki-dark:/);
		const spans = html.match(/<span style="[^"]*">/g) ?? [];
		expect(spans.length).toBeGreaterThan(0);
		for (const span of spans) expect(span).toMatch(/--shiki-light:#[0-9a-f]+;--shiki-dark:#[0-9a-f]+/i);
		// Four tokens and the spaces between them make two runs: the command, and its words merged.
		expect(html.split('\n')[1]?.match(/<span/g)).toHaveLength(2);
		expect(html.split('\n')[1]).toContain('plain words here');
	});

	test('needs far fewer elements than one per token', async () => {
		const long = Array.from(
			{ length: 50 },
			(_, index) => `resource "aws_rule" "r${index}" {\n  from_port = ${index}\n}`,
		).join('\n');
		const { html } = await compactHighlight(long, 'hcl');
		const elements = (html.match(/<span/g) ?? []).length;
		expect(elements).toBeLessThan(long.split('\n').length * 3);
	});
});
