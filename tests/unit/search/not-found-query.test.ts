import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import {
	MAX_QUERY_LENGTH,
	MAX_SEGMENT_LENGTH,
	MAX_WORDS,
	MAX_WORD_LENGTH,
	searchWordsFromPath,
} from '../../../src/lib/search/not-found-query.ts';
import { formatPort, portBounds } from '../../../src/core/port-range.ts';

/** What the 404 page passes: the site's sections and its own name. */
const options = { ignoredSegments: ['guides', 'patterns', 'ports', 'products', '404'] };
const words = (address: string) => searchWordsFromPath(address, options);

/** Only letters, combining marks, digits, dots inside words, and single spaces. */
const SAFE_QUERY = /^(?:[\p{L}\p{M}\p{N}]+(?:\.[\p{L}\p{M}\p{N}]+)*(?: |$))*$/u;

describe('words from an address that was not found', () => {
	test('the examples: a port, a product at a version, a guide', () => {
		expect(words('/ports/5228')).toBe('5228');
		expect(words('/products/esb-4.9.0/')).toBe('esb 4.9.0');
		expect(words('/guides/worker_manager')).toBe('worker manager');
	});

	test('every port of the data, linked by number, searches for that number', () => {
		for (const rule of atlas.ports) {
			const [from] = portBounds(rule.port);
			expect(words(`/ports/${from}`)).toBe(String(from));
			expect(words(`/ports/${formatPort(rule.port)}/`)).toBe(formatPort(rule.port).split('-').join(' '));
		}
	});

	test('every product version, linked as abbreviation and version, keeps both', () => {
		for (const product of atlas.products) {
			// A hyphen separates words, also inside an abbreviation ("G-Reg" → "g reg").
			const abbreviation = product.abbreviation.toLowerCase().replaceAll('-', ' ');
			for (const { version } of product.versions) {
				expect(words(`/products/${product.abbreviation}-${version}/`)).toBe(`${abbreviation} ${version}`);
			}
		}
	});

	test('section names, index pages, page extensions, queries and fragments add no words', () => {
		expect(words('/ports/')).toBe('');
		expect(words('/')).toBe('');
		expect(words('')).toBe('');
		expect(words('/products/index.html')).toBe('');
		expect(words('/ports/5228.html')).toBe('5228');
		expect(words('/PORTS/Firewall/Worker.HTML')).toBe('firewall worker');
		expect(words('/ports/5228?highlight=9443#row')).toBe('5228');
		expect(words('/404.html')).toBe('');
		expect(words('/404')).toBe('');
	});

	test('without ignored segments, section names are words too', () => {
		expect(searchWordsFromPath('/ports/5228')).toBe('ports 5228');
		expect(searchWordsFromPath('/index.html')).toBe('');
	});

	test('percent-encoded words are decoded; repeated words count once; letters of any script stay', () => {
		expect(words('/guides/worker%20manager%20separation')).toBe('worker manager separation');
		expect(words('/ports/5228/5228/')).toBe('5228');
		expect(words('/guides/%C3%A9quilibrage')).toBe('équilibrage');
		expect(words('/guides/%E0%A4%B9%E0%A4%BF%E0%A4%A8%E0%A5%8D%E0%A4%A6%E0%A5%80')).toBe('हिन्दी');
		// Full-width digits are the same number.
		expect(words('/ports/%EF%BC%95%EF%BC%92%EF%BC%92%EF%BC%98')).toBe('5228');
	});

	test('dots stay only inside words, so versions survive and dot runs do not', () => {
		expect(words('/products/v4.9.0./')).toBe('v4.9.0');
		expect(words('/products/.../4.9.0')).toBe('4.9.0');
	});
});

