/**
 * Turns one Pagefind result into what the search dialog shows: the page, an excerpt, and the
 * sections of the page that matched, each a deep link.
 *
 * Pagefind's own sub-results split a page at headings only. Here a matching table row with an
 * id (a port rule on the ports reference, a product in the matrix) is a section too, so a
 * search for 5228 links to /ports/#fcm-device-5228, not to the top of a long table. Rows have
 * no heading text, so their titles come from the data (SearchVocabulary.labels), falling back
 * to the row's first words. Excerpts are built here from Pagefind's plain page text and match
 * positions, as words with a "matched" flag, so the dialog renders them as text nodes and
 * never parses HTML.
 */
import { cleanExcerpt, type ExcerptWord } from './search-excerpt.ts';

/** The parts of Pagefind's result data this module reads (see @pagefind/component-ui types). */
export interface PagefindResultFields {
	url: string;
	meta: Record<string, string | undefined>;
	content?: string;
	weighted_locations?: readonly { balanced_score: number; location: number }[];
	anchors?: readonly { element: string; id: string; text?: string; location?: number }[];
	filters?: Record<string, readonly string[]>;
}

export interface ResultSection {
	title: string;
	url: string;
	excerpt: ExcerptWord[];
}

export interface ResultView {
	title: string;
	url: string;
	/** The page's kind facet ("Port", "Product"…), shown as a label. */
	kind: string | undefined;
	excerpt: ExcerptWord[];
	/** Matching sections in page order, best ones only. */
	sections: ResultSection[];
	/** Where Enter in the search box goes: the best section, or the page. */
	primaryUrl: string;
}

export interface ResultViewOptions {
	/** Titles for table rows by id, from the data. */
	labels: Readonly<Record<string, string>>;
	/** Words the reader typed, added to every link so the landing page highlights them. */
	highlight: readonly string[];
	/** The query parameter PagefindHighlight reads on the landing page. */
	highlightParam: string;
	maxSections?: number;
	excerptLength?: number;
}

interface Anchor {
	id: string;
	title: string | undefined;
	location: number;
}

/** Headings with text and table rows split a page into linkable sections; Starlight's h1 (#_top) is the page itself. */
function sectionAnchors(fields: PagefindResultFields): Anchor[] {
	return (fields.anchors ?? [])
		.filter((anchor) => anchor.location !== undefined && anchor.id !== '_top')
		.filter(
			(anchor) =>
				anchor.element.toLowerCase() === 'tr' ||
				(/^h[1-6]$/i.test(anchor.element) && (anchor.text ?? '').trim() !== ''),
		)
		.map((anchor) => ({ id: anchor.id, title: anchor.text?.trim() || undefined, location: anchor.location! }))
		.sort((a, b) => a.location - b.location);
}

/** Where the page's introduction ends: at its first section, or its end when a section follows the title at once. */
function introEnd(anchors: readonly Anchor[], from: number, pageEnd: number): number {
	const end = anchors.find((anchor) => anchor.location > from)?.location ?? pageEnd;
	return end - from < 1 ? pageEnd : end;
}

/** A link to `url` (and an optional fragment) carrying the highlight terms. */
export function withHighlight(url: string, hash: string | undefined, terms: readonly string[], param: string): string {
	const target = new URL(url, 'https://atlas.invalid');
	for (const term of terms) target.searchParams.append(param, term);
	if (hash !== undefined) target.hash = hash;
	return `${target.pathname}${target.search}${target.hash}`;
}

/** Up to `length` words of [from, to) around `centre`, matched positions flagged, tokens removed. */
function excerptAround(
	words: readonly string[],
	matched: ReadonlySet<number>,
	from: number,
	to: number,
	centre: number,
	length: number,
): ExcerptWord[] {
	// Start at the section's first word when the match is near it, so the excerpt reads from the top.
	const near = centre - from < length - 4;
	const start = near ? from : Math.max(from, Math.min(centre - Math.floor(length / 3), to - length));
	const end = Math.min(to, start + length);
	const slice: ExcerptWord[] = [];
	for (let index = start; index < end; index++) {
		const text = words[index];
		if (text !== undefined && text !== '') slice.push({ text, marked: matched.has(index) });
	}
	return cleanExcerpt(slice);
}

