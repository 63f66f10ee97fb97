import { describe, expect, test } from 'vitest';
import { portsDistinct as check } from '../../../../src/data/checks/ports-distinct.ts';
import { makeDataSet, makePort } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

describe(check.name, () => {
	test('passes on the minimal valid data set', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
	});

	test('reports a range overlapping a rule for the same protocol, direction, role and destination', () => {
		const raw = makeDataSet({ ports: [makePort(), makePort({ id: 'worker-range', port: { from: 9440, to: 9450 } })] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/ports.ts',
				'worker-range',
				'port',
				'overlaps port rule "worker-https-9444" (same protocol, direction, role and destination)',
			),
		]);
	});

	test('allows one port for two protocols, and ranges that only touch', () => {
		const raw = makeDataSet({
			ports: [
				makePort(),
				makePort({ id: 'worker-udp-9444', protocol: 'udp' }),
				makePort({ id: 'worker-range', port: { from: 9445, to: 9450 } }),
			],
		});
		expect(findingsOf(check, raw)).toEqual([]);
	});
});
