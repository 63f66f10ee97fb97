import { describe, expect, test } from 'vitest';
import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import { catalogueEntries } from '../../../src/lib/ports/catalogue.ts';
import {
	buildDefaultPortsExport,
	defaultPortsCsv,
	defaultPortsJsonSchema,
} from '../../../src/lib/ports/default-ports-export.ts';
import { DefaultPortsExportSchema } from '../../../src/schemas/default-ports-export.ts';

const atlas = loadDataSet(rawDataSet);
const site = new URL('https://atlas.example/');
const document = buildDefaultPortsExport(atlas, site);

describe('default-ports.json, .csv and .schema.json', () => {
	test('the JSON holds every catalogued port once, with its products, and passes its own schema', () => {
		expect(DefaultPortsExportSchema.parse(document)).toEqual(document);
		expect(document.ports.map((port) => port.id).sort()).toEqual(
			catalogueEntries(atlas)
				.map((entry) => entry.port.id)
				.sort(),
		);
		for (const entry of catalogueEntries(atlas)) {
			const exported = document.ports.find((port) => port.id === entry.port.id)!;
			expect(exported.products).toEqual(entry.productIds);
			expect(exported.page).toBe(`https://atlas.example/ports/defaults/#${entry.port.id}`);
		}
	});

	test('the CSV has a header and one line per port', () => {
		const lines = defaultPortsCsv(document).trimEnd().split('\r\n');
		expect(lines[0]?.startsWith('id,port,protocol,')).toBe(true);
		expect(lines).toHaveLength(document.ports.length + 1);
	});

	test('the JSON Schema is draft 2020-12, names its address and requires the ports', () => {
		const schema = defaultPortsJsonSchema(site);
		expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema['$id']).toBe('https://atlas.example/default-ports.schema.json');
		expect(schema['required']).toContain('ports');
	});
});
