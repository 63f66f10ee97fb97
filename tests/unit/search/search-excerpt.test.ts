import { describe, expect, test } from 'vitest';
import {
	cleanExcerpt,
	showsTokenValue,
	tokenDisplay,
	type ExcerptWord,
} from '../../../src/lib/search/search-excerpt.ts';

const words = (text: string, marked: readonly string[] = []): ExcerptWord[] =>
	text.split(' ').map((word) => ({ text: word, marked: marked.includes(word) }));
const render = (excerpt: readonly ExcerptWord[]) =>
	excerpt.map((word) => (word.marked ? `[${word.text}]` : word.text)).join(' ');

describe('excerpts without search tokens', () => {
	test('a token stands for the value pages print', () => {
		expect(tokenDisplay('port05228')).toBe('5228');
		expect(tokenDisplay('ver001010000')).toBe('1.10.0');
		expect(tokenDisplay('not-a-token')).toBeUndefined();
		expect(showsTokenValue('5229-5230', 'port05230')).toBe(true);
		expect(showsTokenValue('5229-5230', 'port05231')).toBe(false);
		expect(showsTokenValue('4.8.1,', 'ver004008001')).toBe(true);
		expect(showsTokenValue('4.8.10', 'ver004008001')).toBe(false);
		expect(showsTokenValue('(G-Reg)', 'alias04greg0')).toBe(true);
	});

	test("a matched token's mark moves onto its printed value", () => {
		const excerpt = words('Current. port05228. 5228 TCP. Outbound', ['port05228.']);
		expect(render(cleanExcerpt(excerpt))).toBe('Current. [5228] TCP. Outbound');
	});

	test('in a list of versions, only the matched one is marked', () => {
		const excerpt = words('Released ver005000000 5.0.0, ver004008001 4.8.1, ver004008000. 4.8.0.', ['ver004008001']);
		expect(render(cleanExcerpt(excerpt))).toBe('Released 5.0.0, [4.8.1,] 4.8.0.');
	});

	test('a port inside a printed range is marked on the range; an unmatched token just disappears', () => {
		expect(render(cleanExcerpt(words('port05229 port05230. 5229-5230 TCP', ['port05230.'])))).toBe('[5229-5230] TCP');
		expect(render(cleanExcerpt(words('port00080. 80 TCP')))).toBe('80 TCP');
	});

	test('ordinary words are kept as they were', () => {
		const excerpt = words('the ESB load balancer', ['ESB']);
		expect(cleanExcerpt(excerpt)).toEqual(excerpt);
	});
});
