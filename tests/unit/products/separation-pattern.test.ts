import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import { patternById, WORKER_MANAGER_PATTERN_ID } from '../../../src/lib/products/separation-pattern.ts';

const pattern = patternById(atlas.separationPatterns, WORKER_MANAGER_PATTERN_ID);
const role = (id: string) => pattern.roles.find((candidate) => candidate.id === id);

describe('the worker/manager pattern, as the seed describes it', () => {
	test('management nodes are read-write, may sit behind an internal firewall, and load the console', () => {
		expect(role('manager')).toMatchObject({ access: 'read-write', exposure: 'internal', loadsManagementConsole: true });
	});

	test('workers are read-only, the only nodes exposed externally, and load no user interface', () => {
		expect(role('worker')).toMatchObject({ access: 'read-only', exposure: 'external', loadsManagementConsole: false });
	});

	test('gives the seed’s reasons: separation of concerns, security and memory', () => {
		expect(pattern.benefits.map((benefit) => benefit.id)).toEqual(['separation-of-concerns', 'security', 'memory']);
		for (const benefit of pattern.benefits) expect(benefit.sources).toContain('seed-worker-manager');
	});

	test('patternById fails loudly for a missing pattern', () => {
		expect(() => patternById(atlas.separationPatterns, 'active-passive')).toThrow(/No separation pattern/);
	});
});
