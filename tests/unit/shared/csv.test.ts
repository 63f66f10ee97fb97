import { expect, test } from 'vitest';
import { toCsv } from '../../../src/lib/shared/csv.ts';

test('writes RFC 4180: CRLF line ends, quotes only where needed, quotes doubled', () => {
	expect(
		toCsv(
			['a', 'b'],
			[
				['plain', 'has, comma'],
				['say "hi"', 'two\nlines'],
			],
		),
	).toBe('a,b\r\nplain,"has, comma"\r\n"say ""hi""","two\nlines"\r\n');
});

test('defuses cells a spreadsheet would run as a formula', () => {
	expect(toCsv(['x'], [['=HYPERLINK("http://evil")'], ['+1'], ['-DworkerNode=true'], ['@SUM(A1)'], ['4.9.0']])).toBe(
		'x\r\n"\'=HYPERLINK(""http://evil"")"\r\n\'+1\r\n\'-DworkerNode=true\r\n\'@SUM(A1)\r\n4.9.0\r\n',
	);
});

test('refuses a row whose width differs from the header', () => {
	expect(() => toCsv(['a', 'b'], [['only one']])).toThrow('CSV row 0 has 1 fields; the header has 2');
});

// These cells came from the ports export's own escaper before both exports shared this module.
test.each([
	['plain', 'plain'],
	['with, comma', '"with, comma"'],
	['with "quotes"', '"with ""quotes"""'],
	['two\nlines', '"two\nlines"'],
	['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
	['-1+2', "'-1+2"],
])('writes the cell %j as %s', (value, expected) => {
	expect(toCsv(['x'], [[value]])).toBe(`x\r\n${expected}\r\n`);
});
