import { z } from 'astro/zod';
import type { AtlasData } from '../../data/dataset.ts';
import type { Port } from '../../schemas/port.ts';
import { PortsExportSchema, type PortsExport } from '../../schemas/ports-export.ts';
import { formatPort } from '../../core/port-range.ts';
import { toCsv } from '../shared/csv.ts';
import { DEFAULT_PORTS_PATH, portPagePath, PORTS_EXPORT_PATHS } from '../shared/paths.ts';
import { byPortNumber, catalogueEntries, type CatalogueEntry } from './catalogue.ts';
import { buildDefaultPortsExport } from './default-ports-export.ts';

/**
 * The ports reference as downloadable data: ports.json (with its JSON Schema, generated from the
 * zod schema the document is checked against) holding the IoT Server pattern's rules with
 * everything they point at and every product's default ports; ports.csv with one row per rule
 * and one per default port, for spreadsheets. All of it comes from the validated data.
 */

/** Bumped when a field is renamed or removed, so scripts reading the export can tell. */
const EXPORT_FORMAT_VERSION = 1;

type ExportInput = Pick<
	AtlasData,
	'ports' | 'nodeRoles' | 'externalEndpoints' | 'iotProfiles' | 'sources' | 'carbonPorts' | 'sharedPorts' | 'products'
>;

export function buildPortsExport(atlas: ExportInput, site: URL): PortsExport {
	const defaultPorts = buildDefaultPortsExport(atlas, site).ports;
	const cited = new Set(
		[...atlas.ports, ...atlas.nodeRoles, ...atlas.externalEndpoints, ...atlas.iotProfiles, ...defaultPorts].flatMap(
			(record) => record.sources,
		),
	);
	// Parsed on the way out, so a field the schema does not describe stops the build, not a reader's script.
	return PortsExportSchema.parse({
		$schema: new URL(PORTS_EXPORT_PATHS.schema, site).href,
		formatVersion: EXPORT_FORMAT_VERSION,
		description:
			'Network ports of clustered WSO2 products, from Cluster Atlas. "ports" are the flows of the IoT Server high-availability pattern: direction is seen from "role", the node whose firewall carries the rule; "source" and "destination" are node role or external endpoint ids. "defaultPorts" are the ports every WSO2 product opens by default, with the products that open them.',
		ports: atlas.ports.map((port) => ({ ...port, page: portPagePath(port.id) })),
		nodeRoles: atlas.nodeRoles,
		externalEndpoints: atlas.externalEndpoints,
		iotProfiles: atlas.iotProfiles,
		defaultPorts,
		sources: atlas.sources.filter((source) => cited.has(source.id)),
	});
}

export function portsJson(atlas: ExportInput, site: URL): string {
	return `${JSON.stringify(buildPortsExport(atlas, site), null, '\t')}\n`;
}

/** The JSON Schema (draft 2020-12) of ports.json, identified by its own address. */
export function portsJsonSchema(site: URL): Record<string, unknown> {
	const schema = z.toJSONSchema(PortsExportSchema, { io: 'output', target: 'draft-2020-12' });
	return { ...schema, $id: new URL(PORTS_EXPORT_PATHS.schema, site).href };
}

/** Which kind of record a row of ports.csv is. */
const RECORD_KIND = { rule: 'pattern-rule', defaultPort: 'default-port' } as const;

const CSV_HEADER = [
	'record',
	'id',
	'port',
	'protocol',
	'direction',
	'role',
	'source',
	'destination',
	'service',
	'purpose',
	'requirement',
	'condition',
	'status',
	'retired_on',
	'replaced_by',
	'evidence',
	'derivation',
	'profile',
	'default_port',
	'offset_applies',
	'offset_note',
	'use',
	'scheme',
	'products',
	'sources',
	'page',
] as const;

type CsvRow = Partial<Record<(typeof CSV_HEADER)[number], string>>;

function ruleRow(port: Port): CsvRow {
	return {
		record: RECORD_KIND.rule,
		id: port.id,
		port: formatPort(port.port),
		protocol: port.protocol,
		direction: port.direction,
		role: port.role,
		source: port.source.join(' '),
		destination: port.destination,
		service: port.service,
		purpose: port.purpose,
		requirement: port.requirement.kind,
		condition: port.requirement.kind === 'conditional' ? port.requirement.condition : '',
		status: port.status.kind,
		retired_on: port.status.kind === 'historical' ? (port.status.retiredOn ?? '') : '',
		replaced_by: port.status.kind === 'historical' ? port.status.replacedBy : '',
		evidence: port.evidence,
		derivation: port.derivation ?? '',
		profile: port.carbonListener?.profile ?? '',
		default_port: port.carbonListener ? String(port.carbonListener.defaultPort) : '',
		offset_applies: port.carbonListener ? String(port.carbonListener.offsetApplies) : '',
		sources: port.sources.join(' '),
		page: portPagePath(port.id),
	};
}

function defaultPortRow(entry: CatalogueEntry): CsvRow {
	const { port } = entry;
	return {
		record: RECORD_KIND.defaultPort,
		id: port.id,
		port: String(port.port),
		protocol: port.protocol,
		direction: 'inbound',
		service: port.service,
		purpose: port.purpose,
		evidence: port.evidence,
		derivation: port.derivation ?? '',
		offset_applies: String(port.offsetApplies),
		offset_note: port.offsetNote ?? '',
		use: port.use,
		scheme: port.scheme ?? '',
		products: entry.productIds.join(' '),
		sources: port.sources.join(' '),
		page: `${DEFAULT_PORTS_PATH}#${port.id}`,
	};
}

/** ports.csv: the pattern's rules in data order, then every default port by number ("record" tells them apart). */
export function portsCsv(atlas: Pick<ExportInput, 'ports' | 'carbonPorts' | 'sharedPorts' | 'products'>): string {
	const rows = [...atlas.ports.map(ruleRow), ...catalogueEntries(atlas).sort(byPortNumber).map(defaultPortRow)];
	return toCsv(
		[...CSV_HEADER],
		rows.map((row) => CSV_HEADER.map((column) => row[column] ?? '')),
	);
}
