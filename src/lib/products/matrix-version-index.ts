import { compareVersions, majorOf, newestFirst } from '../../core/versions.ts';

/** One version number and every product that lists it. */
export interface VersionEntry {
	version: string;
	/** Ids of the products that list the version, in the order the products were given. */
	productIds: string[];
}

/** A product as far as version look-ups care. */
export interface Versioned {
	id: string;
	versions: readonly { version: string }[];
}

/**
 * Every distinct version across the products, newest first as versions, with the products
 * listing each: the options of a version filter, and the answer to "who has 4.9.0?".
 */
export function versionIndex(products: readonly Versioned[]): VersionEntry[] {
	const byVersion = new Map<string, string[]>();
	for (const product of products) {
		for (const { version } of product.versions) {
			const ids = byVersion.get(version) ?? [];
			if (!ids.includes(product.id)) ids.push(product.id);
			byVersion.set(version, ids);
		}
	}
	return newestFirst([...byVersion.keys()]).map((version) => ({ version, productIds: byVersion.get(version) ?? [] }));
}

/** Entries grouped by major version (5.x, 4.x, …), keeping their order; for option groups. */
export function groupByMajor(entries: readonly VersionEntry[]): { major: number; entries: VersionEntry[] }[] {
	const groups: { major: number; entries: VersionEntry[] }[] = [];
	for (const entry of entries) {
		const major = majorOf(entry.version);
		const last = groups.at(-1);
		if (last?.major === major) last.entries.push(entry);
		else groups.push({ major, entries: [entry] });
	}
	return groups;
}

/**
 * The closest listed versions below and above `version`, compared as versions, so a reader
 * who asks for an unlisted 4.9.1 learns that 4.9.0 and 5.0.0 are the neighbours.
 */
export function nearestVersions(version: string, known: readonly string[]): { older?: string; newer?: string } {
	let older: string | undefined;
	let newer: string | undefined;
	for (const candidate of known) {
		const order = compareVersions(candidate, version);
		if (order < 0 && (older === undefined || compareVersions(candidate, older) > 0)) older = candidate;
		if (order > 0 && (newer === undefined || compareVersions(candidate, newer) < 0)) newer = candidate;
	}
	return { ...(older === undefined ? {} : { older }), ...(newer === undefined ? {} : { newer }) };
}
