import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	headersFile,
	inlineScriptHashes,
	pagePolicy,
	siteHeaders,
	withPolicyMeta,
} from '../lib/shared/security-headers.ts';

/**
 * After the build, gives every HTML file a Content-Security-Policy `<meta>` that allows exactly
 * its own inline scripts, and writes `dist/_headers` with the site-wide policy and the other
 * security headers (see src/lib/shared/security-headers.ts for why it works this way).
 */
/** Pages read and rewritten at once. */
const BATCH = 64;

export function securityHeaders(): AstroIntegration {
	return {
		name: 'cluster-atlas:security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.html'));
				// In batches: one open file per page at once runs out of file handles on a large site.
				const hashesPerPage: string[][] = [];
				for (let start = 0; start < files.length; start += BATCH) {
					const batch = files.slice(start, start + BATCH).map(async (name) => {
						const path = join(root, name);
						const html = await readFile(path, 'utf8');
						const hashes = inlineScriptHashes(html);
						await writeFile(path, withPolicyMeta(html, pagePolicy(hashes)));
						return hashes;
					});
					hashesPerPage.push(...(await Promise.all(batch)));
				}
				await writeFile(join(root, '_headers'), headersFile(siteHeaders(hashesPerPage)));
				logger.info(`Added a Content-Security-Policy to ${files.length} pages and wrote _headers.`);
			},
		},
	};
}
