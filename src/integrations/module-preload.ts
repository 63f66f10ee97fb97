import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	importClosure,
	moduleScriptSources,
	resolvedStaticImports,
	withModulePreloads,
} from '../lib/shared/module-preload.ts';
import { rewritePages } from './rewrite-pages.ts';

/**
 * After the build, gives every page a `<link rel="modulepreload">` for each module its scripts
 * import statically, so the browser fetches the whole chain at once (see
 * src/lib/shared/module-preload.ts for why).
 */
export function modulePreload(): AstroIntegration {
	let base = '/';
	return {
		name: 'cluster-atlas:module-preload',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				// The site's own module files, read once each: address → resolved static imports.
				const imports = new Map<string, string[]>();
				const importsOf = (url: string): string[] => {
					const known = imports.get(url);
					if (known) return known;
					const found = url.startsWith(base)
						? resolvedStaticImports(url, readFileSync(join(root, url.slice(base.length)), 'utf8'))
						: [];
					imports.set(url, found);
					return found;
				};
				const preloaded = await rewritePages(root, (html) => {
					const urls = importClosure(moduleScriptSources(html), importsOf);
					return urls.length === 0 ? { value: false } : { html: withModulePreloads(html, urls), value: true };
				});
				logger.info(`Added module preloads to ${preloaded.filter(Boolean).length} of ${preloaded.length} pages.`);
			},
		},
	};
}
