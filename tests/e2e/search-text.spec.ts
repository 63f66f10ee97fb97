import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pageTemplates } from './support/page-templates.ts';
import { sitemapPaths } from './support/sitemap.ts';

/**
 * Site search indexes a page's text as written in the markup, and it separates words only at
 * block-level tags. An inline element that the style sheet shows on its own line (a <small>
 * note under a cell's text) looks separate on screen but, without whitespace before it, joins
 * its first word to the word before: "devices<small>to FCM</small>" was indexed as "devicesto".
 * This finds every such junction on every page, with scripts off, as the indexer reads it.
 */
test.use({ javaScriptEnabled: false });

/**
 * Runs in the page: "…before|after…" for each pair of neighbouring texts that the indexer joins
 * (no whitespace and no block-level tag between them) but the page shows apart (an element
 * between them is laid out as a block, a badge or a cell).
 */
function joinedWords(): string[] {
	const inlineTags = new Set(
		[
			'a',
			'abbr',
			'b',
			'cite',
			'code',
			'data',
			'dfn',
			'em',
			'i',
			'kbd',
			'mark',
			'q',
			's',
			'samp',
			'small',
			'span',
			'strong',
			'sub',
			'sup',
			'time',
			'u',
			'var',
			'label',
		].map((tag) => tag.toUpperCase()),
	);
	const root = document.querySelector('[data-pagefind-body]') ?? document.body;
	// No filter callback: with scripts off, the page cannot call back into one.
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	const indexed = (node: Text) =>
		node.textContent?.trim() !== '' &&
		// Starlight's previous/next links sit inside the body but are not in the index (checked in its fragments).
		!node.parentElement?.closest('[data-pagefind-ignore], script, style, svg, template, .pagination-links');
	/** Elements from a text up to (not including) an ancestor. */
	const path = (node: Node, ancestor: Node) => {
		const elements: Element[] = [];
		for (let at = node.parentElement; at && at !== ancestor; at = at.parentElement) elements.push(at);
		return elements;
	};
	const found: string[] = [];
	let previous: Text | undefined;
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		if (!indexed(node)) continue;
		const before = previous?.textContent ?? '';
		if (previous && /\S$/.test(before) && /^\S/.test(node.textContent ?? '')) {
			const range = document.createRange();
			range.setStartAfter(previous);
			range.setEndBefore(node);
			const common = range.commonAncestorContainer;
			const between = [...path(previous, common), ...path(node, common)];
			const separatedInText =
				// Whitespace-only text between the two (skipped above) separates them for the indexer too.
				/\s/.test(range.toString()) ||
				between.some((element) => !inlineTags.has(element.tagName)) ||
				range.cloneContents().querySelector('br, img') !== null;
			const separatedOnScreen = between.some(
				(element) => !['inline', 'contents'].includes(getComputedStyle(element).display),
			);
			if (!separatedInText && separatedOnScreen)
				found.push(`${before.slice(-20)}|${(node.textContent ?? '').slice(0, 20)}`);
		}
		previous = node;
	}
	return found;
}

/** Starlight marks an indexed page's content data-pagefind-body; a page without it is not indexed. */
const indexedPage = (path: string) => readFileSync(`dist${path}index.html`, 'utf8').includes('data-pagefind-body');

// One test per template, visiting each of its pages in turn: the markup comes from the template
// but what it shows varies with the data, so every page is read, without a new browser per page.
for (const template of pageTemplates(sitemapPaths())) {
	test(`${template.name}: no two words run together in the text search indexes`, async ({ page }) => {
		test.setTimeout(30_000 + 5_000 * template.paths.length);
		const joined: string[] = [];
		// A page left out of the index (a machine's second and later outputs) has nothing to join.
		for (const path of template.paths.filter(indexedPage)) {
			await page.goto(path);
			joined.push(...(await page.evaluate(joinedWords)).map((junction) => `${path}: ${junction}`));
		}
		expect(joined).toEqual([]);
	});
}
