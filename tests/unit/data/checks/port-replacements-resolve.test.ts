import { describe, expect, test } from 'vitest';
import { portReplacementsResolve as check } from '../../../../src/data/checks/port-replacements-resolve.ts';
import { makeDataSet, makePort } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

const retired = (...replacementIds: string[]) => ({
	kind: 'historical' as const,
	replacedBy: 'the port that replaced it',
	replacementIds,
});

describe(check.name, () => {
	test('passes on the minimal valid data set, and on a historical rule replaced by a current one', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
		const raw = makeDataSet({
			ports: [makePort(), makePort({ id: 'old', port: 9999, status: retired('worker-https-9444') })],
		});
		expect(findingsOf(check, raw)).toEqual([]);
	});

	test('reports a replacement that does not exist', () => {
		const raw = makeDataSet({ ports: [makePort({ status: retired('worker-https-9999') })] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/ports.ts',
				'worker-https-9444',
				'status.replacementIds.0',
				'names unknown port rule "worker-https-9999"',
			),
		]);
	});

	test('reports a replacement that is itself historical', () => {
		const raw = makeDataSet({
			ports: [
				makePort({ status: retired() }),
				makePort({ id: 'old', port: 9999, status: retired('worker-https-9444') }),
			],
		});
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/ports.ts',
				'old',
				'status.replacementIds.0',
				'names "worker-https-9444", which is itself historical',
			),
		]);
	});
});
