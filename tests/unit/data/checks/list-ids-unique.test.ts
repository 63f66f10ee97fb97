import { describe, expect, test } from 'vitest';
import { listIdsUnique as check } from '../../../../src/data/checks/list-ids-unique.ts';
import type { RawDataSet } from '../../../../src/data/dataset.ts';
import {
	makeDataSet,
	makeDeploymentPattern,
	makeProduct,
	makeSeparationPattern,
	SOURCE,
} from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

const fact = (id: string) => ({ id, text: 'A fact.', evidence: 'stated' as const, sources: [SOURCE] });
const task = (id: string) => ({ id, title: 'A task', summary: 'A task made up for tests.' });
const role = (id: string) => ({
	id,
	name: id,
	access: 'read-only' as const,
	duties: ['Made up for tests.'],
	exposure: 'internal' as const,
	placement: 'Anywhere.',
	loadsManagementConsole: false,
});

describe(check.name, () => {
	test('passes on the minimal valid data set', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
	});

	test.each([
		[
			'product facts',
			makeDataSet({ products: [makeProduct({ facts: [fact('a'), fact('b'), fact('a')] })] }),
			['content/products/test-product.ts', 'test-product', 'facts.2.id', 'repeats fact id "a"'],
		],
		[
			'separation pattern roles',
			makeDataSet({ separationPatterns: [makeSeparationPattern({ roles: [role('manager'), role('manager')] })] }),
			['content/separation-patterns.ts', 'test-separation', 'roles.1.id', 'repeats role id "manager"'],
		],
		[
			'deployment pattern tasks',
			makeDataSet({ deploymentPatterns: [makeDeploymentPattern({ managerTasks: [task('deploy'), task('deploy')] })] }),
			['content/deployment-patterns/test-pattern.ts', 'test-pattern', 'managerTasks.1.id', 'repeats task id "deploy"'],
		],
	] satisfies [string, RawDataSet, [string, string, string, string]][])(
		'reports a repeated id among %s',
		(_list, raw, [file, recordId, field, reason]) => {
			expect(problemsOf(raw)).toEqual([problem(check, file, recordId, field, reason)]);
		},
	);

	test('allows the same id in lists of two different records', () => {
		const raw = makeDataSet({
			products: [makeProduct({ facts: [fact('a')] }), makeProduct({ id: 'other-product', facts: [fact('a')] })],
		});
		expect(findingsOf(check, raw)).toEqual([]);
	});
});
