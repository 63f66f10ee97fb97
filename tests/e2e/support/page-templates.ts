import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Groups the built pages by the template that renders them, so checks that cost many seconds a
 * page (axe) can run on every template and a sample of its pages, while cheap checks still run
 * on every page. The templates come from the source tree, so a new route or docs page is picked
 * up without a list to update:
 * - each docs page (src/content/docs) is a template of its own: its prose and components are its own;
 * - each dynamic route in src/pages (`ports/[id].astro`) is one template for every page it builds, a rest
 *   parameter (`[...output]`) matching an empty segment too;
 * - any other page (the not-found page) is a template of its own.
 */
export interface PageTemplate {
	/** The docs page's address, or the route's pattern such as /ports/[id]/. */
	name: string;
	/** Every built page of the template, sorted. */
	paths: string[];
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Addresses of the docs pages: guides/sources.mdx → /guides/sources/, ports/index.mdx → /ports/. */
function docsPaths(dir = 'src/content/docs'): Set<string> {
	return new Set(
		filesUnder(dir)
			.filter((file) => /\.mdx?$/.test(file))
			.map((file) => `/${file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/')),
	);
}

/** Page routes with a parameter, as patterns: ports/firewall/[role].astro → /ports/firewall/[role]/. */
function dynamicRoutes(dir = 'src/pages'): { name: string; matches: RegExp }[] {
	return filesUnder(dir)
		.filter((file) => file.endsWith('.astro') && file.includes('['))
		.map((file) => {
			const route = file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
			// A rest parameter may be empty (/ports/firewall/worker/ is [role]/[...output] with no output).
			const pattern = route.replace(/\/\[\.\.\.[^\]]+\]/g, '(?:/.+)?').replace(/\[[^\]]+\]/g, '[^/]+');
			return { name: `/${route}/`, matches: new RegExp(`^/${pattern}/$`) };
		});
}

export function pageTemplates(paths: readonly string[]): PageTemplate[] {
	const docs = docsPaths();
	const routes = dynamicRoutes();
	const byName = new Map<string, string[]>();
	for (const path of [...paths].sort()) {
		const route = docs.has(path) ? undefined : routes.find((candidate) => candidate.matches.test(path));
		const name = route?.name ?? path;
		byName.set(name, [...(byName.get(name) ?? []), path]);
	}
	return [...byName].map(([name, members]) => ({ name, paths: members }));
}

/**
 * How many pages of each template the checks that load pages in the browser visit (layout
 * shift, console errors, print layout): the pages of one template share its markup and differ
 * only in their data, and the machine outputs build hundreds of pages from one template.
 */
export const LOAD_SAMPLE = 5;

/**
 * A sample of a template's pages: the first, the last and one from the middle, so the sample is
 * the same on every run (a failure can be repeated) and a template of one page is that page.
 */
export function samplePages(template: PageTemplate, size = 3): string[] {
	const { paths } = template;
	if (paths.length <= size) return paths;
	const picks = Array.from({ length: size }, (_, index) => Math.round((index * (paths.length - 1)) / (size - 1)));
	return [...new Set(picks)].map((index) => paths[index]!);
}
