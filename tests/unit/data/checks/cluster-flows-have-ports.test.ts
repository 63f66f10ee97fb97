import { describe, expect, test } from 'vitest';
import { clusterFlowsHavePorts as check } from '../../../../src/data/checks/cluster-flows-have-ports.ts';
import { makeCataloguePort, makeDataSet, makeProduct, makeSeparationMode } from '../../fixtures/factories.ts';
import { findingsOf, problem, problemsOf } from './support.ts';

const console9443 = makeCataloguePort();
const members4000 = makeCataloguePort({
	id: 'test-members-4000',
	port: 4000,
	service: 'Hazelcast members',
	use: 'membership',
	scheme: 'wka',
});

describe(check.name, () => {
	test('passes on the minimal valid data set', () => {
		expect(findingsOf(check, makeDataSet())).toEqual([]);
	});

	test('reports each flow of a separated product’s cluster that no port carries', () => {
		const raw = makeDataSet({ carbonPorts: [console9443, members4000] });
		expect(problemsOf(raw)).toEqual([
			problem(
				check,
				'content/products/test-product.ts',
				'test-product',
				'ports',
				'opens no port for the cluster\'s flow "members of a multicast cluster to each other": it needs a fixed port with use "membership" and scheme "multicast", among its own, shared or common ports',
			),
		]);
	});

	test('a product port that replaces the only port of a flow leaves that flow without one', () => {
		const product = makeProduct({
			ports: [
				makeCataloguePort({
					id: 'test-local-4100',
					port: 4100,
					service: 'Local listener',
					use: 'local',
					replaces: 'test-members-4000',
				}),
			],
		});
		const raw = makeDataSet({ products: [product] });
		expect(problemsOf(raw).map((found) => found.reason)).toEqual([
			expect.stringContaining('"members of a wka cluster to each other"'),
		]);
	});

	test('a product that does not use the separation needs no cluster ports', () => {
		const raw = makeDataSet({
			separationModes: [makeSeparationMode({ usesSeparation: false })],
			carbonPorts: [console9443],
		});
		expect(findingsOf(check, raw)).toEqual([]);
	});
});
