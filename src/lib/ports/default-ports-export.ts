import { z } from 'astro/zod';
import type { AtlasData } from '../../data/dataset.ts';
import type { CataloguePort } from '../../schemas/catalogue-port.ts';
import { DefaultPortsExportSchema, type DefaultPortsExport } from '../../schemas/default-ports-export.ts';
import { toCsv } from '../shared/csv.ts';
import { DEFAULT_PORTS_EXPORT_PATHS, DEFAULT_PORTS_PATH } from '../shared/paths.ts';
import { byPortNumber, catalogueEntries, OFFSET_RULE } from './catalogue.ts';

/**
 * The default-ports catalogue as downloads: default-ports.json (with its JSON Schema, generated
 * from the same zod fields the data is checked with) and default-ports.csv, one row per port.
 */

type ExportInput = Pick<AtlasData, 'carbonPorts' | 'sharedPorts' | 'products'>;

export function buildDefaultPortsExport(data: ExportInput, site: URL): DefaultPortsExport {
	return {
		$schema: new URL(DEFAULT_PORTS_EXPORT_PATHS.schema, site).href,
		title: 'Default ports of WSO2 products',
		offsetRule: OFFSET_RULE.text,
		ports: catalogueEntries(data)
			.sort(byPortNumber)
			.map((entry) => {
				// A shared record's own `products` gives way to the resolved list, which every scope has.
				const port = Object.fromEntries(
					Object.entries(entry.port).filter(([field]) => field !== 'products'),
				) as CataloguePort;
				return {
					...port,
					scope: entry.scope,
					products: entry.productIds,
					page: new URL(`${DEFAULT_PORTS_PATH}#${entry.port.id}`, site).href,
				};
			}),
	};
}

const CSV_COLUMNS: readonly [string, (port: DefaultPortsExport['ports'][number]) => string][] = [
	['id', (port) => port.id],
	['port', (port) => String(port.port)],
	['protocol', (port) => port.protocol],
	['service', (port) => port.service],
	['purpose', (port) => port.purpose],
	['use', (port) => port.use],
	['scheme', (port) => port.scheme ?? ''],
	['offset_applies', (port) => String(port.offsetApplies)],
	['offset_note', (port) => port.offsetNote ?? ''],
	['scope', (port) => port.scope],
	['products', (port) => port.products.join(' ')],
	['evidence', (port) => port.evidence],
	['derivation', (port) => port.derivation ?? ''],
	['sources', (port) => port.sources.join(' ')],
	['page', (port) => port.page],
];

/** default-ports.csv, from the same document as default-ports.json. */
export function defaultPortsCsv(document: DefaultPortsExport): string {
	return toCsv(
		CSV_COLUMNS.map(([header]) => header),
		document.ports.map((port) => CSV_COLUMNS.map(([, value]) => value(port))),
	);
}

/** The JSON Schema (draft 2020-12) of default-ports.json, identified by its own address. */
export function defaultPortsJsonSchema(site: URL): Record<string, unknown> {
	const schema = z.toJSONSchema(DefaultPortsExportSchema, { io: 'output', target: 'draft-2020-12' });
	return { ...schema, $id: new URL(DEFAULT_PORTS_EXPORT_PATHS.schema, site).href };
}
