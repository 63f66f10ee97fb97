import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Pages read and rewritten at once: one open file per page at once runs out of file handles on a large site. */
const BATCH = 64;

/** What a rewrite does with one page: the new HTML (none leaves the file as it is) and a value to collect. */
export interface PageRewrite<T> {
	html?: string;
	value: T;
}

/**
 * Reads every HTML page of the built site under `root`, hands it to `rewrite` and writes back the
 * HTML it returns; the values come back in the order of the files. The post-build integrations
 * (security headers, module preloads) each rewrite every page through this one loop.
 */
export async function rewritePages<T>(root: string, rewrite: (html: string) => PageRewrite<T>): Promise<T[]> {
	const files = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.html'));
	const values: T[] = [];
	for (let start = 0; start < files.length; start += BATCH) {
		const batch = files.slice(start, start + BATCH).map(async (name) => {
			const path = join(root, name);
			const { html, value } = rewrite(await readFile(path, 'utf8'));
			if (html !== undefined) await writeFile(path, html);
			return value;
		});
		values.push(...(await Promise.all(batch)));
	}
	return values;
}
