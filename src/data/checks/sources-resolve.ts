import { collectionNames } from '../collections.ts';
import type { LocatedDataSet } from '../dataset.ts';
import type { Located } from '../located.ts';
import { problemAt, type Finding } from '../problem.ts';
import type { IntegrityCheck } from './check.ts';

type Citation = { item: Located<{ id: string }>; field: string; ids: readonly string[] };

/** Every place a record cites sources, with the field path to report. */
function citations(data: LocatedDataSet): Citation[] {
	const out: Citation[] = [];
	// Every collection whose records carry `sources` cites through it; sources themselves do not.
	for (const name of collectionNames) {
		for (const item of data[name] as Located<{ id: string; sources?: readonly string[] }>[]) {
			if (item.record.sources !== undefined) out.push({ item, field: 'sources', ids: item.record.sources });
		}
	}
	for (const item of data.deploymentPatterns) {
		item.record.tiers.forEach((tier, index) => {
			if (tier.profile) out.push({ item, field: `tiers.${index}.profile.sources`, ids: tier.profile.sources });
		});
		item.record.connections.forEach((connection, index) =>
			out.push({ item, field: `connections.${index}.sources`, ids: connection.sources }),
		);
		item.record.setupSteps.forEach((step, index) =>
			out.push({ item, field: `setupSteps.${index}.sources`, ids: step.sources }),
		);
	}
	for (const item of data.externalEndpoints) {
		const older = item.record.olderGuidance;
		if (older) out.push({ item, field: 'olderGuidance.sources', ids: older.sources });
	}
	for (const item of data.products) {
		item.record.facts.forEach((fact, index) => out.push({ item, field: `facts.${index}.sources`, ids: fact.sources }));
		item.record.ports.forEach((port, index) => out.push({ item, field: `ports.${index}.sources`, ids: port.sources }));
	}
	for (const item of data.separationPatterns) {
		item.record.benefits.forEach((fact, index) =>
			out.push({ item, field: `benefits.${index}.sources`, ids: fact.sources }),
		);
	}
	return out;
}

export const sourcesResolve: IntegrityCheck = {
	name: 'sources-resolve',
	description: 'every cited source exists, and every source is cited',
	run: (data) => {
		const known = new Set(data.sources.map((item) => item.record.id));
		const cited = new Set<string>();
		const problems: Finding[] = [];
		for (const { item, field, ids } of citations(data)) {
			ids.forEach((id, index) => {
				cited.add(id);
				if (!known.has(id)) problems.push(problemAt(item, `${field}.${index}`, `cites unknown source "${id}"`));
			});
		}
		// A record that failed its schema is missing, so its citations are too: only call a
		// source unused when every record was read.
		if (data.complete) {
			for (const item of data.sources) {
				if (!cited.has(item.record.id)) problems.push(problemAt(item, 'id', 'is cited by no record'));
			}
		}
		return problems;
	},
};
