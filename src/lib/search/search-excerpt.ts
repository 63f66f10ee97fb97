/**
 * Excerpts without the hidden search tokens (src/lib/search/search-ids.ts). Pagefind builds excerpts
 * from indexed text, which holds each token next to the value it stands for ("port05228.
 * 5228 TCP"). For display the tokens are dropped, and the match Pagefind found on a token is
 * moved onto the printed value.
 */
import { aliasOfToken, ANY_TOKEN, normalizeAlias, PORT_TOKEN, VERSION_TOKEN } from './search-ids.ts';

/** One word of an excerpt and whether the search matched it. */
export interface ExcerptWord {
	text: string;
	marked: boolean;
}

/** The value a port or version token stands for as pages print it: port05228 → "5228", ver004008001 → "4.8.1". */
export function tokenDisplay(token: string): string | undefined {
	const port = PORT_TOKEN.exec(token);
	if (port) return String(Number(port[1]));
	const version = VERSION_TOKEN.exec(token);
	if (version) return version.slice(1).map(Number).join('.');
	return undefined;
}

const bare = (word: string): string => word.replace(/^[([{"']+|[)\]}"',;:!?.]+$/g, '');

/** True when a printed word shows what `token` stands for: "4.8.1," for 4.8.1, "5229-5230" for 5230, "(G-Reg)" for greg. */
export function showsTokenValue(word: string, token: string): boolean {
	const alias = aliasOfToken(token);
	if (alias !== undefined) return normalizeAlias(bare(word)) === alias;
	const display = tokenDisplay(token);
	if (display === undefined) return false;
	if (bare(word) === display) return true;
	const range = /^(\d{1,5})[-–](\d{1,5})$/.exec(bare(word));
	if (!range || !PORT_TOKEN.test(token)) return false;
	const port = Number(display);
	return port >= Number(range[1]) && port <= Number(range[2]);
}

/**
 * The excerpt without tokens. Each matched token's mark moves to the first following word
 * that shows its value; a token whose value is outside the excerpt just disappears.
 */
export function cleanExcerpt(words: readonly ExcerptWord[]): ExcerptWord[] {
	const pendingMarks: string[] = [];
	const kept: ExcerptWord[] = [];
	for (const word of words) {
		// Pagefind ends an indexed attribute value with a full stop: "port05228."
		const token = word.text.replace(/\.$/, '');
		if (ANY_TOKEN.test(token)) {
			if (word.marked) pendingMarks.push(token);
			continue;
		}
		const satisfied = pendingMarks.findIndex((pending) => showsTokenValue(word.text, pending));
		if (satisfied !== -1) pendingMarks.splice(satisfied, 1);
		kept.push({ text: word.text, marked: word.marked || satisfied !== -1 });
	}
	return kept;
}