describe('hostile addresses', () => {
	test('markup becomes plain words, never markup', () => {
		const query = words('/%3Cscript%3Ealert(1)%3C/script%3E');
		expect(query).toBe('script alert 1');
		expect(words('/<img src=x onerror=alert(1)>')).toBe('img src x onerror alert 1');
		expect(words('/products/%22%3E%3Csvg%20onload%3Dalert%601%60%3E')).toBe('svg onload alert 1');
		expect(words('/ports/javascript:alert(document.cookie)')).toBe('javascript alert document.cookie');
	});

	test('broken percent-encoding drops only its segment', () => {
		expect(words('/%E0%A4%A')).toBe('');
		expect(words('/guides/%E0%A4%A/worker-manager')).toBe('worker manager');
		expect(words('/ports/%/5228')).toBe('5228');
		expect(words('/ports/%ZZ5228')).toBe('');
		expect(words('/ports/%ZZ/5228')).toBe('5228');
	});

	test('dot segments and encoded slashes lead nowhere', () => {
		expect(words('/../..')).toBe('');
		expect(words('/ports/../../etc/passwd')).toBe('etc passwd');
		expect(words('/%2e%2e/%2E%2E%2Fsecret')).toBe('secret');
		expect(words('/./.././')).toBe('');
	});

	test('control, zero-width and direction characters separate words', () => {
		expect(words('/ports/52%0A28')).toBe('52 28');
		expect(words('/guides/worker%E2%80%8Bmanager')).toBe('worker manager');
		expect(words('/guides/%E2%80%AEreganam')).toBe('reganam');
		expect(words('/guides/%00%01%7F')).toBe('');
	});

	test('a 2,000-character address gives a short query or none', () => {
		expect(words(`/${'a'.repeat(2000)}`)).toBe('');
		expect(words(`/ports/5228/${'x'.repeat(2000)}`)).toBe('5228');
		expect(words(`/${'%41'.repeat(700)}`)).toBe('');
		const manyWords = `/guides/${Array.from({ length: 500 }, (_, index) => `w${index}`).join('/')}`;
		expect(manyWords.length).toBeGreaterThan(2000);
		const query = words(manyWords);
		expect(query).toBe('w0 w1 w2 w3 w4 w5');
		expect(query.split(' ')).toHaveLength(MAX_WORDS);
	});

	test('long words are dropped and the query is cut at a word boundary', () => {
		expect(words(`/guides/${'b'.repeat(MAX_WORD_LENGTH + 1)}-balancer`)).toBe('balancer');
		expect(words(`/guides/${'c'.repeat(MAX_WORD_LENGTH)}`)).toBe('c'.repeat(MAX_WORD_LENGTH));
		// A segment longer than MAX_SEGMENT_LENGTH once decoded is padding, even when made of short words.
		expect(words(`/guides/${'ab-'.repeat(MAX_SEGMENT_LENGTH / 2)}/nginx`)).toBe('nginx');
		const long = words('/guides/clustering-enterprise-service-bus-with-hazelcast-members-behind-nginx');
		expect(long).toBe('clustering enterprise service bus with hazelcast');
		const cut = words(`/guides/${'d'.repeat(30)}-${'e'.repeat(30)}-f`);
		// The second word would pass the limit; the query ends before it rather than skipping it.
		expect(cut).toBe('d'.repeat(30));
	});

	test('whatever the address, the query holds only safe characters and stays short', () => {
		const addresses = [
			'/%3Cscript%3Ealert(1)%3C/script%3E',
			'/"\'`<>&;{}[]|\\^',
			'/%E0%A4%A',
			'/../..',
			`/${'%F0%9F%92%A9'.repeat(300)}`,
			`/${'<b>'.repeat(700)}`,
			'/ports/5228\u0000\u200b\u202e<script>',
			`/${Array.from({ length: 2000 }, (_, index) => String.fromCharCode(index)).join('')}`,
		];
		for (const address of addresses) {
			const query = words(address);
			expect(query).toMatch(SAFE_QUERY);
			expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
			expect(query).not.toMatch(/[<>"'&`]/);
		}
	});
});
