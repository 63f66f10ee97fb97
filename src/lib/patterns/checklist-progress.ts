/**
 * What a checklist keeps in browser storage, and how a stored value is read back. Storage is
 * shared with every other script on the origin and with older builds of this site, so
 * nothing read from it is trusted: a value is accepted only when it has exactly the shape
 * written here, and anything else is reported so the page can reset it and say so.
 */

/** Bumped when the stored shape changes; a value of another version counts as foreign. */
export const PROGRESS_VERSION = 1;

const KEY_PREFIX = 'cluster-atlas:checklist:';

/** The storage key of one checklist. */
export function progressKey(checklistId: string): string {
	return `${KEY_PREFIX}${checklistId}`;
}

/** Why a stored value was not used as it stood. */
export type ProgressProblem =
	/** Not JSON at all. */
	| { kind: 'corrupted' }
	/** JSON, but not a value this site writes (another shape, or another version). */
	| { kind: 'foreign' }
	/** Our shape, but some ticks name items this checklist no longer has; they were dropped. */
	| { kind: 'stale'; dropped: number };

export interface ReadProgress {
	/** Ids of ticked items, in checklist order. */
	checked: string[];
	problem?: ProgressProblem;
}

function isStoredShape(value: unknown): value is { version: number; checked: unknown[] } {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		(value as { version?: unknown }).version === PROGRESS_VERSION &&
		Array.isArray((value as { checked?: unknown }).checked)
	);
}

/**
 * Reads a stored value against the ids the checklist has now. `null` (nothing stored) is an
 * empty checklist with no problem.
 */
export function readProgress(raw: string | null, itemIds: readonly string[]): ReadProgress {
	if (raw === null) return { checked: [] };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { checked: [], problem: { kind: 'corrupted' } };
	}
	if (!isStoredShape(value) || !value.checked.every((id) => typeof id === 'string')) {
		return { checked: [], problem: { kind: 'foreign' } };
	}
	const stored = new Set(value.checked as string[]);
	const checked = itemIds.filter((id) => stored.has(id));
	const dropped = stored.size - checked.length;
	return dropped > 0 ? { checked, problem: { kind: 'stale', dropped } } : { checked };
}

/** The value to store for a set of ticked ids, in checklist order, so equal states store equal text. */
export function writeProgress(checked: Iterable<string>, itemIds: readonly string[]): string {
	const ticked = new Set(checked);
	return JSON.stringify({ version: PROGRESS_VERSION, checked: itemIds.filter((id) => ticked.has(id)) });
}

/** The notice shown when a stored value had to be reset or trimmed. */
export function describeProblem(problem: ProgressProblem): string {
	switch (problem.kind) {
		case 'corrupted':
			return 'Saved progress for this checklist was damaged and could not be read, so it has been reset.';
		case 'foreign':
			return 'Saved progress for this checklist was not in a form this site writes, so it has been reset.';
		case 'stale':
			return problem.dropped === 1
				? 'One saved tick named an item this checklist no longer has; it has been removed.'
				: `${problem.dropped} saved ticks named items this checklist no longer has; they have been removed.`;
	}
}

/** "3 of 12 done". */
export function progressText(done: number, total: number): string {
	return `${done} of ${total} done`;
}
