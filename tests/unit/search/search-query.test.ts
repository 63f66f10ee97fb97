import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import { highlightTerms, rewriteQuery, type QueryVocabulary } from '../../../src/lib/search/search-query.ts';
import { buildSearchVocabulary } from '../../../src/lib/search/search-vocabulary.ts';

const vocabulary: QueryVocabulary = {
	ports: [
		[443, 443],
		[5228, 5228],
		[5229, 5230],
	],
	aliases: ['es', 'esb', 'apim', 'greg', 'is'],
};

describe('rewriting what the reader typed', () => {
	test('a known port becomes its token; other numbers stay words', () => {
		expect(rewriteQuery('5228', vocabulary)).toBe('port05228');
		expect(rewriteQuery(' 443 ', vocabulary)).toBe('port00443');
		expect(rewriteQuery('5230', vocabulary)).toBe('port05230');
		expect(rewriteQuery('52280', vocabulary)).toBe('52280');
		expect(rewriteQuery('2021', vocabulary)).toBe('2021');
		expect(rewriteQuery('0', vocabulary)).toBe('0');
	});

	test('a port with its protocol, and a range of known ports', () => {
		expect(rewriteQuery('5228/tcp', vocabulary)).toBe('port05228 tcp');
		expect(rewriteQuery('5229-5230', vocabulary)).toBe('port05229 port05230');
		expect(rewriteQuery('5229–5230', vocabulary)).toBe('port05229 port05230');
		expect(rewriteQuery('5228-5231', vocabulary)).toBe('5228-5231');
	});

	test('any version or version line becomes its token, with or without a leading v', () => {
		expect(rewriteQuery('4.8.1', vocabulary)).toBe('ver004008001');
		expect(rewriteQuery('v4.8.1', vocabulary)).toBe('ver004008001');
		expect(rewriteQuery('4.8', vocabulary)).toBe('ver004008');
		expect(rewriteQuery('4.8.1,', vocabulary)).toBe('ver004008001');
		expect(rewriteQuery('10.0.0.1', vocabulary)).toBe('10.0.0.1');
	});

	test('an abbreviation becomes its token only in a query made of identifiers', () => {
		expect(rewriteQuery('ES', vocabulary)).toBe('alias02es0');
		expect(rewriteQuery('g-reg', vocabulary)).toBe('alias04greg0');
		expect(rewriteQuery('ESB 4.9.0', vocabulary)).toBe('alias03esb0 ver004009000');
		expect(rewriteQuery('ESB load balancer', vocabulary)).toBe('ESB load balancer');
		expect(rewriteQuery('what is 5228', vocabulary)).toBe('what is port05228');
		expect(rewriteQuery('BAM', vocabulary)).toBe('BAM');
	});

	test('a quoted query is left to Pagefind as an exact phrase; an empty one stays empty', () => {
		expect(rewriteQuery('"port 5228"', vocabulary)).toBe('"port 5228"');
		expect(rewriteQuery('   ', vocabulary)).toBe('');
	});

	test("the site's own vocabulary makes every port rule and every one-word abbreviation exact", () => {
		const site = buildSearchVocabulary(atlas);
		for (const port of atlas.ports) {
			const first = typeof port.port === 'number' ? port.port : port.port.from;
			expect(rewriteQuery(String(first), site)).toMatch(/^port\d{5}$/);
		}
		for (const product of atlas.products) expect(rewriteQuery(product.abbreviation, site)).toMatch(/^alias\d{2}/);
	});
});

describe('words to highlight on the page a result opens', () => {
	test('are the words typed, without edge punctuation or single letters, and split at a slash', () => {
		expect(highlightTerms('ESB 4.9.0')).toEqual(['ESB', '4.9.0']);
		expect(highlightTerms('5228/tcp')).toEqual(['5228', 'tcp']);
		expect(highlightTerms('"(APIM)," a')).toEqual(['APIM']);
		expect(highlightTerms('5 5')).toEqual(['5']);
	});
});
