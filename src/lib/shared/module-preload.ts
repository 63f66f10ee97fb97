import { initSync, parse } from 'es-module-lexer';
import { escapeAttribute } from './xml.ts';

/**
 * Module preloads for the built pages. Astro writes each component's script as a module file
 * that imports shared chunks (`import "./starlight-toc.js"`); the browser learns of a chunk only
 * once the file importing it has arrived, so every level of imports is one more round trip
 * before the page's scripts can run. On a slow mobile network that chain sits on the page's
 * critical path: Lighthouse's simulation counts the scripts as render-blocking and put the
 * long pages' first paint at 1.4-1.6 s. Listing every module a page imports statically as
 * `<link rel="modulepreload">` lets the browser fetch them all at once, as Vite does for the
 * entry of a single-page app. Dynamic imports are left out: they load on demand (the search
 * dialog, the generators' highlighter) and preloading them would cost every reader their bytes.
 */

/** An external module script tag: `<script type="module" src="…">`, attributes in any order. */
const MODULE_SCRIPT = /<script\b(?=[^>]*\btype="module")[^>]*\bsrc="([^"]+)"[^>]*>/g;

/** A module preload link already on the page. */
const MODULE_PRELOAD = /<link\b(?=[^>]*\brel="modulepreload")[^>]*\bhref="([^"]+)"[^>]*>/g;

/** The `src` of every external module script of a page, in document order, each once. */
export function moduleScriptSources(html: string): string[] {
	return [...new Set([...html.matchAll(MODULE_SCRIPT)].map((match) => match[1]!))];
}

/** The specifiers a module imports statically (`import … from`, `import "…"`, `export … from`). */
export function staticImports(code: string): string[] {
	initSync();
	const [imports] = parse(code);
	// d is -1 for a static import; a dynamic import() has its position there, import.meta -2.
	return imports.flatMap((entry) => (entry.d === -1 && entry.n !== undefined ? [entry.n] : []));
}

/**
 * The address of an imported module as the page would request it: relative specifiers resolve
 * against the importer's address; bare or absolute ones (another origin) are not the site's files.
 */
export function resolveImport(importer: string, specifier: string): string | undefined {
	if (!specifier.startsWith('./') && !specifier.startsWith('../') && !specifier.startsWith('/')) return undefined;
	const base = new URL(importer, 'https://site.invalid');
	const resolved = new URL(specifier, base);
	return resolved.origin === base.origin ? resolved.pathname : undefined;
}

/** The site's modules that the module at `url` imports statically, as the page would request them. */
export function resolvedStaticImports(url: string, code: string): string[] {
	return staticImports(code).flatMap((specifier) => resolveImport(url, specifier) ?? []);
}

/**
 * Every module the entries import statically, directly or through one another, in the order
 * they are first reached, without the entries themselves (the page already names them).
 * `importsOf` gives a module's resolved static imports; cycles are visited once.
 */
export function importClosure(entries: readonly string[], importsOf: (url: string) => readonly string[]): string[] {
	const seen = new Set(entries);
	const found: string[] = [];
	const queue = [...entries];
	for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
		for (const imported of importsOf(url)) {
			if (seen.has(imported)) continue;
			seen.add(imported);
			found.push(imported);
			queue.push(imported);
		}
	}
	return found;
}

/** The page with a module preload link for each address it does not preload yet, at the end of its head. */
export function withModulePreloads(html: string, urls: readonly string[]): string {
	const present = new Set([...html.matchAll(MODULE_PRELOAD)].map((match) => match[1]));
	const links = urls
		.filter((url) => !present.has(url))
		.map((url) => `<link rel="modulepreload" href="${escapeAttribute(url)}">`)
		.join('');
	return links === '' ? html : html.replace(/<\/head>/i, `${links}</head>`);
}
