/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled. Spreadsheets run a cell that starts with = + -
 * or @ as a formula, so such a cell is prefixed with an apostrophe (OWASP's advice against
 * CSV injection); no value in the data starts that way today, so nothing real is altered.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string): string {
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The table as CSV text: a header line, then one line per row, each ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
	for (const [index, row] of rows.entries()) {
		if (row.length !== header.length)
			throw new Error(`CSV row ${index} has ${row.length} fields; the header has ${header.length}`);
	}
	return [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
