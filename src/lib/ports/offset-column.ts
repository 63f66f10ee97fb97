import type { CataloguePort } from '../../schemas/catalogue-port.ts';
import type { ParamSpecs } from '../shared/url-params.ts';
import { portAtOffset } from './catalogue.ts';

/**
 * The contract between a default-ports table and the script that shows its ports at another
 * offset: each cell of the "at this offset" column carries the port before any offset and
 * whether the offset moves it; the script only writes text into those cells.
 */

/** The query parameter that sets the offset, so a page at an offset can be shared. */
export const OFFSET_PARAM = 'offset';

export const OFFSET_PARAM_SPECS: ParamSpecs = { [OFFSET_PARAM]: { kind: 'offset' } };

/** A cell's facts, as the server wrote them. */
export interface OffsetCell {
	defaultPort: number;
	offsetApplies: boolean;
}

/** Data attributes for the cell that shows `port` at an offset; none for a random port, which has no number. */
export function offsetCellDataset(port: CataloguePort): Record<string, string> {
	if (port.port === 'random') return {};
	return { 'data-default-port': String(port.port), 'data-offset-applies': String(port.offsetApplies) };
}

/** Reads a cell back; undefined for a cell without a usable number. */
export function readOffsetCell(dataset: Readonly<Record<string, string | undefined>>): OffsetCell | undefined {
	const defaultPort = Number(dataset['defaultPort']);
	if (!Number.isInteger(defaultPort) || defaultPort < 1 || defaultPort > 65535) return undefined;
	return { defaultPort, offsetApplies: dataset['offsetApplies'] === 'true' };
}

/** The cell's text at an offset: the number, or why there is none. */
export function offsetCellText(cell: OffsetCell, offset: number): string {
	const port = cell.offsetApplies ? cell.defaultPort + offset : cell.defaultPort;
	if (port > 65535) return `none (${port} is above 65535)`;
	return cell.offsetApplies || offset === 0 ? String(port) : `${port} (not moved)`;
}

/** The text the server renders at offset 0, the same function the script uses for any other. */
export function initialCellText(port: CataloguePort): string {
	const at = portAtOffset(port, 0);
	return at === undefined ? 'random' : String(at);
}
