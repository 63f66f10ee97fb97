import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { IntegrityCheck } from '../../../../src/data/checks/check.ts';
import { integrityChecks } from '../../../../src/data/checks/index.ts';

/** Files in src/data/checks/ that hold no check: the type, the shared predicates and this list. */
const NOT_CHECKS = ['check.ts', 'index.ts', 'predicates.ts'];
const checksFolder = new URL('../../../../src/data/checks/', import.meta.url);
const checkFiles = readdirSync(checksFolder).filter((file) => file.endsWith('.ts') && !NOT_CHECKS.includes(file));

describe('the list of integrity checks', () => {
	test('names each check once', () => {
		const names = integrityChecks.map((check) => check.name);
		expect(new Set(names).size).toBe(names.length);
	});

	test.each(checkFiles)('runs the check in %s, named after its file, with a sibling test', async (file) => {
		const module = (await import(new URL(file, checksFolder).href)) as Record<string, IntegrityCheck>;
		const exported = Object.values(module);
		expect(exported).toHaveLength(1);
		const check = exported[0]!;
		expect(check.name).toBe(file.replace(/\.ts$/, ''));
		expect(check.description).not.toBe('');
		expect(integrityChecks).toContain(check);
		expect(existsSync(new URL(`${check.name}.test.ts`, import.meta.url))).toBe(true);
	});

	test('lists exactly the checks the folder holds', () => {
		expect(integrityChecks.map((check) => `${check.name}.ts`).sort()).toEqual([...checkFiles].sort());
	});
});
