import { describe, expect, test } from 'vitest';
import { atlas } from '../../src/data/index.ts';
import { oldestFirst } from '../../src/core/versions.ts';
import { seedVersionCells } from './fixtures/seed-version-cells.ts';

/** Every dotted number in a cell, as printed (garbled tokens included). */
function tokens(cell: string): string[] {
	return cell.match(/\d+(?:\.\d+)+/g) ?? [];
}

describe('the published versions are exactly what the seed lists', () => {
	test('the data has one product for each row of the seed, and no other', () => {
		expect(atlas.products).toHaveLength(Object.keys(seedVersionCells).length);
		expect(atlas.products.map((product) => product.name).sort()).toEqual(Object.keys(seedVersionCells).sort());
	});

	test.each(atlas.products.map((product) => [product.name, product] as const))('%s', (name, product) => {
		const cells = seedVersionCells[name]!;
		const laterReading = new Map(product.diffResolutions.map(({ shown, later }) => [shown, later]));
		// The Versions column with each garbled token replaced by its later reading, plus any
		// version only the Released Versions column names (G-Reg's 5.0.1).
		const fromVersions = tokens(cells.versions).map((token) => laterReading.get(token) ?? token);
		const seedVersions = new Set([...fromVersions, ...tokens(cells.released)]);
		expect(product.versions.map(({ version }) => version)).toEqual(oldestFirst([...seedVersions]));
	});

	const resolutions = atlas.products.flatMap((product) =>
		product.diffResolutions.map(({ shown, later }) => ({ name: product.name, shown, later })),
	);

	test.each(resolutions)(
		'$name: the garbled "$shown" is in its Versions cell, and the Released cell confirms $later',
		({ name, shown, later }) => {
			const cells = seedVersionCells[name]!;
			expect(tokens(cells.versions)).toContain(shown);
			// Some Released cells were cut off in the copy ("5.1.0 and"); those cannot confirm anything.
			if (!/\band\s*$/.test(cells.released)) expect(tokens(cells.released)).toContain(later);
		},
	);
});
