import { describe, expect, test } from 'vitest';
import { idsUnique as check } from '../../../../src/data/checks/ids-unique.ts';
import { makeDataSet, makeExternalEndpoint, makeSource } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

describe(check.name, () => {
	test('passes on the minimal valid data set', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
	});

	test('reports the second record of a collection that repeats an id', () => {
		const raw = makeDataSet({ sources: [makeSource(), makeSource({ title: 'The same id again' })] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/sources.ts',
				'test-source',
				'id',
				'duplicates the source id already used in content/sources.ts',
			),
		]);
	});

	test('treats node roles and external endpoints as one namespace, since ports name both through one field', () => {
		const raw = makeDataSet({ externalEndpoints: [makeExternalEndpoint(), makeExternalEndpoint({ id: 'worker' })] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/external-endpoints.ts',
				'worker',
				'id',
				'duplicates the node role or endpoint id already used in content/node-roles.ts',
			),
		]);
	});
});
