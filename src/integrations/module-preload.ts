import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	importClosure,
	moduleScriptSources,
	resolveImport,
	staticImports,
	withModulePreloads,
} from '../lib/shared/module-preload.ts';

/**
 * After the build, gives every page a `<link rel="modulepreload">` for each module its scripts
 * import statically, so the browser fetches the whole chain at once (see
 * src/lib/shared/module-preload.ts for why).
 */
/** Pages read and rewritten at once. */
const BATCH = 64;

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
						? staticImports(readFileSync(join(root, url.slice(base.length)), 'utf8')).flatMap(
								(specifier) => resolveImport(url, specifier) ?? [],
							)
						: [];
					imports.set(url, found);
					return found;
				};
				const files = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.html'));
				let preloaded = 0;
				for (let start = 0; start < files.length; start += BATCH) {
					const batch = files.slice(start, start + BATCH).map(async (name) => {
						const path = join(root, name);
						const html = await readFile(path, 'utf8');
						const urls = importClosure(moduleScriptSources(html), importsOf);
						if (urls.length === 0) return;
						preloaded++;
						await writeFile(path, withModulePreloads(html, urls));
					});
					await Promise.all(batch);
				}
				logger.info(`Added module preloads to ${preloaded} of ${files.length} pages.`);
			},
		},
	};
}
