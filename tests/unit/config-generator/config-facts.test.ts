import { describe, expect, test } from 'vitest';
import {
	appliesTo,
	factsForProduct,
	resolveSetting,
	roleLabel,
} from '../../../src/lib/config-generator/config-facts.ts';
import { facts } from '../fixtures/generator.ts';

const fact = (id: string) => facts.find((each) => each.id === id)!;

describe('configuration fact queries', () => {
	test('a product fact holds from its first version on, compared as versions', () => {
		expect(appliesTo(fact('apim-profiles'), 'api-manager', '2.0.0')).toBe(true);
		expect(appliesTo(fact('apim-profiles'), 'api-manager', '1.10.0')).toBe(false);
		expect(appliesTo(fact('apim-profiles'), 'enterprise-service-bus', '5.0.0')).toBe(false);
		expect(appliesTo(fact('cluster-domain'), 'enterprise-service-bus', '5.0.0')).toBe(true);
	});

	test('a product value overrides the general one only for the role it names', () => {
		const port = (productId: string, role: 'manager' | 'worker') =>
			resolveSetting(facts, { productId, version: '2.0.0', role }, 'axis2.xml', 'localMemberPort');
		expect(port('api-manager', 'worker')).toMatchObject({ value: 4200, fact: { id: 'apim-gateway-worker-port' } });
		expect(port('api-manager', 'manager')).toMatchObject({ value: 4001, fact: { id: 'local-member-port' } });
	});

	test('roles keep the words a product’s sources use', () => {
		expect(roleLabel(facts, 'business-process-server', 'manager')).toBe('Manager (master)');
		expect(roleLabel(facts, 'api-manager', 'worker')).toBe('Worker');
	});

	test('lists the facts specific to one product version', () => {
		expect(factsForProduct(facts, 'api-manager', '1.10.0').map((each) => each.id)).toEqual([
			'apim-gateway-domain',
			'apim-gateway-worker-port',
		]);
	});
});
