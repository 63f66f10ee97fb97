import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { rewritePages } from '../../../src/integrations/rewrite-pages.ts';

describe('rewritePages', () => {
	let root = '';
	beforeEach(async () => {
		root = await mkdtemp(join(tmpdir(), 'rewrite-pages-'));
		await mkdir(join(root, 'ports', 'deep'), { recursive: true });
		await writeFile(join(root, 'index.html'), '<p>home</p>');
		await writeFile(join(root, 'ports', 'deep', 'index.html'), '<p>keep</p>');
		await writeFile(join(root, 'ports.json'), '{"html":false}');
	});
	afterEach(() => rm(root, { recursive: true, force: true }));

	test('hands every HTML page, at any depth, to the rewrite and writes back what it returns', async () => {
		const values = await rewritePages(root, (html) =>
			html.includes('keep') ? { value: 'kept' } : { html: html.replace('home', 'rewritten'), value: 'rewritten' },
		);
		expect(values.sort()).toEqual(['kept', 'rewritten']);
		expect(await readFile(join(root, 'index.html'), 'utf8')).toBe('<p>rewritten</p>');
		expect(await readFile(join(root, 'ports', 'deep', 'index.html'), 'utf8')).toBe('<p>keep</p>');
		expect(await readFile(join(root, 'ports.json'), 'utf8')).toBe('{"html":false}');
	});

	test('reaches every page of a site larger than one batch', async () => {
		for (let index = 0; index < 150; index++) await writeFile(join(root, `page-${index}.html`), String(index));
		const values = await rewritePages(root, (html) => ({ value: html }));
		expect(values).toHaveLength(152);
	});
});
