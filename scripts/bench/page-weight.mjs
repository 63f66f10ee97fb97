/**
 * What a built page makes the browser download before any interaction: its inline scripts and
 * the module scripts it references, with their static imports, each counted gzipped (as hosts
 * serve them). Dynamic imports, such as the search index loaded when the search opens, are not
 * counted: a reader who never searches never downloads them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (text) => gzipSync(text, { level: 9 }).length;
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g;

/** Gzipped bytes of a script file and everything it statically imports, each file once. */
function scriptClosure(file, seen) {
	if (seen.has(file)) return 0;
	seen.add(file);
	const text = readFileSync(file, 'utf8');
	let total = gz(text);
	for (const [, specifier] of text.matchAll(STATIC_IMPORT)) {
		if (specifier.startsWith('.')) total += scriptClosure(join(dirname(file), specifier), seen);
	}
	return total;
}

/** JS bytes (gzip) one HTML file loads up front. */
export function pageScriptBytes(dist, htmlFile) {
	const html = readFileSync(htmlFile, 'utf8');
	const seen = new Set();
	let total = 0;
	for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
		if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
		if (src === undefined) total += gz(body);
		else if (src.startsWith('/')) total += scriptClosure(join(dist, src), seen);
	}
	return total;
}

/** Every HTML file of a build with its up-front JS bytes. */
export function scriptBytesPerPage(dist) {
	return readdirSync(dist, { recursive: true })
		.filter((name) => name.endsWith('.html'))
		.map((name) => ({ page: `/${relative(dist, join(dist, name))}`, bytes: pageScriptBytes(dist, join(dist, name)) }));
}

/** Total size in bytes of every file under a folder. */
export function folderBytes(folder) {
	return readdirSync(folder, { recursive: true }).reduce((total, name) => {
		const stats = statSync(join(folder, name));
		return stats.isFile() ? total + stats.size : total;
	}, 0);
}

/**
 * Elements per built page, counted from the HTML as written (start tags outside scripts and
 * templates): what Lighthouse's DOM-size audit sees before any script runs. The largest page and
 * its count, since the budget (1,500) holds for every page.
 */
export function largestPage(dist) {
	let largest = { page: '', elements: 0 };
	const files = readdirSync(dist, { recursive: true }).filter((name) => name.endsWith('.html'));
	for (const name of files) {
		const file = join(dist, name);
		const html = readFileSync(file, 'utf8').replace(/<(script|template)\b[\s\S]*?<\/\1>/gi, '');
		const elements = (html.match(/<[a-zA-Z][\w-]*/g) ?? []).length;
		if (elements > largest.elements) largest = { page: `/${name}`, elements };
	}
	return largest;
}
