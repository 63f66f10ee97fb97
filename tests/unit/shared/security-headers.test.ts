import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
	headersFile,
	headersForPath,
	inlineScriptHashes,
	pagePolicy,
	parseHeadersFile,
	siteHeaders,
	withPolicyMeta,
} from '../../../src/lib/shared/security-headers.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
	test('hashes the exact text of each inline script, once per distinct script', () => {
		const html = '<script>a()</script><script type="module">b()</script><script>a()</script>';
		expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()')]);
	});

	test('ignores data blocks, which never run, and still hashes JavaScript however its type is written', () => {
		const html = '<script type="application/json">{"a":1}</script><script type=text/javascript>c()</script>';
		expect(inlineScriptHashes(html)).toEqual([sha('c()')]);
	});

	test('ignores scripts loaded from a file', () => {
		expect(inlineScriptHashes('<script type="module" src="/_astro/x.js"></script>')).toEqual([]);
	});
});

describe('page policies', () => {
	test('allow scripts by hash and never with unsafe-inline', () => {
		const policy = pagePolicy([sha('a()')]);
		expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('a()')}`);
		expect(policy.split(';').find((part) => part.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
	});

	test('are placed first in the head, before any script', () => {
		const html = withPolicyMeta('<html><head><script>a()</script></head></html>', "default-src 'self'");
		expect(html).toBe(
			`<html><head><meta http-equiv="content-security-policy" content="default-src 'self'"><script>a()</script></head></html>`,
		);
	});
});

describe('the _headers file', () => {
	test('carries the union of every page’s hashes and frame-ancestors, which only a header can set', () => {
		const headers = siteHeaders([[sha('a()')], [sha('b()'), sha('a()')]]);
		const policy = headers['Content-Security-Policy']!;
		expect(policy.match(/'sha256-/g)).toHaveLength(2);
		expect(policy).toContain("frame-ancestors 'none'");
		expect(headers['X-Content-Type-Options']).toBe('nosniff');
	});

	test('round-trips through the parser the test server uses', () => {
		const headers = siteHeaders([[sha('a()')]]);
		const rules = parseHeadersFile(headersFile(headers));
		expect(headersForPath(rules, '/products/')).toEqual(headers);
	});

	test('lets browsers keep hashed assets for a year, and nothing else', () => {
		const rules = parseHeadersFile(headersFile(siteHeaders([])));
		expect(headersForPath(rules, '/_astro/page.Ab12.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
		expect(headersForPath(rules, '/products/')['Cache-Control']).toBeUndefined();
	});
});