function rowTitle(words: readonly string[], from: number, to: number): string {
	const text = cleanExcerpt(words.slice(from, Math.min(to, from + 12)).map((word) => ({ text: word, marked: false })))
		.slice(0, 8)
		.map((word) => word.text)
		.join(' ');
	return text.replace(/[.,;:]$/, '');
}

/** What the dialog shows for one result. */
export function resultView(fields: PagefindResultFields, options: ResultViewOptions): ResultView {
	const { labels, highlight, highlightParam, maxSections = 3, excerptLength = 24 } = options;
	const words = (fields.content ?? '').split(/\s+/);
	const locations = [...(fields.weighted_locations ?? [])].sort((a, b) => a.location - b.location);
	const matched = new Set(locations.map((entry) => entry.location));
	const anchors = sectionAnchors(fields);
	const link = (hash?: string) => withHighlight(fields.url, hash, highlight, highlightParam);

	// Each match belongs to the last section that starts at or before it (as in Pagefind's sub-results).
	const bySection = new Map<Anchor | undefined, { score: number; best: number; bestScore: number }>();
	for (const { location, balanced_score } of locations) {
		const anchor = anchors.findLast((candidate) => candidate.location <= location);
		const entry = bySection.get(anchor) ?? { score: 0, best: location, bestScore: -Infinity };
		entry.score += balanced_score;
		if (balanced_score > entry.bestScore) Object.assign(entry, { best: location, bestScore: balanced_score });
		bySection.set(anchor, entry);
	}
	// A heading's section excerpt starts after the heading, which is already its title.
	const sectionBody = (anchor: Anchor, match: number) => {
		const afterTitle = anchor.location + (anchor.title?.split(/\s+/).length ?? 0);
		return match < afterTitle ? anchor.location : afterTitle;
	};
	const sectionEnd = (anchor: Anchor) =>
		anchors.find((candidate) => candidate.location > anchor.location)?.location ?? words.length;

	// The best sections only: one that matched a single common word of a longer query ("tcp" in
	// "5228/tcp", in every row of the ports table) is dropped when another matched much more.
	const inSections = [...bySection.entries()]
		.filter((entry): entry is [Anchor, (typeof entry)[1]] => entry[0] !== undefined)
		.sort((a, b) => b[1].score - a[1].score);
	const bestSectionScore = inSections[0]?.[1].score ?? 0;
	const ranked = inSections.filter(([, { score }]) => score > bestSectionScore / 2).slice(0, maxSections);
	const sections = ranked
		.map(([anchor, { best }]) => ({
			anchor,
			section: {
				title: anchor.title ?? labels[anchor.id] ?? rowTitle(words, anchor.location, sectionEnd(anchor)),
				url: link(anchor.id),
				excerpt: excerptAround(words, matched, sectionBody(anchor, best), sectionEnd(anchor), best, excerptLength),
			},
		}))
		.sort((a, b) => a.anchor.location - b.anchor.location);

	const best = [...bySection.entries()].sort((a, b) => b[1].score - a[1].score)[0];
	// The page's own excerpt shows the best match when it is in the page's introduction. When the
	// best match is in a section (which shows its own excerpt), in metadata, or there is no query
	// (browsing by filters), it shows the page's lead instead: the words after its title.
	const title = (fields.anchors ?? []).find((anchor) => anchor.id === '_top');
	const leadStart = Math.min(
		words.length,
		title ? (title.location ?? 0) + (title.text ?? '').trim().split(/\s+/).length : 0,
	);
	const excerpt =
		best && best[0] === undefined
			? excerptAround(
					words,
					matched,
					best[1].best < leadStart ? 0 : leadStart,
					introEnd(anchors, leadStart, words.length),
					best[1].best,
					excerptLength,
				)
			: excerptAround(words, matched, leadStart, introEnd(anchors, leadStart, words.length), leadStart, excerptLength);

	return {
		title: fields.meta['title'] ?? fields.url,
		url: link(),
		kind: fields.filters?.['kind']?.[0],
		excerpt,
		sections: sections.map(({ section }) => section),
		primaryUrl: best?.[0] ? link(best[0].id) : link(),
	};
}
