/**
 * One search result as DOM nodes: the page (with its kind), an excerpt, and the sections that
 * matched, each a link. Everything is set as text; matched words are wrapped in <mark>.
 * The card is an <article> in an <li>, because the Component UI's results list is a <ul>; its
 * arrow-key navigation moves through every link in it.
 */
import type { ExcerptWord } from '../../lib/search/search-excerpt.ts';
import type { ResultView } from '../../lib/search/search-results.ts';

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	node.append(...children);
	return node;
}

/** A matched word, marked without the punctuation around it: "(<mark>ESB</mark>)," */
function markedWord(text: string): (Node | string)[] {
	const [, before = '', core = text, after = ''] = /^([("'[]*)(.*?)([)"'\],.;:!?]*)$/.exec(text) ?? [];
	return [before, element('mark', '', core), after].filter((part) => part !== '');
}

function excerpt(words: readonly ExcerptWord[]): HTMLParagraphElement {
	const paragraph = element('p', 'atlas-result-excerpt');
	words.forEach((word, index) => {
		if (index > 0) paragraph.append(' ');
		paragraph.append(...(word.marked ? markedWord(word.text) : [word.text]));
	});
	return paragraph;
}

function link(href: string, text: string, primary: boolean): HTMLAnchorElement {
	const anchor = element('a', 'atlas-result-link', text);
	anchor.href = href;
	if (primary) anchor.dataset['primary'] = '';
	return anchor;
}

let cards = 0;

export function renderResultCard(view: ResultView): HTMLLIElement {
	const titleLink = link(view.url, view.title, view.primaryUrl === view.url);
	titleLink.id = `atlas-result-${++cards}`;
	const title = element('p', 'atlas-result-title', titleLink);
	if (view.kind !== undefined) title.append(' ', element('span', 'atlas-result-kind', view.kind));
	// Each result is an article named by its page title, so assistive technology can list and skip them.
	const card = element('article', 'atlas-result-card', title);
	card.setAttribute('aria-labelledby', titleLink.id);
	if (view.excerpt.length > 0) card.append(excerpt(view.excerpt));
	if (view.sections.length > 0) {
		const list = element('ul', 'atlas-result-sections');
		for (const section of view.sections) {
			list.append(
				element(
					'li',
					'atlas-result-section',
					link(section.url, section.title, section.url === view.primaryUrl),
					excerpt(section.excerpt),
				),
			);
		}
		card.append(list);
	}
	return element('li', 'atlas-result', card);
}
