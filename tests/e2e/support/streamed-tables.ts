import type { Page } from '@playwright/test';

/**
 * How many body rows make a table long: its HTML then spans more than one piece of the stream,
 * and the browser may paint the first screen while only some of its rows have arrived.
 */
export const LONG_TABLE_ROWS = 10;

/** The long tables that start on the page's first screen, by caption, and those of them whose
 * columns are set by the rows they hold rather than by their headings. Each is measured with all
 * its rows and again with its first row only, as a browser may paint it mid-stream: different
 * column widths mean the rows already shown move when the rest arrive (a layout shift). The rows
 * are put back before it returns.
 */
export function longFirstScreenTables(page: Page): Promise<{ checked: string[]; sizedByTheirRows: string[] }> {
	return page.evaluate((longRows) => {
		const widths = (table: HTMLTableElement) =>
			[...table.querySelectorAll('thead th')].map((cell) => cell.getBoundingClientRect().width.toFixed(1)).join();
		const bodyRows = (table: HTMLTableElement) => [...table.tBodies].flatMap((body) => [...body.rows]);
		const name = (table: HTMLTableElement) => table.caption?.textContent?.trim() ?? '(a table without a caption)';
		const long = [...document.querySelectorAll<HTMLTableElement>('main table')].filter(
			(table) => table.getBoundingClientRect().top + scrollY < innerHeight && bodyRows(table).length > longRows,
		);
		const sizedByTheirRows = long.filter((table) => {
			const complete = widths(table);
			const places = bodyRows(table)
				.slice(1)
				.map((row) => ({ row, parent: row.parentNode!, next: row.nextSibling }));
			for (const { row } of places) row.remove();
			const firstRowOnly = widths(table);
			for (const { row, parent, next } of places.reverse()) parent.insertBefore(row, next);
			return firstRowOnly !== complete;
		});
		return { checked: long.map(name), sizedByTheirRows: sizedByTheirRows.map(name) };
	}, LONG_TABLE_ROWS);
}
