import { describe, expect, test } from 'vitest';
import { affinityFactsFor, affinityOf } from '../../../../src/lib/generators/load-balancer/lb-affinity.ts';
import { lbModel } from '../../../../src/lib/generators/load-balancer/lb-model.ts';
import { SessionAffinitySchema } from '../../../../src/schemas/session-affinity.ts';
import { makeSessionAffinity } from '../../fixtures/factories.ts';
import { apiManager, atlas, esb, iotPlan, syntheticPlan } from '../../support/load-balancer-fixtures.ts';

const fact = (fields: Parameters<typeof makeSessionAffinity>[0]) =>
	SessionAffinitySchema.parse(makeSessionAffinity(fields));

describe('affinityFactsFor', () => {
	const product = { id: 'test-product', name: 'Test Product' };
	const facts = [
		fact({ id: 'any-version' }),
		fact({ id: 'listed', versions: ['1.9.0'] }),
		fact({ id: 'from', fromVersion: '1.10.0' }),
		fact({ id: 'other-product', product: 'api-manager' }),
	];
	const ids = (version?: string) =>
		affinityFactsFor(facts, version === undefined ? product : { ...product, version }).map(({ id }) => id);

	test('keeps the product’s facts that hold for the version', () => {
		expect(ids('1.9.0')).toEqual(['any-version', 'listed']);
		expect(ids('1.10.0')).toEqual(['any-version', 'from']);
	});

	test('keeps every fact of the product when no version is chosen, and none without a product', () => {
		expect(ids()).toEqual(['any-version', 'listed', 'from']);
		expect(affinityFactsFor(facts, undefined)).toEqual([]);
	});
});

describe('affinityOf, with the facts in content/', () => {
	test('makes exactly the upstreams a sticky fact names sticky, on its cookie', () => {
		for (const product of [esb, apiManager]) {
			const facts = affinityFactsFor(atlas.sessionAffinity, product);
			for (const upstream of lbModel(syntheticPlan).upstreams) {
				const named = facts.filter(
					(candidate) =>
						(candidate.traffic.roles ?? [upstream.roleId]).includes(upstream.roleId) &&
						(candidate.traffic.ports ?? [upstream.port]).includes(upstream.port),
				);
				const affinity = affinityOf(upstream, facts);
				if (named.length === 0) expect(affinity).toEqual({ kind: 'unknown' });
				else {
					expect(affinity.kind).toBe(named[0]!.affinity);
					if (affinity.kind === 'sticky') expect(affinity.cookie).toBe(named[0]!.cookie);
				}
			}
		}
	});

	test('leaves the IoT pattern unsettled: IoT Server has no product record, so no facts', () => {
		const facts = affinityFactsFor(atlas.sessionAffinity, undefined);
		for (const upstream of lbModel(iotPlan).upstreams) expect(affinityOf(upstream, facts)).toEqual({ kind: 'unknown' });
	});

	test('prefers the fact that names both role and port', () => {
		const [upstream] = lbModel(syntheticPlan).upstreams.filter((candidate) => candidate.roleId === 'worker');
		const byPort = fact({
			id: 'by-port',
			affinity: 'not-sticky',
			cookie: undefined,
			traffic: { description: 'Port', ports: [upstream!.port] },
		});
		const byBoth = fact({
			id: 'by-both',
			traffic: { description: 'Both', roles: ['worker'], ports: [upstream!.port] },
		});
		const chosen = affinityOf(upstream!, [byPort, byBoth]);
		expect(chosen.kind === 'sticky' && chosen.fact.id).toBe('by-both');
	});
});
