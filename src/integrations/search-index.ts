/**
 * Writes the Pagefind index again after Starlight has written it, safely.
 *
 * Pagefind 1.5.2's Node API can ship truncated files: its service acknowledges writeFiles
 * while writes are still in flight, and Starlight's integration closes the service right
 * after, so under load a file is cut short (an empty pagefind-entry.json here, which breaks
 * search outright). Pagefind fixed this after 1.5.2 (Pagefind/pagefind#1272), and this
 * project is pinned to 1.5.2 (see the README). This pass indexes dist/ the same way (no
 * options, like Starlight) but takes the files from getFiles(), in memory, and writes them
 * with Node, so every file is complete when the build ends. It also fails the build if the
 * index has no pages. Remove it once Pagefind is upgraded past the fix.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

function check<T extends { errors: string[] }>(response: T, step: string): T {
	if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
	return response;
}

export function searchIndex(): AstroIntegration {
	return {
		name: 'cluster-atlas:search-index',
		hooks: {
			// Runs after Starlight's own astro:build:done hook: integrations run in the order listed.
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const output = fileURLToPath(new URL('./pagefind/', dir));
				try {
					const { index } = check(await pagefind.createIndex(), 'createIndex');
					if (!index) throw new Error('Pagefind created no index');
					const { page_count: pages } = check(await index.addDirectory({ path: site }), 'addDirectory');
					if (pages === 0) throw new Error(`Pagefind found no pages in ${site}`);
					const { files } = check(await index.getFiles(), 'getFiles');
					await rm(output, { recursive: true, force: true });
					for (const file of files) {
						const target = join(output, file.path);
						await mkdir(dirname(target), { recursive: true });
						await writeFile(target, file.content);
					}
					logger.info(`Wrote ${files.length} search index files from ${pages} HTML files.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
