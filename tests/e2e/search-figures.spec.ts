import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openSearch, search } from './support/search.ts';
import { indexSize, measureDownloads } from './support/search-figures.ts';

/**
 * The search figures for the benchmark: the size of the index and what one search downloads.
 * Both are attached to the test report (search-figures.json), and written to the file named by
 * SEARCH_FIGURES_OUT: `npm run search:figures` runs this test that way and prints them. The assertions hold the design to its
 * promise: nothing of search loads with a page, and a search fetches a part of the index,
 * not all of it.
 */
test('a search downloads only part of the index, and nothing of search loads before it', async ({ page }, testInfo) => {
	const index = indexSize();
	expect(index.totalBytes).toBeGreaterThan(0);
	expect(index.byKind['fragment']?.files).toBeGreaterThan(1);

	const pageLoad = await measureDownloads(page, 'page load', async () => {
		await page.goto('/');
	});
	expect(pageLoad.downloads.filter((download) => /pagefind|search-vocabulary/.test(download.url))).toEqual([]);

	const first = await measureDownloads(page, '5228', async () => {
		await openSearch(page);
		await search(page, '5228');
	});
	const next = await measureDownloads(page, 'ESB 4.9.0', async () => {
		await search(page, 'ESB 4.9.0');
	});

	expect(first.dataBytes).toBeGreaterThan(0);
	expect(first.dataBytes).toBeLessThan(index.totalBytes);
	expect(first.downloads.some((download) => download.url.endsWith('.pf_fragment'))).toBe(true);
	// A second search reuses what is loaded: no code again, only the index chunks it needs.
	expect(next.codeBytes).toBe(0);

	if (process.env['SEARCH_FIGURES_DETAIL']) console.table(first.downloads);
	const figures = {
		index,
		firstSearch: {
			...first,
			downloads: first.downloads.map(({ url, bytes, gzipBytes }) => ({ url, bytes, gzipBytes })),
		},
		nextSearch: { ...next, downloads: next.downloads.map(({ url, bytes, gzipBytes }) => ({ url, bytes, gzipBytes })) },
	};
	const output = process.env['SEARCH_FIGURES_OUT'];
	if (output) writeFileSync(output, `${JSON.stringify(figures, null, '\t')}\n`);
	await testInfo.attach('search-figures.json', {
		body: JSON.stringify(figures, null, '\t'),
		contentType: 'application/json',
	});
	console.log(
		`search figures: index ${index.totalBytes} B in ${index.files} files; first search ${first.gzipBytes} B gzip (${first.requests} requests, code ${first.codeBytes}, data ${first.dataBytes}); next search ${next.gzipBytes} B`,
	);
});
