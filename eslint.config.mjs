// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/out/'] },
	js.configs.recommended,
	...tseslint.configs.strict,
	...astro.configs.recommended,
	{
		// Build scripts and configs run in Node; the custom elements run in the browser.
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
	},
	{
		rules: {
			// Test fixtures index into data they just built; `!` there states a fact, not a hope.
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
);
