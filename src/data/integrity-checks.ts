import { portBounds } from '../core/port-range.ts';
import type { LocatedDataSet } from './dataset.ts';
import type { Located } from './parse-collection.ts';
import { configFactProducts, configSettingsUnambiguous } from './config-integrity-checks.ts';
import { portFlowChecks } from './port-integrity-checks.ts';
import { diffResolutionsReplay, productReferences, versionsOrdered } from './product-integrity-checks.ts';
import { problemAt, type Problem } from './problem.ts';
import { datasourceNamesUnique, patternIdsUnique, patternLinksResolve } from './pattern-integrity-checks.ts';

/**
 * Rules that span records, which no single-record schema can express. Each is small and
 * named so a failing build says which rule broke, and each has its own fixture test.
 */
export interface IntegrityCheck {
	name: string;
	run(data: LocatedDataSet): Problem[];
}

type WithId = { id: string };

/** Reports every id that an earlier record of the same namespace already used. */
function duplicateIds(items: readonly Located<WithId>[], what: string): Problem[] {
	const seen = new Map<string, string>();
	const problems: Problem[] = [];
	for (const item of items) {
		const first = seen.get(item.record.id);
		if (first === undefined) seen.set(item.record.id, item.file);
		else problems.push(problemAt(item, 'id', `duplicates the ${what} id already used in ${first}`));
	}
	return problems;
}

const uniqueIds: IntegrityCheck = {
	name: 'ids are unique',
	run: (data) => [
		...duplicateIds(data.sources, 'source'),
		...duplicateIds(data.separationModes, 'separation mode'),
		...duplicateIds(data.products, 'product'),
		// Ports name roles and endpoints through one field, so the two share a namespace.
		...duplicateIds([...data.nodeRoles, ...data.externalEndpoints], 'node role or endpoint'),
		...duplicateIds(data.ports, 'port'),
		...duplicateIds(data.deploymentPatterns, 'deployment pattern'),
		...duplicateIds(data.separationPatterns, 'separation pattern'),
		...duplicateIds(data.configFacts, 'configuration fact'),
		...duplicateIds(data.datasources, 'datasource'),
		...duplicateIds(data.iotProfiles, 'IoT profile'),
	],
};

const fileNamedAfterId: IntegrityCheck = {
	name: 'one-record files are named after their record',
	run: (data) =>
		[...data.products, ...data.deploymentPatterns]
			.filter((item) => !item.file.endsWith(`/${item.record.id}.ts`))
			.map((item) => problemAt(item, 'id', `must match the file name (expected ${item.record.id}.ts)`)),
};

/** Every place a record cites sources, with the field path to report. */
function citations(data: LocatedDataSet): { item: Located<WithId>; field: string; ids: readonly string[] }[] {
	const out: { item: Located<WithId>; field: string; ids: readonly string[] }[] = [];
	const cite = (items: readonly Located<WithId & { sources: readonly string[] }>[]) => {
		for (const item of items) out.push({ item, field: 'sources', ids: item.record.sources });
	};
	cite(data.products);
	cite(data.nodeRoles);
	cite(data.externalEndpoints);
	cite(data.ports);
	cite(data.deploymentPatterns);
	cite(data.separationPatterns);
	cite(data.configFacts);
	cite(data.datasources);
	for (const item of data.deploymentPatterns) {
		item.record.tiers.forEach((tier, index) => {
			if (tier.profile) out.push({ item, field: `tiers.${index}.profile.sources`, ids: tier.profile.sources });
		});
		item.record.connections.forEach((connection, index) =>
			out.push({ item, field: `connections.${index}.sources`, ids: connection.sources }),
		);
	}
	cite(data.iotProfiles);
	for (const item of data.products) {
		item.record.facts.forEach((fact, index) => out.push({ item, field: `facts.${index}.sources`, ids: fact.sources }));
	}
	for (const item of data.separationPatterns) {
		item.record.benefits.forEach((fact, index) =>
			out.push({ item, field: `benefits.${index}.sources`, ids: fact.sources }),
		);
	}
	return out;
}

