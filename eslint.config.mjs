// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * A relative import that reaches into one of the project's top-level source folders.
 * @param {string} folder
 */
const into = (folder) => `^\\.{1,2}/(?:.*/)?${folder}/`;
const astroModules = { regex: '^astro:', message: 'Astro virtual modules belong to components and pages.' };

/**
 * The layers, lowest first: core, schemas, data, lib, then components, pages and browser scripts.
 * Arrows only point down, so a lower layer never needs a higher one to build or test. One block
 * per folder, because flat config replaces a rule's options rather than merging them.
 */
const layerRules = [
	{
		// Primitives (versions, port ranges, the diff overlay) stand on nothing of the project.
		files: ['src/core/**'],
		patterns: [{ regex: '^\\.\\./', message: 'src/core imports nothing of the project.' }, astroModules],
	},
	{
		files: ['src/schemas/**', 'src/data/**'],
		patterns: [
			{
				regex: into('(?:lib|components|scripts|pages)'),
				message: 'Schemas and data sit below lib: move what they need into src/core.',
			},
			astroModules,
		],
	},
	{
		files: ['src/lib/**'],
		patterns: [
			{
				regex: into('(?:components|scripts|pages)'),
				message: 'lib is pure functions: it cannot depend on what renders it.',
			},
			{
				regex: `${into('data')}(?!dataset\\.ts$)`,
				message: 'lib is given the data set: import its type from src/data/dataset.ts, never the loader.',
			},
			astroModules,
		],
	},
	{
		// Browser code ships to every reader: only pure lib and core code may come along.
		files: ['src/scripts/**'],
		patterns: [
			{
				regex: into('(?:data|schemas|components|pages|content)'),
				message: 'Browser scripts import only src/lib and src/core.',
			},
			astroModules,
		],
	},
].map(
	/** @returns {import('eslint').Linter.Config} */
	({ files, patterns }) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } }),
);

export default defineConfig(
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
	...layerRules,
);
