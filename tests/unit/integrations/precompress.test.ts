import { describe, expect, it } from 'vitest';
import { worthPrecompressing } from '../../../src/integrations/precompress.ts';

describe('worthPrecompressing', () => {
	it('keeps the text files the site serves, generated downloads included', () => {
		for (const path of [
			'dist/index.html',
			'dist/_astro/page.abc123.js',
			'dist/_astro/middleware.abc123.css',
			'dist/sitemap-0.xml',
			'dist/favicon.svg',
			'dist/exports/ports.json',
			'dist/exports/ports.csv',
			'dist/downloads/iot-server-ha/worker.nft',
			'dist/downloads/iot-server-ha/worker.rules.v4',
			'dist/downloads/iot-server-ha/worker-check.ps1',
			'dist/downloads/iot-server-ha/worker.k8s.yaml',
		])
			expect(worthPrecompressing(path), path).toBe(true);
	});

	it('skips copies, images and the search index, which Pagefind stores gzipped', () => {
		for (const path of [
			'dist/index.html.br',
			'dist/index.html.gz',
			'dist/social.png',
			'dist/pagefind/wasm.en.pagefind',
			'dist/pagefind/fragment/en_abc.pf_fragment',
			'dist/pagefind/index/en_abc.pf_index',
			'dist/pagefind/filter/en_abc.pf_filter',
			'dist/pagefind/pagefind.en_abc.pf_meta',
		])
			expect(worthPrecompressing(path), path).toBe(false);
	});

	it('skips files without an extension: host configuration such as _headers, never served', () => {
		expect(worthPrecompressing('dist/_headers')).toBe(false);
	});
});
