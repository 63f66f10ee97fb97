import type { AtlasData } from '../../data/dataset.ts';
import type { Port } from '../../schemas/port.ts';
import { formatPort } from '../../core/port-range.ts';
import { portPagePath } from '../shared/paths.ts';

/**
 * The ports reference as downloadable data: JSON with the records and everything they point
 * at, and CSV with one row per port rule for spreadsheets. Both come from the validated data.
 */

/** Bumped when a field is renamed or removed, so scripts reading the export can tell. */
export const EXPORT_FORMAT_VERSION = 1;

export function portsJson(atlas: AtlasData): string {
	const cited = new Set(
		[...atlas.ports, ...atlas.nodeRoles, ...atlas.externalEndpoints, ...atlas.iotProfiles].flatMap(
			(record) => record.sources,
		),
	);
	const document = {
		formatVersion: EXPORT_FORMAT_VERSION,
		description:
			'Network ports of a clustered WSO2 IoT Server, from Cluster Atlas. Direction is seen from "role", the node whose firewall carries the rule; "source" and "destination" are node role or external endpoint ids.',
		ports: atlas.ports.map((port) => ({ ...port, page: portPagePath(port.id) })),
		nodeRoles: atlas.nodeRoles,
		externalEndpoints: atlas.externalEndpoints,
		iotProfiles: atlas.iotProfiles,
		sources: atlas.sources.filter((source) => cited.has(source.id)),
	};
	return `${JSON.stringify(document, null, '\t')}\n`;
}

const CSV_COLUMNS: readonly [header: string, value: (port: Port) => string][] = [
	['id', (port) => port.id],
	['port', (port) => formatPort(port.port)],
	['protocol', (port) => port.protocol],
	['direction', (port) => port.direction],
	['role', (port) => port.role],
	['source', (port) => port.source.join(' ')],
	['destination', (port) => port.destination],
	['service', (port) => port.service],
	['purpose', (port) => port.purpose],
	['requirement', (port) => port.requirement.kind],
	['condition', (port) => (port.requirement.kind === 'conditional' ? port.requirement.condition : '')],
	['status', (port) => port.status.kind],
	['retired_on', (port) => (port.status.kind === 'historical' ? (port.status.retiredOn ?? '') : '')],
	['replaced_by', (port) => (port.status.kind === 'historical' ? port.status.replacedBy : '')],
	['evidence', (port) => port.evidence],
	['derivation', (port) => port.derivation ?? ''],
	['profile', (port) => port.carbonListener?.profile ?? ''],
	['default_port', (port) => (port.carbonListener ? String(port.carbonListener.defaultPort) : '')],
	['offset_applies', (port) => (port.carbonListener ? String(port.carbonListener.offsetApplies) : '')],
	['sources', (port) => port.sources.join(' ')],
	['page', (port) => portPagePath(port.id)],
];

/**
 * One CSV cell (RFC 4180). A cell that a spreadsheet would run as a formula gets a leading
 * apostrophe, so opening the file never executes anything.
 */
export function csvCell(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function portsCsv(ports: readonly Port[]): string {
	const rows = [
		CSV_COLUMNS.map(([header]) => header),
		...ports.map((port) => CSV_COLUMNS.map(([, value]) => value(port))),
	];
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
