import { describe, expect, test } from 'vitest';
import { portReferences as check } from '../../../../src/data/checks/port-references.ts';
import { BACKEND_LISTENER, makeDataSet, makePort } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

const PORTS = 'content/ports.ts';
const PORT = 'worker-https-9444';

describe(check.name, () => {
	test('passes on the minimal valid data set', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
	});

	test('reports a rule on an unknown node role', () => {
		const raw = makeDataSet({ ports: [makePort({ role: 'gateway', destination: 'gateway' })] });
		expect(problemsOf(raw)).toEqual([
			problem(check, PORTS, PORT, 'role', 'names unknown node role "gateway"'),
			problem(check, PORTS, PORT, 'destination', 'names unknown role or endpoint "gateway"'),
		]);
	});

	test('reports a source that is neither a role nor an endpoint, and accepts an endpoint', () => {
		const raw = makeDataSet({
			ports: [makePort({ source: ['push-service', 'gateway'], carbonListener: BACKEND_LISTENER })],
		});
		expect(problemsOf(raw)).toEqual([
			problem(check, PORTS, PORT, 'source.1', 'names unknown role or endpoint "gateway"'),
		]);
	});
});
