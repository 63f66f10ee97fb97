import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { worthPrecompressing } from '../../src/integrations/precompress.ts';
import { pageTemplates } from './support/page-templates.ts';
import { sitemapPaths } from './support/sitemap.ts';

/**
 * The build writes brotli and gzip copies beside every text file (src/integrations/precompress.ts),
 * and scripts/serve-dist.mjs sends them as nginx's `brotli_static` would. A copy that no longer
 * matches its file (an integration that rewrote pages after the compression) would serve readers a
 * stale page while the browser tests, reading the same server, could not tell: so every copy is
 * checked against its file.
 */
const COPIES = [
	['br', brotliDecompressSync],
	['gz', gunzipSync],
] as const;

/** Under this size a compressed copy can come out larger than its file, and is then not written. */
const ALWAYS_SMALLER_FROM = 1024;

test('every text file of the build has brotli and gzip copies that decompress to it exactly', () => {
	const files = readdirSync('dist', { recursive: true })
		.map((name) => join('dist', String(name)))
		.filter((path) => statSync(path).isFile());
	const originals = files.filter((path) => worthPrecompressing(path));
	let checked = 0;
	for (const path of originals) {
		const content = readFileSync(path);
		for (const [extension, decompress] of COPIES) {
			const copy = `${path}.${extension}`;
			if (!existsSync(copy)) {
				expect(content.length, `${copy} is missing`).toBeLessThan(ALWAYS_SMALLER_FROM);
				continue;
			}
			expect(decompress(readFileSync(copy)).equals(content), `${copy} matches ${path}`).toBe(true);
			checked++;
		}
	}
	// Pages, scripts, styles and generated downloads: hundreds of each kind of copy.
	expect(checked).toBeGreaterThan(600);
	const orphans = files.filter((path) => /\.(br|gz)$/.test(path) && !existsSync(path.replace(/\.(br|gz)$/, '')));
	expect(orphans).toEqual([]);
});

/** The raw bytes and headers of a response, undecoded (fetch and Playwright's client decode). */
function rawGet(url: string, acceptEncoding: string): Promise<{ encoding: string | undefined; body: Buffer }> {
	return new Promise((resolve, reject) => {
		get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }),
			);
		}).on('error', reject);
	});
}

test('every page template is sent as the build compressed it, in the encoding the browser accepts', async ({
	baseURL,
}) => {
	for (const template of pageTemplates(sitemapPaths())) {
		const path = template.paths[0]!;
		const file = join('dist', path, 'index.html');
		for (const [accepted, extension] of [
			['br, gzip', 'br'],
			['gzip', 'gz'],
		] as const) {
			const response = await rawGet(new URL(path, baseURL).href, accepted);
			expect(response.encoding, `${path} for ${accepted}`).toBe(extension === 'br' ? 'br' : 'gzip');
			expect(response.body.equals(readFileSync(`${file}.${extension}`)), `${path} is ${file}.${extension}`).toBe(true);
		}
		const plain = await rawGet(new URL(path, baseURL).href, 'identity');
		expect(plain.encoding, `${path} uncompressed`).toBeUndefined();
		expect(plain.body.equals(readFileSync(file)), `${path} uncompressed is ${file}`).toBe(true);
	}
});
