import { describe, expect, test } from 'vitest';
import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import { formatPort } from '../../../src/core/port-range.ts';
import { catalogueEntries } from '../../../src/lib/ports/catalogue.ts';
import { portsCsv, portsJson, portsJsonSchema } from '../../../src/lib/ports/ports-export.ts';
import { PortsExportSchema } from '../../../src/schemas/ports-export.ts';

const atlas = loadDataSet(rawDataSet);
const site = new URL('https://atlas.example/');

/** A small RFC 4180 reader, enough to read back what portsCsv writes. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let index = 0; index < text.length; index += 1) {
		const char = text[index]!;
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') {
				cell += '"';
				index += 1;
			} else if (char === '"') quoted = false;
			else cell += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			row.push(cell);
			cell = '';
		} else if (char === '\r' && text[index + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			index += 1;
		} else cell += char;
	}
	return rows;
}

describe('ports.csv', () => {
	const [header, ...allRows] = parseCsv(portsCsv(atlas));
	const column = (name: string) => header!.indexOf(name);
	const rows = allRows.filter((row) => row[column('record')] === 'pattern-rule');
	const defaultRows = allRows.filter((row) => row[column('record')] === 'default-port');

	test('has one row per port rule, in data order, then one per default port, and no other', () => {
		expect(rows.length + defaultRows.length).toBe(allRows.length);
		expect(allRows.slice(0, rows.length)).toEqual(rows);
		expect(rows.map((row) => row[column('id')])).toEqual(atlas.ports.map((port) => port.id));
		for (const [index, port] of atlas.ports.entries()) {
			const row = rows[index]!;
			expect(row[column('port')]).toBe(formatPort(port.port));
			expect(row[column('purpose')]).toBe(port.purpose);
			expect(row[column('source')]!.split(' ')).toEqual(port.source);
			expect(row[column('status')]).toBe(port.status.kind);
		}
	});

	test('gives the retirement of historical ports', () => {
		const historical = atlas.ports.filter((port) => port.status.kind === 'historical');
		expect(historical.length).toBeGreaterThan(0);
		for (const port of historical) {
			const row = rows.find((candidate) => candidate[column('id')] === port.id)!;
			expect(row[column('retired_on')]).toBe(port.status.kind === 'historical' ? port.status.retiredOn : '');
		}
	});

	test('has a row per catalogued default port, with the products that open it', () => {
		const entries = catalogueEntries(atlas);
		expect(defaultRows.map((row) => row[column('id')]).sort()).toEqual(entries.map((entry) => entry.port.id).sort());
		for (const entry of entries) {
			const row = defaultRows.find((candidate) => candidate[column('id')] === entry.port.id)!;
			expect(row[column('port')]).toBe(String(entry.port.port));
			expect(row[column('products')]!.split(' ')).toEqual(entry.productIds);
			expect(row[column('offset_applies')]).toBe(String(entry.port.offsetApplies));
			expect(row[column('page')]).toBe(`/ports/defaults/#${entry.port.id}`);
		}
	});
});

describe('ports.json', () => {
	const document = PortsExportSchema.parse(JSON.parse(portsJson(atlas, site)));

	test('passes its own schema, whose JSON Schema is addressed where the file says', () => {
		const schema = portsJsonSchema(site);
		expect(schema['$id']).toBe(document.$schema);
		expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema['required']).toEqual(expect.arrayContaining(['ports', 'defaultPorts']));
	});

	test('holds every catalogued default port once, with its products', () => {
		const entries = catalogueEntries(atlas);
		expect(document.defaultPorts.map((port) => port.id).sort()).toEqual(entries.map((entry) => entry.port.id).sort());
		for (const entry of entries)
			expect(document.defaultPorts.find((port) => port.id === entry.port.id)!.products).toEqual(entry.productIds);
	});

	test('holds every port rule with its page', () => {
		expect(document.ports.map((port) => port.id)).toEqual(atlas.ports.map((port) => port.id));
		expect(document.ports[0]!.page).toBe(`/ports/${atlas.ports[0]!.id}/`);
	});

	test('holds every source a port, role, endpoint, profile or default port cites, and no other', () => {
		const cited = new Set(
			[
				...atlas.ports,
				...atlas.nodeRoles,
				...atlas.externalEndpoints,
				...atlas.iotProfiles,
				...catalogueEntries(atlas).map((entry) => entry.port),
			].flatMap((record) => record.sources),
		);
		expect(new Set(document.sources.map((source) => source.id))).toEqual(cited);
	});

	test('holds the profiles with their offsets', () => {
		expect(document.iotProfiles).toEqual(atlas.iotProfiles);
	});
});
