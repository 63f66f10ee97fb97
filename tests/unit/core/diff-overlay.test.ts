import { describe, expect, test } from 'vitest';
import { overlayTokens } from '../../../src/core/diff-overlay.ts';
import { atlas } from '../../../src/data/index.ts';

describe('overlayTokens replays the Confluence comparison view', () => {
	test.each([
		['3.5.0', '3.6.0', '3.56.0'],
		['3.3.0', '3.5.1', '3.35.01'],
		['4.0.0', '4.2.0', '4.02.0'],
		['5.0.0', '5.3.0', '5.03.0'],
		['5.1.0', '5.2.0', '5.12.0'],
	])('%s changed to %s prints as %s', (earlier, later, shown) => {
		expect(overlayTokens(earlier, later)).toBe(shown);
	});

	test('an unchanged token prints once', () => {
		expect(overlayTokens('2.1.0', '2.1.0')).toBe('2.1.0');
	});
});

describe('the garbled cells of the worker/manager seed', () => {
	const resolutions = atlas.products.flatMap((product) =>
		product.diffResolutions.map((resolution) => ({ product: product.id, ...resolution })),
	);

	test('every garbled token the seed shows is resolved', () => {
		// The five tokens of the seed's Versions column that hold two versions at once.
		expect(resolutions.map(({ shown }) => shown).sort()).toEqual(['3.35.01', '3.56.0', '4.02.0', '5.03.0', '5.12.0']);
	});

	test.each(resolutions)('$product: "$shown" is $earlier overlaid with $later', ({ earlier, later, shown }) => {
		expect(overlayTokens(earlier, later)).toBe(shown);
	});

	test('no published version is itself garbled', () => {
		const published = atlas.products.flatMap((product) => product.versions.map(({ version }) => version));
		for (const { shown } of resolutions) expect(published).not.toContain(shown);
	});
});
