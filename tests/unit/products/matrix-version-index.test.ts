import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import { groupByMajor, nearestVersions, versionIndex } from '../../../src/lib/products/matrix-version-index.ts';

const index = versionIndex(atlas.products);
const productsListing = (version: string) => index.find((entry) => entry.version === version)?.productIds.sort();

describe('versionIndex over the seed products', () => {
	test('answers "who lists this version?" from the seed rows', () => {
		// Seed: only the ESB row lists 4.9.0; API Manager and Enterprise Store both list 2.0.0.
		expect(productsListing('4.9.0')).toEqual(['enterprise-service-bus']);
		expect(productsListing('2.0.0')).toEqual(['api-manager', 'enterprise-store']);
		// Seed: 3.0.0 is a CEP, DAS and MB version.
		expect(productsListing('3.0.0')).toEqual(['complex-event-processor', 'data-analytics-server', 'message-broker']);
	});

	test('lists each version once, newest first as versions (1.10.0 before 1.9.1)', () => {
		const versions = index.map((entry) => entry.version);
		expect(new Set(versions).size).toBe(versions.length);
		expect(versions.indexOf('1.10.0')).toBeLessThan(versions.indexOf('1.9.1'));
		expect(versions.indexOf('1.9.1')).toBeLessThan(versions.indexOf('1.9.0'));
		expect(versions[0]).toBe('5.3.0');
		expect(versions.at(-1)).toBe('1.1.0');
	});
});

test('groupByMajor keeps the order and splits at each major number', () => {
	const groups = groupByMajor(
		versionIndex([{ id: 'x', versions: ['1.9.1', '2.0.0', '1.10.0'].map((version) => ({ version })) }]),
	);
	expect(groups.map(({ major, entries }) => [major, entries.map((entry) => entry.version)])).toEqual([
		[2, ['2.0.0']],
		[1, ['1.10.0', '1.9.1']],
	]);
});

describe('nearestVersions', () => {
	const known = ['4.8.0', '4.8.1', '4.9.0', '5.0.0', '1.10.0', '1.9.1'];

	test('finds the listed neighbours of an unlisted version, compared as versions', () => {
		expect(nearestVersions('4.9.1', known)).toEqual({ older: '4.9.0', newer: '5.0.0' });
		expect(nearestVersions('1.9.5', known)).toEqual({ older: '1.9.1', newer: '1.10.0' });
	});

	test('has no neighbour beyond either end', () => {
		expect(nearestVersions('9.0.0', known)).toEqual({ older: '5.0.0' });
		expect(nearestVersions('0.1.0', known)).toEqual({ newer: '1.9.1' });
	});
});
