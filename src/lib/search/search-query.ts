/**
 * What the search box sends Pagefind for what the reader typed (see src/lib/search/search-ids.ts).
 *
 * - A known port ("5228", "5228/tcp", "5229-5230") or a version ("4.8.1", "v4.8.1", "4.8")
 *   always becomes its token: a page matches only if it carries that exact identifier.
 *   Only ports that some rule covers are rewritten; other numbers ("2021", an ASN) stay words.
 * - A product abbreviation or alias ("ES", "APIM", "G-Reg") becomes its token only when the
 *   whole query is made of identifiers ("ES", "ESB 4.9.0"): then it names exactly one
 *   product. With any ordinary word ("ESB load balancer") it stays a word, so pages that
 *   mention the product in prose still match; the product page then leads through its
 *   identifiers metadata (src/lib/search/search-facets.ts).
 * - A query in double quotes is Pagefind's exact-phrase search and is left alone.
 */
import { aliasToken, normalizeAlias, portToken, versionToken } from './search-ids.ts';

/** Every port some rule covers, as inclusive [from, to] ranges. */
export type PortVocabulary = readonly (readonly [from: number, to: number])[];

export interface QueryVocabulary {
	ports: PortVocabulary;
	/** Product abbreviations and one-word aliases, normalised (normalizeAlias). */
	aliases: readonly string[];
}

const EDGE_PUNCTUATION = /^[([{"']+|[)\]}"',;:!?]+$/g;

function isKnownPort(port: number, ports: PortVocabulary): boolean {
	return ports.some(([from, to]) => port >= from && port <= to);
}

/** A word that always names one identifier: its tokens, or undefined to keep the word as text. */
function identifierTokens(bare: string, ports: PortVocabulary): string | undefined {
	const version = versionToken(bare.replace(/\.$/, ''));
	if (version) return version;
	const port = /^(\d{1,5})(?:\/(tcp|udp))?$/i.exec(bare);
	if (port) {
		const number = Number(port[1]);
		if (!isKnownPort(number, ports)) return undefined;
		return port[2] ? `${portToken(number)} ${port[2].toLowerCase()}` : portToken(number);
	}
	const range = /^(\d{1,5})[-–](\d{1,5})$/.exec(bare);
	if (range) {
		const ends = [Number(range[1]), Number(range[2])];
		if (!ends.every((end) => end >= 1 && end <= 65535 && isKnownPort(end, ports))) return undefined;
		return ends.map(portToken).join(' ');
	}
	return undefined;
}

/** The query Pagefind runs for what the reader typed. */
export function rewriteQuery(query: string, vocabulary: QueryVocabulary): string {
	const trimmed = query.trim();
	if (/^".+"$/.test(trimmed)) return trimmed;
	const words = trimmed.split(/\s+/).filter((word) => word !== '');
	const parsed = words.map((word) => {
		const bare = word.replace(EDGE_PUNCTUATION, '');
		const identifier = identifierTokens(bare, vocabulary.ports);
		const alias = vocabulary.aliases.includes(normalizeAlias(bare)) ? aliasToken(bare) : undefined;
		return { word, identifier, alias };
	});
	const onlyIdentifiers = parsed.every((entry) => entry.identifier !== undefined || entry.alias !== undefined);
	return parsed
		.map(({ word, identifier, alias }) => identifier ?? (onlyIdentifiers ? alias : undefined) ?? word)
		.join(' ');
}

/**
 * The words of a query worth highlighting on the page it opens: what the reader typed, with
 * "5228/tcp" split in two because the page prints the port and the protocol apart.
 */
export function highlightTerms(query: string): string[] {
	const trimmed = query.trim().replace(/^"(.+)"$/, '$1');
	return [
		...new Set(
			trimmed
				.split(/[\s/]+/)
				.map((word) => word.replace(EDGE_PUNCTUATION, ''))
				.filter((word) => word.length > 1 || /\d/.test(word)),
		),
	];
}
