import { readdirSync, readFileSync } from 'node:fs';

/**
 * Every page path in the built sitemap, read from dist/ on disk. Playwright collects tests
 * before it starts the preview server, so the list has to come from the files, not HTTP; the
 * sitemap holds absolute URLs on the configured `site` origin, so only the paths are kept.
 */
export function sitemapPaths(dist = 'dist'): string[] {
	const files = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
	if (files.length === 0) throw new Error(`No sitemap in ${dist}/: run \`npm run build\` before the browser tests.`);
	return files
		.flatMap((name) => [...readFileSync(`${dist}/${name}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)])
		.map((match) => new URL(match[1]!).pathname)
		.sort();
}
