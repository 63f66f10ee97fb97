import { describe, expect, test } from 'vitest';
import { resultView, withHighlight, type PagefindResultFields } from '../../../src/lib/search/search-results.ts';

/** Result data shaped as Pagefind returns it: plain text, word positions of matches, and the ids on the page. */
function pagefindResult(
	text: string,
	matches: readonly string[],
	anchors: NonNullable<PagefindResultFields['anchors']>,
) {
	const words = text.split(' ');
	const weighted_locations = words.flatMap((word, location) =>
		matches.includes(word.replace(/\.$/, '')) ? [{ location, balanced_score: 512 }] : [],
	);
	return { url: '/ports/', meta: { title: 'Ports reference' }, content: text, weighted_locations, anchors };
}

const ports = pagefindResult(
	'Ports reference. A clustered server needs ports. port00080. 80 TCP. HTTP entry. port05228. 5228 TCP. FCM push channel.',
	['port05228'],
	[
		{ element: 'h1', id: '_top', text: 'Ports reference', location: 0 },
		{ element: 'tr', id: 'load-balancer-http-80', text: '', location: 7 },
		{ element: 'tr', id: 'fcm-device-5228', text: '', location: 12 },
	],
);
const options = { labels: { 'fcm-device-5228': '5228/TCP · FCM' }, highlight: ['5228'], highlightParam: 'highlight' };

describe('a search result as the dialog shows it', () => {
	test('a match in a table row is a section that links to the row, titled from the data', () => {
		const view = resultView(ports, options);
		expect(view.title).toBe('Ports reference');
		expect(view.sections).toHaveLength(1);
		expect(view.sections[0]).toMatchObject({ title: '5228/TCP · FCM', url: '/ports/?highlight=5228#fcm-device-5228' });
		expect(view.sections[0]!.excerpt.filter((word) => word.marked).map((word) => word.text)).toEqual(['5228']);
		expect(view.primaryUrl).toBe('/ports/?highlight=5228#fcm-device-5228');
	});

	test("the page's own excerpt is its lead when the match is in a section", () => {
		const view = resultView(ports, options);
		expect(view.excerpt.map((word) => word.text).join(' ')).toBe('A clustered server needs ports.');
	});

	test('a row without a label is titled by its first words, tokens left out', () => {
		const view = resultView(ports, { ...options, labels: {} });
		expect(view.sections[0]!.title).toBe('5228 TCP. FCM push channel');
	});

	test('headings split sections too; the title heading is the page itself', () => {
		const page = pagefindResult(
			'Enterprise Service Bus. WSO2 ESB. Versions. Released ver004008001. 4.8.1.',
			['ver004008001', 'ESB'],
			[
				{ element: 'h1', id: '_top', text: 'Enterprise Service Bus', location: 0 },
				{ element: 'h2', id: 'versions', text: 'Versions', location: 5 },
			],
		);
		const view = resultView(page, { ...options, highlight: ['4.8.1'] });
		expect(view.sections.map((section) => section.title)).toEqual(['Versions']);
		expect(view.excerpt.filter((word) => word.marked).map((word) => word.text)).toEqual(['ESB.']);
	});

	test('without matches (browsing by filter, or a match in metadata) the result shows its lead and opens the page', () => {
		const page = { ...ports, weighted_locations: [] };
		const view = resultView(page, { ...options, highlight: [] });
		expect(view.sections).toEqual([]);
		expect(view.primaryUrl).toBe('/ports/');
		expect(view.excerpt[0]?.text).toBe('A');
	});

	test('a section that matched only a common word is dropped when another matched the identifier too', () => {
		const page = pagefindResult(
			'Ports. port00080. 80 TCP. port05228. 5228 TCP.',
			['port05228', 'TCP'],
			[
				{ element: 'tr', id: 'load-balancer-http-80', location: 1 },
				{ element: 'tr', id: 'fcm-device-5228', location: 4 },
			],
		);
		expect(resultView(page, options).sections.map((section) => section.url)).toEqual([
			'/ports/?highlight=5228#fcm-device-5228',
		]);
	});

	test('links carry every highlight word and keep other parts of the address', () => {
		expect(withHighlight('/products/?x=1', 'versions', ['ESB', '4.9.0'], 'highlight')).toBe(
			'/products/?x=1&highlight=ESB&highlight=4.9.0#versions',
		);
		expect(withHighlight('/ports/', undefined, [], 'highlight')).toBe('/ports/');
	});
});
