/**
 * Exact identifiers in site search: the tokens.
 *
 * Pagefind reads every query term as a prefix and drops punctuation on both sides (a query of
 * "5228" also matches 52280; "4.8.1" becomes "481", which 48.1 and 4.8.10 share; "ES" finds
 * "ESB"; see pagefind#702). Ports, versions and product abbreviations are what people search
 * for here, so each place that renders one also indexes a hidden token for it, and the search
 * box rewrites a query term that is such an identifier into its token before Pagefind sees it
 * (src/lib/search/search-query.ts):
 *
 *   port 5228          → port05228      (5 digits: ports end at 65535)
 *   version 4.8.1      → ver004008001   (3 digits a part)
 *   version line 4.8   → ver004008      (a prefix on purpose: every 4.8.x, never 4.80 or 48.x)
 *   abbreviation ES    → alias02es0     (length first: alias02es0 is no prefix of alias03esb0)
 *
 * Every token of a kind has the same width (or names its length), so Pagefind's prefix
 * matching can only match the token itself: exact matching without changing how Pagefind
 * indexes ordinary text. The tokens never show: see searchIdAttributes and
 * src/lib/search/search-excerpt.ts.
 */
import { portBounds, type PortSpec } from '../../core/port-range.ts';

/** The attribute holding an element's tokens; Pagefind indexes it through data-pagefind-index-attrs. */
export const SEARCH_ID_ATTRIBUTE = 'data-atlas-search-ids';

/** Ranges up to this size are searchable by every port inside; wider ones by their two ends only. */
export const MAX_EXPANDED_RANGE = 256;

export const PORT_TOKEN = /^port(\d{5})$/;
export const VERSION_TOKEN = /^ver(\d{3})(\d{3})(\d{3})$/;
export const ALIAS_TOKEN = /^alias(\d{2})([a-z0-9]+)0$/;
/** Any token or token prefix as it appears in indexed text. */
export const ANY_TOKEN = /^(?:port\d{5}|ver\d{3,9}|alias\d{2}[a-z0-9]+0)$/;

/** The token of one port: port05228. */
export function portToken(port: number): string {
	if (!Number.isInteger(port) || port < 1 || port > 65535) throw new RangeError(`${port} is not a port number`);
	return `port${String(port).padStart(5, '0')}`;
}

/** The ports a spec is searchable by: every port of a small range, the two ends of a wide one. */
export function searchablePorts(spec: PortSpec): number[] {
	const [from, to] = portBounds(spec);
	if (to - from + 1 > MAX_EXPANDED_RANGE) return [from, to];
	return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

/** The tokens of a port spec (a port or a range). */
export function portTokens(spec: PortSpec): string[] {
	return searchablePorts(spec).map(portToken);
}

/**
 * The token of a version or version line: "4.8.1" → ver004008001, "4.8" → ver004008.
 * Undefined for anything else, or a part above 999 (no WSO2 version has one).
 */
export function versionToken(version: string): string | undefined {
	const match = /^v?(\d{1,3})\.(\d{1,3})(?:\.(\d{1,3}))?$/i.exec(version);
	if (!match) return undefined;
	const parts = match.slice(1).filter((part): part is string => part !== undefined);
	return `ver${parts.map((part) => part.padStart(3, '0')).join('')}`;
}

/** An abbreviation as search compares it: "G-Reg", "GREG" and "GReg" are all "greg". */
export function normalizeAlias(alias: string): string {
	return alias.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The token of a one-word abbreviation or alias: "ES" → alias02es0, "G-Reg" → alias04greg0.
 * It ends in a digit because Pagefind stems words in English: "alias02es" would be cut to
 * "alias02" and match every two-letter alias. Undefined for names of several words
 * ("WSO2 IS") or of more than 99 characters.
 */
export function aliasToken(alias: string): string | undefined {
	if (/\s/.test(alias.trim())) return undefined;
	const normalized = normalizeAlias(alias);
	if (normalized === '' || normalized.length > 99) return undefined;
	return `alias${String(normalized.length).padStart(2, '0')}${normalized}0`;
}

/** The normalised alias an alias token stands for: alias02es0 → "es". */
export function aliasOfToken(token: string): string | undefined {
	const match = ALIAS_TOKEN.exec(token);
	if (!match) return undefined;
	const alias = match[2]!;
	return alias.length === Number(match[1]) ? alias : undefined;
}

/**
 * Attributes that make Pagefind index `tokens` at the element's position, inside whatever
 * section or table row holds it, so a match deep-links there. An attribute is not text: it is
 * neither shown nor read out by screen readers. Spread onto the element that shows the values.
 */
export function searchIdAttributes(tokens: readonly (string | undefined)[]): Record<string, string> {
	const present = [...new Set(tokens.filter((token): token is string => token !== undefined))];
	if (present.length === 0) return {};
	return { [SEARCH_ID_ATTRIBUTE]: present.join(' '), 'data-pagefind-index-attrs': SEARCH_ID_ATTRIBUTE };
}

/** searchIdAttributes for the element that prints one version. */
export function versionSearchAttributes(version: string): Record<string, string> {
	return searchIdAttributes([versionToken(version)]);
}

/** searchIdAttributes for the element that prints a port or range. */
export function portSearchAttributes(spec: PortSpec): Record<string, string> {
	return searchIdAttributes(portTokens(spec));
}

/** searchIdAttributes for the element that prints a product's abbreviation (and stands for its aliases). */
export function aliasSearchAttributes(abbreviation: string, aliases: readonly string[] = []): Record<string, string> {
	return searchIdAttributes([abbreviation, ...aliases].map(aliasToken));
}
