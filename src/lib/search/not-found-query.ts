/**
 * The search a not-found page offers: the likely words of the address that was not found.
 * `/ports/5228` → "5228", `/products/esb-4.9.0/` → "esb 4.9.0", `/guides/worker_manager` →
 * "worker manager".
 *
 * The address comes from whoever wrote the link, so it is treated as hostile: segments that do
 * not decode are dropped, every character other than a letter, digit or a dot inside a word
 * (versions) separates words, and very long segments and words (hashes, padding) are dropped.
 * The result holds only letters, digits, dots and single spaces, and is short; the page still
 * shows it through textContent and an input's value only.
 */

/** Only the start of a very long address is read; a segment cut off there is not used. */
export const MAX_PATH_LENGTH = 512;
/** A longer segment is padding or an encoded blob, not words someone meant. */
export const MAX_SEGMENT_LENGTH = 80;
/** A longer word is a hash or an identifier no page contains. */
export const MAX_WORD_LENGTH = 32;
export const MAX_WORDS = 6;
/** The query is cut at a word boundary before this many characters. */
export const MAX_QUERY_LENGTH = 60;

/** Segments that name no content: index pages. Compared after the file extension is removed. */
const NOISE_SEGMENTS = new Set(['index']);

/** File extensions of web pages, removed from the last part of a segment ("5228.html" → "5228"). */
const PAGE_EXTENSION = /\.(?:html?|php|aspx?|jsp)$/i;

/** Anything that is not a letter, a combining mark, a digit or a dot separates words. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}.]+/u;

export interface NotFoundQueryOptions {
	/**
	 * Whole segments that carry no search words, such as the site's section names ("ports",
	 * "products") and the not-found page's own name ("404"). Compared case-insensitively.
	 */
	ignoredSegments?: readonly string[];
}

/** A path segment decoded, or undefined when its percent-encoding is broken. */
function decodeSegment(segment: string): string | undefined {
	try {
		return decodeURIComponent(segment);
	} catch {
		return undefined;
	}
}

/** The words of one decoded segment, lower-case, with dots kept only inside words (4.9.0). */
function wordsOf(segment: string): string[] {
	return segment
		.normalize('NFKC')
		.toLowerCase()
		.replace(PAGE_EXTENSION, '')
		.split(SEPARATORS)
		.map((word) => word.replace(/^\.+|\.+$/g, ''))
		.filter((word) => word !== '' && word.length <= MAX_WORD_LENGTH);
}

/** The path part of an address: what comes before any query or fragment. */
function pathOnly(address: string): string {
	const end = address.search(/[?#]/);
	return end === -1 ? address : address.slice(0, end);
}

/** The search words for an address that was not found; '' when it offers none. */
export function searchWordsFromPath(address: string, options: NotFoundQueryOptions = {}): string {
	const ignored = new Set([...NOISE_SEGMENTS, ...(options.ignoredSegments ?? []).map((name) => name.toLowerCase())]);
	const path = pathOnly(address);
	const segments = path.slice(0, MAX_PATH_LENGTH).split('/');
	// A segment cut by the length limit is a fragment of a word, not a word.
	if (path.length > MAX_PATH_LENGTH) segments.pop();

	const words: string[] = [];
	for (const raw of segments) {
		if (raw === '') continue;
		const segment = decodeSegment(raw);
		if (segment === undefined || segment.length > MAX_SEGMENT_LENGTH) continue;
		if (ignored.has(segment.toLowerCase().replace(PAGE_EXTENSION, ''))) continue;
		for (const word of wordsOf(segment)) if (!words.includes(word)) words.push(word);
	}

	let query = '';
	for (const word of words.slice(0, MAX_WORDS)) {
		const next = query === '' ? word : `${query} ${word}`;
		if (next.length > MAX_QUERY_LENGTH) break;
		query = next;
	}
	return query;
}
