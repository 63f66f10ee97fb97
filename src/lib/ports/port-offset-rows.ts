import { layoutHost, parseOffset, type HostRow, type Placement, type ProfileCatalogEntry } from './port-offset.ts';

/**
 * The offset calculator's results as rows and sentences, shared by the server render and the
 * browser, so both say exactly the same thing.
 */

export interface LayoutRow {
	server: string;
	service: string;
	defaultPort: number;
	port: number;
	offsetApplies: boolean;
	/** Servers on the same port, when it collides. */
	collidesWith: string[];
	outOfRange: boolean;
	condition?: string;
	ruleId: string;
}

interface LayoutView {
	rows: LayoutRow[];
	/** One sentence per problem; empty when the host is fine. */
	warnings: string[];
	summary: string;
}

/** "Key Manager (offset 4)", numbered when a profile runs more than once. */
export function serverLabels(placements: readonly Placement[], catalog: readonly ProfileCatalogEntry[]): string[] {
	const name = (id: string) => catalog.find((entry) => entry.id === id)?.name ?? id;
	const totals = new Map<string, number>();
	for (const { profileId } of placements) totals.set(profileId, (totals.get(profileId) ?? 0) + 1);
	const seen = new Map<string, number>();
	return placements.map(({ profileId, offset }) => {
		const nth = (seen.get(profileId) ?? 0) + 1;
		seen.set(profileId, nth);
		const number = (totals.get(profileId) ?? 0) > 1 ? ` #${nth}` : '';
		return `${name(profileId)}${number} (offset ${offset})`;
	});
}

function list(items: readonly string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function describeLayout(placements: readonly Placement[], catalog: readonly ProfileCatalogEntry[]): LayoutView {
	const labels = serverLabels(placements, catalog);
	const { ports, collisions } = layoutHost(placements, catalog);
	const clashing = new Map(collisions.map((collision) => [collision.port, collision]));
	const rows = ports.map((entry): LayoutRow => {
		const collision = clashing.get(entry.port);
		const others = (collision?.entries ?? []).filter((other) => other.placement !== entry.placement);
		return {
			server: labels[entry.placement] ?? '',
			service: entry.service,
			defaultPort: entry.defaultPort,
			port: entry.port,
			offsetApplies: entry.offsetApplies,
			collidesWith: [...new Set(others.map((other) => labels[other.placement] ?? ''))],
			outOfRange: entry.outOfRange,
			ruleId: entry.ruleId,
			...(entry.condition === undefined ? {} : { condition: entry.condition }),
		};
	});
	const warnings = [
		...collisions.map((collision) => {
			const servers = [...new Set(collision.entries.map((entry) => labels[entry.placement] ?? ''))];
			const fixed = collision.entries.filter((entry) => !entry.offsetApplies);
			const conditional = collision.entries.every((entry) => entry.condition !== undefined);
			// A catalogued service names the setting that fixes its port, e.g. "Hazelcast multicast (mcastPort)";
			// the IoT pattern's only fixed port is Hazelcast's member port.
			const settings = [...new Set(fixed.map((entry) => /\((\w+)\)$/.exec(entry.service)?.[1] ?? 'localMemberPort'))];
			const advice =
				fixed.length > 0
					? `The offset does not move this port: give each server its own ${list(settings)} in its configuration.`
					: 'Give one of them a different offset.';
			const when = conditional ? ' This matters only when the port is in use (see its condition).' : '';
			return `Port ${collision.port} is used by ${list(servers)}. ${advice}${when}`;
		}),
		...ports
			.filter((entry) => entry.outOfRange)
			.map(
				(entry) =>
					`${labels[entry.placement]}: ${entry.service} would need port ${entry.port}, above 65535. Use a smaller offset.`,
			),
	];
	const summary =
		placements.length === 0
			? 'Add a server to see its ports.'
			: warnings.length === 0
				? `${placements.length} server${placements.length === 1 ? '' : 's'}, ${ports.length} ports, no collisions.`
				: `${placements.length} server${placements.length === 1 ? '' : 's'}, ${ports.length} ports: ${collisions.length} collision${collisions.length === 1 ? '' : 's'}${ports.some((entry) => entry.outOfRange) ? ' and ports out of range' : ''}.`;
	return { rows, warnings, summary };
}

/**
 * The calculator's view of the rows as typed. Rows whose offset is not valid sit out of the
 * layout, and the summary says the result is incomplete until they are fixed, so a server
 * with a mistyped offset never reads as "no collisions".
 */
export function describeRows(
	rows: readonly HostRow[],
	catalog: readonly ProfileCatalogEntry[],
): LayoutView & { invalidServers: number[] } {
	const placements: Placement[] = [];
	const invalidServers: number[] = [];
	rows.forEach((row, index) => {
		const parsed = parseOffset(row.offsetText);
		if ('offset' in parsed) placements.push({ profileId: row.profileId, offset: parsed.offset });
		else invalidServers.push(index + 1);
	});
	const view = describeLayout(placements, catalog);
	if (invalidServers.length === 0) return { ...view, invalidServers };
	const many = invalidServers.length > 1;
	const servers = `server${many ? 's' : ''} ${list(invalidServers.map(String))}`;
	const rest =
		placements.length === 0
			? 'No other server to count.'
			: `Counting the other ${placements.length === 1 ? 'server' : `${placements.length} servers`}: ${view.summary}`;
	return {
		...view,
		summary: `Incomplete: the offset of ${servers} ${many ? 'are' : 'is'} not valid, so ${many ? 'their' : 'its'} ports are left out until fixed. ${rest}`,
		invalidServers,
	};
}
