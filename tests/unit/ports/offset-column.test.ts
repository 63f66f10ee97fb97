import { describe, expect, test } from 'vitest';
import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import { catalogueEntries, portAtOffset } from '../../../src/lib/ports/catalogue.ts';
import {
	initialCellText,
	offsetCellDataset,
	offsetCellText,
	readOffsetCell,
} from '../../../src/lib/ports/offset-column.ts';
import { readParams } from '../../../src/lib/shared/url-params.ts';
import { OFFSET_PARAM_SPECS } from '../../../src/lib/ports/offset-column.ts';

const atlas = loadDataSet(rawDataSet);

/** data-* attributes as the browser's dataset shows them: "data-default-port" → "defaultPort". */
const asDataset = (attributes: Record<string, string>) =>
	Object.fromEntries(
		Object.entries(attributes).map(([name, value]) => [
			name.slice(5).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()),
			value,
		]),
	);

describe('the offset column contract', () => {
	test.each(catalogueEntries(atlas).map((entry) => [entry.port.id, entry.port] as const))(
		'%s reads back as written, and the script agrees with the server at every offset',
		(_id, port) => {
			const cell = readOffsetCell(asDataset(offsetCellDataset(port)));
			if (port.port === 'random') {
				expect(cell).toBeUndefined();
				expect(initialCellText(port)).toBe('random');
				return;
			}
			expect(cell).toEqual({ defaultPort: port.port, offsetApplies: port.offsetApplies });
			expect(offsetCellText(cell!, 0)).toBe(initialCellText(port));
			expect(offsetCellText(cell!, 2)).toContain(String(portAtOffset(port, 2)));
		},
	);

	test('says when an offset pushes a port past 65535, and when a port does not move', () => {
		expect(offsetCellText({ defaultPort: 65000, offsetApplies: true }, 600)).toBe('none (65600 is above 65535)');
		expect(offsetCellText({ defaultPort: 4000, offsetApplies: false }, 3)).toBe('4000 (not moved)');
	});

	test('a cell without a usable number reads as none', () => {
		expect(readOffsetCell({ defaultPort: '0', offsetApplies: 'true' })).toBeUndefined();
		expect(readOffsetCell({ defaultPort: '<b>', offsetApplies: 'true' })).toBeUndefined();
	});

	test('the offset parameter takes 0 to 65534 and ignores anything else with a reason', () => {
		expect(readParams('?offset=2', OFFSET_PARAM_SPECS).values).toEqual({ offset: '2' });
		for (const bad of ['-1', '65535', 'two', '<script>']) {
			const { values, ignored } = readParams(`?offset=${encodeURIComponent(bad)}`, OFFSET_PARAM_SPECS);
			expect(values).toEqual({});
			expect(ignored[0]?.reason).toBe('is not a port offset from 0 to 65534');
		}
	});
});
