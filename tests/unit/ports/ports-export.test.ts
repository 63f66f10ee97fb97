import { describe, expect, test } from 'vitest';
import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import { formatPort } from '../../../src/core/port-range.ts';
import { csvCell, portsCsv, portsJson } from '../../../src/lib/ports/ports-export.ts';

const atlas = loadDataSet(rawDataSet);

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
	const [header, ...rows] = parseCsv(portsCsv(atlas.ports));
	const column = (name: string) => header!.indexOf(name);

	test('has one row per port rule, in data order, with every field readable back', () => {
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

	test.each([
		['plain', 'plain'],
		['with, comma', '"with, comma"'],
		['with "quotes"', '"with ""quotes"""'],
		['two\nlines', '"two\nlines"'],
		['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
		['-1+2', "'-1+2"],
	])('csvCell(%j)', (value, expected) => {
		expect(csvCell(value)).toBe(expected);
	});
});

describe('ports.json', () => {
	const document = JSON.parse(portsJson(atlas)) as {
		formatVersion: number;
		ports: { id: string; port: unknown; page: string }[];
		sources: { id: string }[];
		iotProfiles: { id: string; offset: number }[];
	};

	test('holds every port rule with its page', () => {
		expect(document.ports.map((port) => port.id)).toEqual(atlas.ports.map((port) => port.id));
		expect(document.ports[0]!.page).toBe(`/ports/${atlas.ports[0]!.id}/`);
	});

	test('holds every source a port, role, endpoint or profile cites, and no other', () => {
		const cited = new Set(
			[...atlas.ports, ...atlas.nodeRoles, ...atlas.externalEndpoints, ...atlas.iotProfiles].flatMap(
				(record) => record.sources,
			),
		);
		expect(new Set(document.sources.map((source) => source.id))).toEqual(cited);
	});

	test('holds the profiles with their offsets', () => {
		expect(document.iotProfiles).toEqual(atlas.iotProfiles);
	});
});
