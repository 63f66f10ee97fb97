import type { IotProfile } from '../../schemas/iot-profile.ts';
import type { Port } from '../../schemas/port.ts';

/**
 * Carbon's port offset, worked out for several profiles sharing one host. Each Carbon server
 * adds the `<Offset>` of its carbon.xml to every port it opens, except the few ports the
 * offset leaves alone (Hazelcast's localMemberPort); two servers on one host collide when
 * they end up on the same number.
 */

/** A port a profile opens, before any offset. */
export interface ProfileListener {
	/** The port rule it comes from, for links. */
	ruleId: string;
	service: string;
	defaultPort: number;
	offsetApplies: boolean;
	/** Set when the port is only opened in some set-ups. */
	condition?: string;
}

export interface ProfileCatalogEntry {
	id: string;
	name: string;
	shippedOffset: number;
	listeners: ProfileListener[];
}

/** Each profile with the ports it opens, taken from the port rules that name it. */
export function profileCatalog(profiles: readonly IotProfile[], ports: readonly Port[]): ProfileCatalogEntry[] {
	return profiles.map((profile) => ({
		id: profile.id,
		name: profile.name,
		shippedOffset: profile.offset,
		listeners: ports.flatMap((port) =>
			port.carbonListener?.profile === profile.id
				? [
						{
							ruleId: port.id,
							service: port.service,
							defaultPort: port.carbonListener.defaultPort,
							offsetApplies: port.carbonListener.offsetApplies,
							...(port.requirement.kind === 'conditional' ? { condition: port.requirement.condition } : {}),
						},
					]
				: [],
		),
	}));
}

/** One server on the host: which profile, started with which offset. */
export interface Placement {
	profileId: string;
	offset: number;
}

export interface ResolvedPort extends ProfileListener {
	/** Position of the placement it belongs to. */
	placement: number;
	profileId: string;
	port: number;
	/** True when the offset pushes the port past 65535. */
	outOfRange: boolean;
}

export interface Collision {
	port: number;
	/** Every resolved port on that number, two or more, from different placements. */
	entries: ResolvedPort[];
}

export interface HostLayout {
	ports: ResolvedPort[];
	collisions: Collision[];
}

export const MAX_PORT = 65535;

/** The ports every placement opens with its offset, and where two of them meet. */
export function layoutHost(placements: readonly Placement[], catalog: readonly ProfileCatalogEntry[]): HostLayout {
	const byId = new Map(catalog.map((entry) => [entry.id, entry]));
	const ports = placements.flatMap((placement, index) =>
		(byId.get(placement.profileId)?.listeners ?? []).map((listener): ResolvedPort => {
			const port = listener.defaultPort + (listener.offsetApplies ? placement.offset : 0);
			return { ...listener, placement: index, profileId: placement.profileId, port, outOfRange: port > MAX_PORT };
		}),
	);
	const byPort = new Map<number, ResolvedPort[]>();
	for (const entry of ports) byPort.set(entry.port, [...(byPort.get(entry.port) ?? []), entry]);
	const collisions = [...byPort.entries()]
		.filter(([, entries]) => new Set(entries.map((entry) => entry.placement)).size > 1)
		.map(([port, entries]) => ({ port, entries }))
		.sort((a, b) => a.port - b.port);
	return { ports, collisions };
}

/**
 * The smallest offset for one placement that keeps all its offset-aware ports clear of the
 * other placements' ports and within range; undefined when none exists below `limit`.
 * Ports the offset does not move cannot be cleared this way and are left out of the search.
 */
export function freeOffset(
	placements: readonly Placement[],
	index: number,
	catalog: readonly ProfileCatalogEntry[],
	limit = 1000,
): number | undefined {
	const target = placements[index];
	const listeners = catalog.find((entry) => entry.id === target?.profileId)?.listeners ?? [];
	const others = new Set(
		layoutHost(placements, catalog)
			.ports.filter((entry) => entry.placement !== index)
			.map((entry) => entry.port),
	);
	const movable = listeners.filter((listener) => listener.offsetApplies);
	for (let offset = 0; offset < limit; offset += 1) {
		const clear = movable.every((listener) => {
			const port = listener.defaultPort + offset;
			return port <= MAX_PORT && !others.has(port);
		});
		if (clear) return offset;
	}
	return undefined;
}

/** Reads an offset typed by a person: a whole number from 0 up; otherwise the reason. */
export function parseOffset(text: string): { offset: number } | { error: string } {
	const trimmed = text.trim();
	if (!/^\d{1,5}$/.test(trimmed)) return { error: 'Enter a whole number of 0 or more, such as 1.' };
	const offset = Number(trimmed);
	if (offset > MAX_PORT - 1) return { error: `Enter an offset below ${MAX_PORT}.` };
	return { offset };
}

/**
 * Placements written in a URL as "profile:offset" pairs joined by commas, e.g.
 * "device-manager-backend:1,key-manager:4". Unknown profiles and bad offsets are skipped and
 * reported, so a shared link never breaks the page.
 */
export function parsePlacements(
	text: string,
	catalog: readonly ProfileCatalogEntry[],
): { placements: Placement[]; problems: { item: string; reason: string }[] } {
	const known = new Set(catalog.map((entry) => entry.id));
	const placements: Placement[] = [];
	const problems: { item: string; reason: string }[] = [];
	for (const raw of text.split(',').filter((part) => part.trim() !== '')) {
		const item = raw.trim();
		const [profileId = '', offsetText = '', ...rest] = item.split(':');
		const parsed = parseOffset(offsetText);
		if (!known.has(profileId)) problems.push({ item, reason: 'names no known profile' });
		else if (rest.length > 0 || 'error' in parsed) problems.push({ item, reason: 'has no valid offset' });
		else placements.push({ profileId, offset: parsed.offset });
	}
	return { placements, problems };
}

/** The inverse of parsePlacements. */
export function formatPlacements(placements: readonly Placement[]): string {
	return placements.map(({ profileId, offset }) => `${profileId}:${offset}`).join(',');
}
