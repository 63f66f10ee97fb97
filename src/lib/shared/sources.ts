import type { AtlasData } from '../../data/dataset.ts';

/** How many records cite each source id (a record citing a source twice counts once). */
export function citationCounts(data: AtlasData): Map<string, number> {
	const counts = new Map<string, number>();
	const records: {
		sources: readonly string[];
		facts?: readonly { sources: readonly string[] }[];
		benefits?: readonly { sources: readonly string[] }[];
	}[] = [
		...data.products,
		...data.nodeRoles,
		...data.externalEndpoints,
		...data.ports,
		...data.deploymentPatterns.map((pattern) => ({
			sources: pattern.sources,
			facts: [...pattern.tiers.flatMap((tier) => (tier.profile ? [tier.profile] : [])), ...pattern.connections],
		})),
		...data.datasources,
		...data.separationPatterns,
		...data.configFacts,
		...data.iotProfiles,
		...data.sessionAffinity,
	];
	for (const record of records) {
		const facts = [...(record.facts ?? []), ...(record.benefits ?? [])];
		const cited = new Set([...record.sources, ...facts.flatMap((fact) => fact.sources)]);
		for (const id of cited) counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return counts;
}
