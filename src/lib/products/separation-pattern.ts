import type { SeparationPattern } from '../../schemas/separation-pattern.ts';

/** Id of the pattern the matrix is about (content/separation-patterns.ts). */
export const WORKER_MANAGER_PATTERN_ID = 'worker-manager';

/** The pattern with `id`; throws when it is missing, because the pages cannot do without it. */
export function patternById(patterns: readonly SeparationPattern[], id: string): SeparationPattern {
	const pattern = patterns.find((candidate) => candidate.id === id);
	if (pattern === undefined) throw new Error(`No separation pattern "${id}" in content/separation-patterns.ts`);
	return pattern;
}

/** Words for a role's access mode. */
export function accessLabel(access: 'read-write' | 'read-only'): string {
	return access === 'read-write' ? 'Read-write' : 'Read-only';
}

/** Words for who a role is exposed to. */
export function exposureLabel(exposure: 'internal' | 'external'): string {
	return exposure === 'internal' ? 'Internal clients only' : 'External clients';
}
