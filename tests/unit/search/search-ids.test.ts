import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import {
	aliasOfToken,
	aliasSearchAttributes,
	aliasToken,
	MAX_EXPANDED_RANGE,
	portSearchAttributes,
	portToken,
	portTokens,
	searchablePorts,
	SEARCH_ID_ATTRIBUTE,
	versionSearchAttributes,
	versionToken,
} from '../../../src/lib/search/search-ids.ts';

/** Every token the site's pages carry, computed from the data. */
const allTokens = [
	...atlas.ports.flatMap((port) => portTokens(port.port)),
	...atlas.products.flatMap((product) => product.versions.map(({ version }) => versionToken(version)!)),
	...atlas.products.flatMap((product) =>
		[product.abbreviation, ...product.aliases].flatMap((alias) => aliasToken(alias) ?? []),
	),
];

describe('search tokens', () => {
	test('a port becomes five digits, so no port token is a prefix of another', () => {
		expect(portToken(80)).toBe('port00080');
		expect(portToken(5228)).toBe('port05228');
		expect(portToken(65535)).toBe('port65535');
		expect(() => portToken(0)).toThrow(RangeError);
		expect(() => portToken(65536)).toThrow(RangeError);
		expect(portToken(5228).startsWith(portToken(522))).toBe(false);
	});

	test('a version becomes three digits a part; a version line is a prefix of its versions only', () => {
		expect(versionToken('4.8.1')).toBe('ver004008001');
		expect(versionToken('v1.10.0')).toBe('ver001010000');
		expect(versionToken('4.8')).toBe('ver004008');
		expect(versionToken('4.8.1')!.startsWith(versionToken('4.8')!)).toBe(true);
		// The confusions of plain Pagefind: 4.8.1 vs 48.1 vs 4.8.10, and 1.1.0 vs 1.10.0.
		expect(versionToken('48.1')).not.toBe(versionToken('4.8.1'));
		expect(versionToken('4.8.10')!.startsWith(versionToken('4.8.1')!)).toBe(false);
		expect(versionToken('1.10.0')!.startsWith(versionToken('1.1.0')!)).toBe(false);
		expect(versionToken('4.1')!.startsWith('ver004001')).toBe(true);
		expect(versionToken('4.10.0')!.startsWith(versionToken('4.1')!)).toBe(false);
		for (const notAVersion of ['4', '4.8.1.2', '1000.0.0', 'four', '4..1', '']) {
			expect(versionToken(notAVersion)).toBeUndefined();
		}
	});

	test('an abbreviation names its length first and ends in a digit, so ES is no prefix of ESB', () => {
		expect(aliasToken('ES')).toBe('alias02es0');
		expect(aliasToken('ESB')).toBe('alias03esb0');
		expect(aliasToken('G-Reg')).toBe(aliasToken('GREG'));
		expect(aliasToken('API-M')).toBe(aliasToken('APIM'));
		expect(aliasToken('ESB')!.startsWith(aliasToken('ES')!)).toBe(false);
		expect(aliasToken('WSO2 IS')).toBeUndefined();
		expect(aliasToken('--')).toBeUndefined();
		expect(aliasOfToken('alias04greg0')).toBe('greg');
		expect(aliasOfToken('alias03greg0')).toBeUndefined();
	});

	test('no token of the data is a prefix of another, so a token query matches only its own value', () => {
		const distinct = [...new Set(allTokens)];
		expect(distinct.length).toBeGreaterThan(50);
		const clashes = distinct.flatMap((a) =>
			distinct.filter((b) => b !== a && b.startsWith(a)).map((b) => `${a} < ${b}`),
		);
		expect(clashes).toEqual([]);
	});

	test('a small range is searchable by every port in it, a wide one by its ends', () => {
		expect(searchablePorts(443)).toEqual([443]);
		expect(searchablePorts({ from: 5229, to: 5230 })).toEqual([5229, 5230]);
		expect(searchablePorts({ from: 1000, to: 1000 + MAX_EXPANDED_RANGE - 1 })).toHaveLength(MAX_EXPANDED_RANGE);
		expect(searchablePorts({ from: 10000, to: 20000 })).toEqual([10000, 20000]);
	});

	test('the attributes tell Pagefind to index the tokens where the value is printed', () => {
		expect(portSearchAttributes({ from: 5229, to: 5230 })).toEqual({
			[SEARCH_ID_ATTRIBUTE]: 'port05229 port05230',
			'data-pagefind-index-attrs': SEARCH_ID_ATTRIBUTE,
		});
		expect(versionSearchAttributes('4.8.1')[SEARCH_ID_ATTRIBUTE]).toBe('ver004008001');
		expect(versionSearchAttributes('not a version')).toEqual({});
		expect(aliasSearchAttributes('G-Reg', ['GREG', 'GReg'])[SEARCH_ID_ATTRIBUTE]).toBe('alias04greg0');
		expect(aliasSearchAttributes('IS', ['WSO2 IS'])[SEARCH_ID_ATTRIBUTE]).toBe('alias02is0');
	});
});
