import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFERRED_BLOCKS } from '../../../src/lib/shared/deferred-blocks.ts';

/**
 * The blocks the stylesheet lays out late and the blocks the page's script draws in idle time
 * are one selector (src/lib/shared/deferred-blocks.ts). These tests read the stylesheets back, so
 * a block added to one side only (laid out late but never drawn, or drawn but never deferred)
 * fails here rather than in a Lighthouse run.
 */
const selectors = (list: string) =>
	list
		.split(',')
		.map((selector) => selector.trim())
		.sort();

/** Every selector list in `css` whose rule sets `content-visibility` to `value`. */
function rulesSetting(css: string, value: string): string[][] {
	const rules = css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g);
	return [...rules]
		.filter(([, , body]) => new RegExp(`content-visibility:\\s*${value}\\s*;`).test(body!))
		.map(([, list]) => selectors(list!));
}

describe('the deferred blocks are one selector for the stylesheets and the script', () => {
	test('the screen stylesheet defers exactly those blocks', () => {
		expect(rulesSetting(readFileSync('src/styles/atlas.css', 'utf8'), 'auto')).toEqual([selectors(DEFERRED_BLOCKS)]);
	});

	test('the print stylesheet draws all of them', () => {
		expect(rulesSetting(readFileSync('src/styles/print.css', 'utf8'), 'visible')).toContainEqual(
			selectors(DEFERRED_BLOCKS),
		);
	});

	test('the rule finder reads a selector list across lines', () => {
		expect(rulesSetting('.a,\n.b {\n\tcontent-visibility: auto;\n}', 'auto')).toEqual([['.a', '.b']]);
	});
});
