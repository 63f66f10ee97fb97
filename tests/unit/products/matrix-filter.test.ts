import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import {
	describeCount,
	explainNoMatch,
	filterableFrom,
	isEmptyFilter,
	matchedVersions,
	matchesFilter,
	productFilterSpecs,
	readProductFilter,
	TEXT_MAX_LENGTH,
	writeProductFilter,
	type ProductFilter,
} from '../../../src/lib/products/matrix-filter.ts';
import { productViews } from '../../../src/lib/products/products.ts';

const products = productViews(atlas.products, atlas.separationModes).map(filterableFrom);
const specs = productFilterSpecs(
	products.map((product) => product.id),
	atlas.separationModes.map((mode) => mode.id),
);
const modeLabels = new Map(atlas.separationModes.map((mode) => [mode.id, mode.label]));
const matching = (filter: ProductFilter) =>
	products
		.filter((product) => matchesFilter(product, filter))
		.map((product) => product.abbreviation)
		.sort();

describe('matchesFilter on the seed products', () => {
	test('no filter shows every product', () => {
		expect(matching({})).toHaveLength(atlas.products.length);
	});

	test('version 4.9.0 shows only the ESB, the one seed row that lists it', () => {
		expect(matching({ version: '4.9.0' })).toEqual(['ESB']);
	});

	test('version 2.0.0 shows API Manager and Enterprise Store', () => {
		expect(matching({ version: '2.0.0' })).toEqual(['APIM', 'ES']);
	});

	test('the published 3.6.0 finds BPS; the garbled 3.56.0 of the seed finds nothing', () => {
		expect(matching({ version: '3.6.0' })).toEqual(['BPS']);
		expect(matching({ version: '3.56.0' })).toEqual([]);
	});

	test('by product', () => {
		expect(matching({ product: 'identity-server' })).toEqual(['IS']);
	});

	test('by mode: the seed says ES, G-Reg, IS and BAM have no worker/manager split at all', () => {
		expect(matching({ mode: 'not-supported' })).toEqual(['BAM', 'ES', 'G-Reg', 'IS']);
	});

	test('filters combine: every filter that is set must match', () => {
		expect(matching({ version: '3.0.0', mode: 'not-common' })).toEqual(['CEP', 'DAS', 'MB']);
		expect(matching({ version: '4.9.0', product: 'api-manager' })).toEqual([]);
	});

	test('free text matches names, abbreviations and aliases, case-insensitively, every word', () => {
		expect(matching({ q: 'service' })).toEqual(['DSS', 'ESB']);
		expect(matching({ q: 'g-reg' })).toEqual(['G-Reg']);
		expect(matching({ q: 'api-m' })).toEqual(['APIM']);
		expect(matching({ q: 'data server' })).toEqual(['DAS', 'DSS']);
	});

	test('a version word in the text compares as a version: "1.1" is Task Server 1.1.0, not API Manager 1.10.0', () => {
		expect(matching({ q: '1.1' })).toEqual(['TS']);
		expect(matching({ q: '1.10' })).toEqual(['APIM']);
		expect(matching({ q: 'esb 5' })).toEqual(['ESB']);
	});
});

test('matchedVersions marks the asked-for versions of a row', () => {
	const apim = products.find((product) => product.id === 'api-manager')!;
	expect(matchedVersions(apim, { version: '1.10.0' })).toEqual(['1.10.0']);
	expect(matchedVersions(apim, { q: '1.9' })).toEqual(['1.9.1', '1.9.0']);
	expect(matchedVersions(apim, { q: 'gateway' })).toEqual([]);
});

describe('the filter in the URL', () => {
	test('round-trips through the query string', () => {
		const filter = { product: 'api-manager', version: '1.10.0', mode: 'standard-plus-config', q: 'gateway & store' };
		const query = writeProductFilter(filter, specs);
		expect(query).toBe('?product=api-manager&version=1.10.0&mode=standard-plus-config&q=gateway+%26+store');
		expect(readProductFilter(query, specs)).toEqual({ filter, ignored: [] });
		expect(writeProductFilter({}, specs)).toBe('');
	});

	test('ignores hostile and unknown parameters with a reason each, keeping the good ones', () => {
		const query = `?product=%3Cscript%3Ealert(1)%3C%2Fscript%3E&version=4.9&mode=sometimes&evil=1&q=${'x'.repeat(
			TEXT_MAX_LENGTH + 1,
		)}&product=api-manager`;
		const { filter, ignored } = readProductFilter(query, specs);
		// The well-formed product that follows the hostile one is still honoured.
		expect(filter).toEqual({ product: 'api-manager' });
		expect(ignored.map(({ name, reason }) => `${name}: ${reason}`)).toEqual([
			'product: is not one of the available options',
			'version: is not a version such as 4.9.0',
			'mode: is not one of the available options',
			'evil: is not a filter on this page',
			`q: is longer than ${TEXT_MAX_LENGTH} characters`,
		]);
		expect(ignored[0]!.value).toBe('<script>alert(1)</script>');
	});

	test('isEmptyFilter treats blank text as no filter', () => {
		expect(isEmptyFilter({ q: '  ' })).toBe(true);
		expect(isEmptyFilter({ mode: 'standard' })).toBe(false);
	});
});

describe('counts and the no-match explanation', () => {
	test('describeCount', () => {
		const total = atlas.products.length;
		expect(describeCount(total, total)).toBe(`Showing all ${total} products.`);
		expect(describeCount(1, total)).toBe(`Showing 1 of ${total} products.`);
		expect(describeCount(0, total)).toBe('No product matches these filters.');
	});

	test('a version no product lists names its listed neighbours', () => {
		expect(explainNoMatch(products, { version: '4.9.1' }, modeLabels)).toEqual([
			'No product in this guide lists version 4.9.1. The nearest listed versions are 4.9.0 and 5.0.0.',
		]);
	});

	test("a product without the version lists the product's versions, newest first", () => {
		expect(explainNoMatch(products, { product: 'enterprise-service-bus', version: '2.0.0' }, modeLabels)).toEqual([
			'Enterprise Service Bus does not list version 2.0.0; it lists 5.0.0, 4.9.0, 4.8.1, 4.8.0.',
		]);
	});

	test('a product with another mode says which mode it has', () => {
		expect(explainNoMatch(products, { product: 'identity-server', mode: 'standard' }, modeLabels)).toEqual([
			'Identity Server is “Not supported”, not “Standard”.',
		]);
	});

	test('text that matches nothing, and filters that only clash together', () => {
		expect(explainNoMatch(products, { q: 'kafka' }, modeLabels)).toEqual(['No product matches the text “kafka”.']);
		expect(explainNoMatch(products, { version: '4.9.0', mode: 'standard' }, modeLabels)).toEqual([
			'Each filter matches some products, but no product matches all of them at once.',
		]);
	});
});
