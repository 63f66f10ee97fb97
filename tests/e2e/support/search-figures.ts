import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { trackRequests } from './settled.ts';

/**
 * The two search figures the benchmark records: how big the search index is on disk, and how
 * many bytes the browser downloads to answer a search. Used by tests/e2e/search-figures.spec.ts
 * and by scripts/search-figures.mjs, which prints them as JSON.
 */

/** Files of the index Pagefind writes into dist/pagefind/, by kind. */
const INDEX_KINDS: readonly [kind: string, pattern: RegExp][] = [
	['entry', /^pagefind-entry\.json$/],
	['meta', /\.pf_meta$/],
	['index', /^index\/.*\.pf_index$/],
	['fragment', /^fragment\/.*\.pf_fragment$/],
	['filter', /^filter\/.*\.pf_filter$/],
	['wasm', /^wasm\..*\.pagefind$/],
];

export interface IndexSize {
	/** Bytes of every file of the index, the search engine (WebAssembly) of its languages included. */
	totalBytes: number;
	/** The same without the search engine: what the site's content adds. */
	contentBytes: number;
	pages: number;
	files: number;
	byKind: Record<string, { files: number; bytes: number }>;
}

function filesUnder(directory: string): string[] {
	return readdirSync(directory).flatMap((name) => {
		const path = join(directory, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

interface PagefindEntry {
	languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/**
 * The size of the Pagefind index in a built site, for the languages its entry file lists
 * (Pagefind also writes a fallback engine, wasm.unknown, that no page of this site uses).
 * Pagefind compresses its chunks itself, so these are also the bytes sent over the wire.
 */
export function indexSize(dist = 'dist'): IndexSize {
	const root = join(dist, 'pagefind');
	const entry = JSON.parse(readFileSync(join(root, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
	const languages = Object.values(entry.languages);
	const engines = new Set(languages.flatMap((language) => (language.wasm ? [`wasm.${language.wasm}.pagefind`] : [])));
	const byKind: IndexSize['byKind'] = {};
	let totalBytes = 0;
	let files = 0;
	for (const path of filesUnder(root)) {
		const name = relative(root, path).split('\\').join('/');
		const kind = INDEX_KINDS.find(([, pattern]) => pattern.test(name))?.[0];
		if (kind === undefined || (kind === 'wasm' && !engines.has(name))) continue;
		const bytes = statSync(path).size;
		byKind[kind] ??= { files: 0, bytes: 0 };
		byKind[kind].files++;
		byKind[kind].bytes += bytes;
		totalBytes += bytes;
		files++;
	}
	const pages = languages.reduce((total, language) => total + language.page_count, 0);
	return { totalBytes, contentBytes: totalBytes - (byKind['wasm']?.bytes ?? 0), pages, files, byKind };
}

export interface Download {
	url: string;
	/** Bytes as served (the preview server does not compress). */
	bytes: number;
	/** Bytes gzip would send: text compressed here, Pagefind's chunks counted as they are. */
	gzipBytes: number;
	/** "code" (scripts, styles, the search engine) or "data" (index chunks and the vocabulary). */
	part: 'code' | 'data';
}

export interface SearchDownload {
	query: string;
	requests: number;
	bytes: number;
	gzipBytes: number;
	codeBytes: number;
	dataBytes: number;
	downloads: Download[];
}

const TEXT = /\.(?:js|mjs|css|json|html|svg)(?:$|\?)/;
const DATA = /\/pagefind\/.*\.pf_|pagefind-entry\.json|search-vocabulary\.json/;

async function describe(response: Response): Promise<Download | undefined> {
	const body = await response.body().catch(() => undefined);
	if (body === undefined) return undefined;
	const url = new URL(response.url()).pathname;
	return {
		url,
		bytes: body.length,
		gzipBytes: TEXT.test(url) ? gzipSync(body, { level: 9 }).length : body.length,
		part: DATA.test(url) ? 'data' : 'code',
	};
}

/**
 * Records what the browser downloads while `act` runs (open the dialog, type, wait for the
 * results), after the page itself has loaded. The page's own HTML, CSS and scripts are not
 * counted; everything search fetches is.
 */
export async function measureDownloads(page: Page, query: string, act: () => Promise<void>): Promise<SearchDownload> {
	const pending: Promise<Download | undefined>[] = [];
	const listener = (response: Response) => void pending.push(describe(response));
	const requests = trackRequests(page);
	page.on('response', listener);
	try {
		await act();
		// Everything the search asked for has arrived, so its bytes are all counted.
		await requests.finished();
	} finally {
		page.off('response', listener);
	}
	const downloads = (await Promise.all(pending)).filter((download): download is Download => download !== undefined);
	const sum = (list: Download[], key: 'bytes' | 'gzipBytes') => list.reduce((total, entry) => total + entry[key], 0);
	return {
		query,
		requests: downloads.length,
		bytes: sum(downloads, 'bytes'),
		gzipBytes: sum(downloads, 'gzipBytes'),
		codeBytes: sum(
			downloads.filter((entry) => entry.part === 'code'),
			'gzipBytes',
		),
		dataBytes: sum(
			downloads.filter((entry) => entry.part === 'data'),
			'gzipBytes',
		),
		downloads,
	};
}
