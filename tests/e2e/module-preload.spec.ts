import { expect, test } from '@playwright/test';
import { importClosure, resolvedStaticImports } from '../../src/lib/shared/module-preload.ts';
import { pageTemplates } from './support/page-templates.ts';
import { sitemapPaths } from './support/sitemap.ts';

/**
 * Every page preloads each module its scripts import statically, at every depth, so no import
 * waits for the file that names it (src/integrations/module-preload.ts). The imports are read
 * from the served script files, so a chunk Astro adds or renames is checked without an edit.
 */
const firstPages = pageTemplates(sitemapPaths()).map((template) => template.paths[0]!);

test('every page template preloads the whole static import chain of its scripts, and nothing else', async ({
	page,
	request,
}) => {
	const imports = new Map<string, string[]>();
	const importsOf = async (url: string): Promise<string[]> => {
		const known = imports.get(url);
		if (known) return known;
		const response = await request.get(url);
		expect(response.ok(), `${url} is served`).toBe(true);
		const found = resolvedStaticImports(url, await response.text());
		imports.set(url, found);
		return found;
	};
	let chained = 0;
	// The site's origin, for the page's own fetch below.
	await page.goto('/');
	for (const path of firstPages) {
		// Read from the page as served, not the live document: a script that imports a module at
		// run time (the generator, near the screen on its own page) adds preloads of its own.
		const served = await page.evaluate(async (path) => {
			const html = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
			const read = (selector: string, name: string) =>
				[...html.querySelectorAll(selector)].map((element) => element.getAttribute(name)!);
			return {
				scripts: read('script[type="module"][src]', 'src'),
				preloads: read('head link[rel="modulepreload"]', 'href'),
			};
		}, path);
		const entries = [...new Set(served.scripts)];
		// Read the graph over HTTP first, so the closure below reads it synchronously.
		for (const queue = [...entries]; queue.length > 0;) {
			const url = queue.shift()!;
			if (!imports.has(url)) queue.push(...(await importsOf(url)));
		}
		const expected = importClosure(entries, (url) => imports.get(url) ?? []);
		expect(served.preloads.toSorted(), path).toEqual(expected.toSorted());
		if (expected.length > 0) chained++;
	}
	// The check means something only if pages do import shared chunks.
	expect(chained).toBeGreaterThan(0);
});
