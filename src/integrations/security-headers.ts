import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	headersFile,
	inlineScriptHashes,
	pagePolicy,
	siteHeaders,
	withPolicyMeta,
} from '../lib/shared/security-headers.ts';
import { rewritePages } from './rewrite-pages.ts';

/**
 * After the build, gives every HTML file a Content-Security-Policy `<meta>` that allows exactly
 * its own inline scripts, and writes `dist/_headers` with the site-wide policy and the other
 * security headers (see src/lib/shared/security-headers.ts for why it works this way).
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'cluster-atlas:security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const hashesPerPage = await rewritePages(root, (html) => {
					const hashes = inlineScriptHashes(html);
					return { html: withPolicyMeta(html, pagePolicy(hashes)), value: hashes };
				});
				await writeFile(join(root, '_headers'), headersFile(siteHeaders(hashesPerPage)));
				logger.info(`Added a Content-Security-Policy to ${hashesPerPage.length} pages and wrote _headers.`);
			},
		},
	};
}
