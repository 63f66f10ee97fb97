import type { Located } from '../located.ts';
import { problemAt, type Finding } from '../problem.ts';

/**
 * Predicates several checks share, written once so the same rule reads and reports the same
 * way wherever it applies.
 */

type WithId = { id: string };

/** Every position whose key an earlier position already had, with that earlier position. */
export function repeatedKeys(keys: readonly string[]): { index: number; first: number }[] {
	const firstAt = new Map<string, number>();
	const repeats: { index: number; first: number }[] = [];
	keys.forEach((key, index) => {
		const first = firstAt.get(key);
		if (first === undefined) firstAt.set(key, index);
		else repeats.push({ index, first });
	});
	return repeats;
}

/** Findings for every entry of a list inside one record whose id an earlier entry already used. */
export function repeatedIdsWithin(
	item: Located<WithId>,
	list: readonly WithId[],
	field: string,
	what: string,
): Finding[] {
	return repeatedKeys(list.map((entry) => entry.id)).map(({ index }) =>
		problemAt(item, `${field}.${index}.id`, `repeats ${what} id "${list[index]!.id}"`),
	);
}

/** The ids of a collection's records. */
export function idsOf(items: readonly Located<WithId>[]): Set<string> {
	return new Set(items.map((item) => item.record.id));
}

/** A collection's records by id. */
export function byId<T extends WithId>(items: readonly Located<T>[]): Map<string, T> {
	return new Map(items.map((item) => [item.record.id, item.record]));
}

/** A finding when `id` is not among the `known` ids of `what` (e.g. "node role"), else none. */
export function unknownReference(
	item: Located<WithId>,
	field: string,
	id: string,
	known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
	what: string,
): Finding[] {
	return known.has(id) ? [] : [problemAt(item, field, `names unknown ${what} "${id}"`)];
}

/** A finding when `id` is not a node role of the given kind (unknown roles included), else none. */
export function notRoleOfKind(
	item: Located<WithId>,
	field: string,
	id: string,
	roles: ReadonlyMap<string, { kind: string }>,
	kind: string,
): Finding[] {
	return roles.get(id)?.kind === kind ? [] : [problemAt(item, field, `"${id}" is not a node role of kind ${kind}`)];
}
