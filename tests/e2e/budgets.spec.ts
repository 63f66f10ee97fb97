import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { writeBareStarlight } from '../../scripts/bench/bare-starlight.mjs';
import { scriptBytesPerPage } from '../../scripts/bench/page-weight.mjs';

/**
 * Page-weight budgets, checked on the built dist/: no page ships more up-front JavaScript than
 * a bare Starlight page plus 5 KB (gzip), and no script carries a UI framework runtime. The
 * bare baseline is built here from the same packages, so the budget follows Starlight's own size.
 * Code a page imports later, on intent, is not up front: the search dialog (on the first sign of
 * a search) and the configuration generator (as the reader nears it) load that way.
 */
const ALLOWANCE = 5 * 1024;

test('every page ships at most bare Starlight’s JavaScript plus 5 KB gzip', async () => {
	test.setTimeout(180_000);
	const bare = writeBareStarlight(resolve('bench/out/budget-baseline'), 2);
	execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
		cwd: bare,
		stdio: 'ignore',
	});
	const baseline = Math.max(...scriptBytesPerPage(join(bare, 'dist')).map((page) => page.bytes));
	const overBudget = scriptBytesPerPage('dist').filter((page) => page.bytes > baseline + ALLOWANCE);
	expect(overBudget, `baseline ${baseline} B + ${ALLOWANCE} B`).toEqual([]);
});

test('no script bundles a UI framework runtime', () => {
	const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, string>>;
	const dependencies = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
	expect(dependencies.filter((name) => /^(react|react-dom|preact|vue|svelte|solid-js|lit)$/.test(name))).toEqual([]);
	const signatures = /react-dom|__REACT_DEVTOOLS|createElementVNode|svelte\/internal|solid-js\/web|__VUE_/;
	const offenders = readdirSync('dist/_astro')
		.filter((name) => name.endsWith('.js'))
		.filter((name) => signatures.test(readFileSync(join('dist/_astro', name), 'utf8')));
	expect(offenders).toEqual([]);
});

test('every page holds under 1,500 elements', () => {
	// Counted from the built HTML (start tags outside scripts and templates), as Lighthouse's
	// DOM-size audit sees the page before scripts run.
	const pages = readdirSync('dist', { recursive: true })
		.map(String)
		.filter((name) => name.endsWith('.html'));
	expect(pages.length).toBeGreaterThan(300);
	const elements = (name: string) =>
		(
			readFileSync(join('dist', name), 'utf8')
				.replace(/<(script|template)\b[\s\S]*?<\/\1>/gi, '')
				.match(/<[a-zA-Z][\w-]*/g) ?? []
		).length;
	const over = pages.map((name) => ({ name, elements: elements(name) })).filter((page) => page.elements >= 1500);
	expect(over).toEqual([]);
});