const sourcesResolve: IntegrityCheck = {
	name: 'every cited source exists, and every source is cited',
	run: (data) => {
		const known = new Set(data.sources.map((item) => item.record.id));
		const cited = new Set<string>();
		const problems: Problem[] = [];
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

const factIdsUnique: IntegrityCheck = {
	name: 'fact ids are unique within their product',
	run: (data) =>
		data.products.flatMap((item) => {
			const seen = new Set<string>();
			return item.record.facts.flatMap((fact, index) => {
				if (!seen.has(fact.id)) {
					seen.add(fact.id);
					return [];
				}
				return [problemAt(item, `facts.${index}.id`, `repeats fact id "${fact.id}"`)];
			});
		}),
};

/** Problems for every entry whose id an earlier entry of the same list already used. */
function repeatedListIds(item: Located<WithId>, list: readonly WithId[], field: string, what: string): Problem[] {
	const seen = new Set<string>();
	return list.flatMap((entry, index) => {
		if (!seen.has(entry.id)) {
			seen.add(entry.id);
			return [];
		}
		return [problemAt(item, `${field}.${index}.id`, `repeats ${what} id "${entry.id}"`)];
	});
}

const separationPatternIdsUnique: IntegrityCheck = {
	name: 'separation pattern roles and benefits have ids unique within their pattern',
	run: (data) =>
		data.separationPatterns.flatMap((item) => [
			...repeatedListIds(item, item.record.roles, 'roles', 'role'),
			...repeatedListIds(item, item.record.benefits, 'benefits', 'benefit'),
		]),
};

const portReferences: IntegrityCheck = {
	name: 'ports name known roles and endpoints',
	run: (data) => {
		const roles = new Set(data.nodeRoles.map((item) => item.record.id));
		const endpoints = new Set([...roles, ...data.externalEndpoints.map((item) => item.record.id)]);
		return data.ports.flatMap((item) => [
			...(roles.has(item.record.role)
				? []
				: [problemAt(item, 'role', `names unknown node role "${item.record.role}"`)]),
			...item.record.source.flatMap((id, index) =>
				endpoints.has(id) ? [] : [problemAt(item, `source.${index}`, `names unknown role or endpoint "${id}"`)],
			),
			...(endpoints.has(item.record.destination)
				? []
				: [problemAt(item, 'destination', `names unknown role or endpoint "${item.record.destination}"`)]),
		]);
	},
};

const portsDistinct: IntegrityCheck = {
	// Destination is part of the key because a device reaches FCM and APNs on the same 443.
	name: 'no two port rules overlap on the same protocol, direction, role and destination',
	run: (data) => {
		const problems: Problem[] = [];
		data.ports.forEach((item, index) => {
			const [from, to] = portBounds(item.record.port);
			const clash = data.ports.slice(0, index).find(({ record: other }) => {
				const [otherFrom, otherTo] = portBounds(other.port);
				return (
					other.protocol === item.record.protocol &&
					other.direction === item.record.direction &&
					other.role === item.record.role &&
					other.destination === item.record.destination &&
					from <= otherTo &&
					otherFrom <= to
				);
			});
			if (clash)
				problems.push(
					problemAt(
						item,
						'port',
						`overlaps port rule "${clash.record.id}" (same protocol, direction, role and destination)`,
					),
				);
		});
		return problems;
	},
};

const patternReferences: IntegrityCheck = {
	name: 'patterns name known roles, with a load balancer of the right kind',
	run: (data) => {
		const roles = new Map(data.nodeRoles.map((item) => [item.record.id, item.record]));
		return data.deploymentPatterns.flatMap((item) => [
			...item.record.tiers.flatMap((tier, index) =>
				roles.has(tier.role) ? [] : [problemAt(item, `tiers.${index}.role`, `names unknown node role "${tier.role}"`)],
			),
			...(roles.get(item.record.loadBalancer)?.kind === 'load-balancer'
				? []
				: [problemAt(item, 'loadBalancer', `"${item.record.loadBalancer}" is not a node role of kind load-balancer`)]),
		]);
	},
};

/** All checks, in the order their problems are listed. */
export const integrityChecks: readonly IntegrityCheck[] = [
	uniqueIds,
	fileNamedAfterId,
	sourcesResolve,
	productReferences,
	versionsOrdered,
	diffResolutionsReplay,
	factIdsUnique,
	separationPatternIdsUnique,
	portReferences,
	portsDistinct,
	patternReferences,
	configFactProducts,
	configSettingsUnambiguous,
	patternIdsUnique,
	patternLinksResolve,
	datasourceNamesUnique,
	...portFlowChecks,
];
