import { describe, expect, test } from 'vitest';
import {
	importClosure,
	moduleScriptSources,
	resolvedStaticImports,
	resolveImport,
	staticImports,
	withModulePreloads,
} from '../../../src/lib/shared/module-preload.ts';

describe('moduleScriptSources', () => {
	test('lists external module scripts once each, in document order, whatever the attribute order', () => {
		const html =
			'<script type="module" src="/_astro/a.js"></script><script src="/_astro/b.js" type="module"></script>' +
			'<script type="module" src="/_astro/a.js"></script>';
		expect(moduleScriptSources(html)).toEqual(['/_astro/a.js', '/_astro/b.js']);
	});

	test('ignores inline modules and classic scripts, which import nothing the page has to fetch first', () => {
		const html = '<script type="module">import "./x.js"</script><script src="/classic.js"></script>';
		expect(moduleScriptSources(html)).toEqual([]);
	});
});

describe('staticImports', () => {
	test('finds every static form and leaves dynamic imports, which load on demand', () => {
		const code =
			'import{t as e}from"./a.js";import"./b.js";export{c}from"./c.js";export*from"./d.js";' +
			'const dialog=()=>import("./dialog.js");console.log(import.meta.url);';
		expect(staticImports(code)).toEqual(['./a.js', './b.js', './c.js', './d.js']);
	});
});

describe('resolveImport', () => {
	test('resolves relative specifiers against the importer', () => {
		expect(resolveImport('/_astro/page.js', './chunk.js')).toBe('/_astro/chunk.js');
		expect(resolveImport('/docs/_astro/page.js', '../lib/x.js')).toBe('/docs/lib/x.js');
		expect(resolveImport('/_astro/page.js', '/_astro/y.js')).toBe('/_astro/y.js');
	});

	test('leaves bare specifiers and other origins, which are not the site’s files', () => {
		expect(resolveImport('/_astro/page.js', 'lodash')).toBeUndefined();
		expect(resolveImport('/_astro/page.js', '//cdn.example/x.js')).toBeUndefined();
	});
});

describe('resolvedStaticImports', () => {
	test('gives the static imports that are the site’s files, at the addresses the page requests', () => {
		const code = 'import"./chunk.js";import"lodash";export*from"../lib/x.js";const d=()=>import("./later.js");';
		expect(resolvedStaticImports('/docs/_astro/page.js', code)).toEqual(['/docs/_astro/chunk.js', '/docs/lib/x.js']);
	});
});

describe('importClosure', () => {
	const graph: Record<string, string[]> = {
		'/entry-a.js': ['/shared.js', '/only-a.js'],
		'/entry-b.js': ['/shared.js', '/entry-a.js'],
		'/shared.js': ['/deep.js'],
		'/deep.js': ['/shared.js'],
		'/only-a.js': [],
	};
	const importsOf = (url: string) => graph[url] ?? [];

	test('reaches every level of imports, each module once, without the entries', () => {
		expect(importClosure(['/entry-a.js', '/entry-b.js'], importsOf)).toEqual(['/shared.js', '/only-a.js', '/deep.js']);
	});

	test('a page without module scripts preloads nothing', () => {
		expect(importClosure([], importsOf)).toEqual([]);
	});
});

describe('withModulePreloads', () => {
	test('adds a link per module at the end of the head', () => {
		expect(withModulePreloads('<html><head><title>t</title></head><body></body></html>', ['/a.js', '/b.js'])).toBe(
			'<html><head><title>t</title><link rel="modulepreload" href="/a.js"><link rel="modulepreload" href="/b.js"></head><body></body></html>',
		);
	});

	test('does not repeat a preload the page already has, so a second pass changes nothing', () => {
		const once = withModulePreloads('<head></head>', ['/a.js']);
		expect(withModulePreloads(once, ['/a.js'])).toBe(once);
	});

	test('escapes the address it writes into the attribute', () => {
		expect(withModulePreloads('<head></head>', ['/a"b.js'])).toBe(
			'<head><link rel="modulepreload" href="/a&quot;b.js"></head>',
		);
	});
});
