import { describe, expect, test } from 'vitest';
import { makeDataSet } from '../../fixtures/factories.ts';
import { problemsOf } from './support.ts';

describe('the minimal data set the check tests start from', () => {
	test('passes its schemas and every check', () => {
		expect(problemsOf(makeDataSet())).toEqual([]);
	});
});
