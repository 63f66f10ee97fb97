import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy and other security headers, computed from the built HTML.
 *
 * Scripts are allowed by hash, never by 'unsafe-inline': every inline `<script>` of a page is
 * hashed into that page's policy. Astro's own CSP option was tried first, but it hashes only
 * the scripts it bundles and misses Starlight's inline ones (theme and search shortcut), which
 * the browser then blocks. Styles keep 'unsafe-inline' because Expressive Code and Starlight
 * set style attributes, which hashes cannot allow. Pagefind compiles its index reader from
 * WebAssembly, hence 'wasm-unsafe-eval'.
 *
 * Each page gets its policy as a `<meta>` element, so it holds wherever the files are served;
 * the `_headers` file (read by Netlify and Cloudflare Pages) carries one site-wide policy, the
 * union of every page's hashes, plus `frame-ancestors`, which only a header can set. One rule,
 * not one per page, because hosts cap the number of rules (Cloudflare at 100).
 */

/** Directives every page shares; `script-src` is completed per page with its hashes. */
const BASE_DIRECTIVES: readonly string[] = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self' blob:",
	"style-src 'self' 'unsafe-inline'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];

const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** Headers every response gets, whatever the page. */
const BASE_HEADERS: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)([^>]*)>([\s\S]*?)<\/script>/gi;

/**
 * Data blocks (`<script type="application/json">`) never run, so they need no hash; hashing them
 * would put every page's data into the site-wide header until it outgrew what servers accept.
 */
function runs(attributes: string): boolean {
	const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase();
	return type !== 'application/json' && type !== 'application/ld+json';
}

/** The CSP source of each distinct inline script in the HTML, e.g. "'sha256-…'". */
export function inlineScriptHashes(html: string): string[] {
	const hashes = new Set<string>();
	for (const [, attributes = '', body] of html.matchAll(INLINE_SCRIPT)) {
		if (!runs(attributes)) continue;
		hashes.add(
			`'sha256-${createHash('sha256')
				.update(body ?? '', 'utf8')
				.digest('base64')}'`,
		);
	}
	return [...hashes];
}

/** The policy for a page with these inline-script hashes. */
export function pagePolicy(hashes: readonly string[]): string {
	return [...BASE_DIRECTIVES, ['script-src', ...SCRIPT_SOURCES, ...hashes].join(' ')].join('; ');
}

/** The HTML with its policy as the first element of `<head>`, so it governs every script after it. */
export function withPolicyMeta(html: string, policy: string): string {
	const meta = `<meta http-equiv="content-security-policy" content="${policy}">`;
	return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${meta}`);
}

/** Every header for the site: the base set plus one policy allowing every page's scripts. */
export function siteHeaders(hashesPerPage: readonly (readonly string[])[]): Record<string, string> {
	const hashes = [...new Set(hashesPerPage.flat())].sort();
	return { ...BASE_HEADERS, 'Content-Security-Policy': `${pagePolicy(hashes)}; frame-ancestors 'none'` };
}

/** Asset files whose names carry a content hash: they never change, so browsers may keep them for a year. */
const IMMUTABLE_ASSETS = '/_astro/*';
const IMMUTABLE_HEADERS: Readonly<Record<string, string>> = {
	'Cache-Control': 'public, max-age=31536000, immutable',
};

/** One rule of a `_headers` file: a path pattern and the headers of matching responses. */
interface HeaderRule {
	pattern: string;
	headers: Record<string, string>;
}

/** The `_headers` file: the site-wide rule, then the long cache of hashed assets. */
export function headersFile(headers: Readonly<Record<string, string>>): string {
	const rule = (pattern: string, values: Readonly<Record<string, string>>) => [
		pattern,
		...Object.entries(values).map(([name, value]) => `  ${name}: ${value}`),
	];
	return [
		'# Generated at build time by src/integrations/security-headers.ts; do not edit.',
		...rule('/*', headers),
		...rule(IMMUTABLE_ASSETS, IMMUTABLE_HEADERS),
		'',
	].join('\n');
}

/** Reads a `_headers` file back into its rules (used to serve dist/ in tests). */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: {} });
			continue;
		}
		const separator = line.indexOf(':');
		const rule = rules.at(-1);
		if (rule && separator > 0) rule.headers[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
	}
	return rules;
}

/** The headers for a path: those of every rule whose pattern (with a trailing `*` wildcard) matches it. */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
	const matches = (pattern: string) =>
		pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
	return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern)).map((rule) => rule.headers));
}
