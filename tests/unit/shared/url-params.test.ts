import { describe, expect, test } from 'vitest';
import { HIGHLIGHT_PARAM } from '../../../src/lib/shared/highlight-param.ts';
import { describeIgnored, readParams, writeParams, type ParamSpecs } from '../../../src/lib/shared/url-params.ts';

const specs: ParamSpecs = {
	product: { kind: 'choice', allowed: ['api-manager', 'identity-server'] },
	version: { kind: 'version' },
	q: { kind: 'text', maxLength: 10 },
	port: { kind: 'port' },
};

describe('readParams', () => {
	test('accepts known parameters whose values fit', () => {
		expect(readParams('?product=api-manager&version=1.10.0&q=gateway&port=443', specs)).toEqual({
			values: { product: 'api-manager', version: '1.10.0', q: 'gateway', port: '443' },
			ignored: [],
		});
	});

	test('ignores unknown names and unfit values, with a reason each', () => {
		const { values, ignored } = readParams(
			'?product=<script>&version=1..2&port=70000&colour=red&q=abcdefghijkl',
			specs,
		);
		expect(values).toEqual({});
		expect(ignored).toEqual([
			{ name: 'product', value: '<script>', reason: 'is not one of the available options' },
			{ name: 'version', value: '1..2', reason: 'is not a version such as 4.9.0' },
			{ name: 'port', value: '70000', reason: 'is not a port number from 1 to 65535' },
			{ name: 'colour', value: 'red', reason: 'is not a filter on this page' },
			{ name: 'q', value: 'abcdefghijkl', reason: 'is longer than 10 characters' },
		]);
	});

	test('passes over the highlight words a search result carries, without reporting them', () => {
		expect(readParams(`?${HIGHLIGHT_PARAM}=5228&port=5228`, specs)).toEqual({
			values: { port: '5228' },
			ignored: [],
		});
	});

	test('does not treat inherited object keys as filters', () => {
		expect(readParams('?__proto__=x&constructor=y', specs).values).toEqual({});
	});

	test('keeps the first of a repeated parameter', () => {
		const { values, ignored } = readParams('?port=443&port=80', specs);
		expect(values).toEqual({ port: '443' });
		expect(ignored).toHaveLength(1);
	});

	test('shortens huge values for display', () => {
		const { ignored } = readParams(`?version=${'9'.repeat(5000)}`, specs);
		expect(ignored[0]!.value).toHaveLength(41);
	});

	test('rejects port numbers written with signs, decimals or spaces inside', () => {
		for (const port of ['+443', '44.3', '4 43', '0', '0x1bb']) {
			expect(readParams(`?port=${encodeURIComponent(port)}`, specs).values).toEqual({});
		}
	});
});

describe('writeParams', () => {
	test('writes set values in spec order and omits empty ones', () => {
		expect(writeParams({ version: '4.9.0', product: 'api-manager', q: '' }, specs)).toBe(
			'?product=api-manager&version=4.9.0',
		);
		expect(writeParams({}, specs)).toBe('');
	});

	test('round-trips through readParams', () => {
		const values = { product: 'identity-server', q: 'a&b=c' };
		expect(readParams(writeParams(values, specs), specs).values).toEqual(values);
	});
});

test('describeIgnored writes one sentence per parameter', () => {
	expect(describeIgnored([{ name: 'port', value: 'x', reason: 'is not a port number from 1 to 65535' }])).toEqual([
		'Ignored “port=x”: the value is not a port number from 1 to 65535.',
	]);
});
