import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import { requireSetting } from '../../../src/lib/config-generator/config-facts.ts';
import { exampleCluster, exampleValues, followChoices } from '../../../src/lib/config-generator/generator-defaults.ts';
import type { FormValues } from '../../../src/lib/config-generator/generator-form.ts';
import { cluster, facts, product, products } from '../fixtures/generator.ts';

const addressesOf = (id: string): readonly string[] =>
	atlas.nodeRoles.find((role) => role.id === id)?.exampleAddresses ?? [];

/** The port a role of a product listens on by default, from the configuration facts. */
const portOf = (productId: string, role: 'manager' | 'worker') =>
	String(
		requireSetting(facts, { productId, version: product(productId).versions[0]!, role }, 'axis2.xml', 'localMemberPort')
			.value,
	);

/** What the reader gets after picking new choices in the form: the example values follow them. */
function pick(values: FormValues, changes: Partial<Pick<FormValues, 'product' | 'version' | 'role'>>): FormValues {
	const before = exampleValues(product(values.product), facts, cluster, values);
	const chosen = { ...values, ...changes };
	return followChoices(chosen, before, exampleValues(product(chosen.product), facts, cluster, chosen));
}

describe('the example cluster', () => {
	test('is read from the node roles’ example addresses', () => {
		expect(cluster).toEqual({
			manager: addressesOf('manager')[0],
			workers: addressesOf('worker'),
			database: addressesOf('database')[0],
		});
	});

	test('a role without an address is an error, not an undefined host', () => {
		expect(() => exampleCluster(atlas.nodeRoles.filter((role) => role.id !== 'database'))).toThrow(/"database"/);
	});
});

describe('exampleValues', () => {
	test.each(products.map((each) => each.id))('%s: each node lists itself among the members at its own port', (id) => {
		for (const role of ['worker', 'manager'] as const) {
			const values = exampleValues(product(id), facts, cluster, { role });
			expect(values.host).toBe(role === 'manager' ? cluster.manager : cluster.workers[0]);
			expect(values.members).toEqual([
				{ host: cluster.manager, port: portOf(id, 'manager') },
				{ host: cluster.workers[0], port: portOf(id, 'worker') },
			]);
			expect(values.members).toContainEqual({ host: values.host, port: portOf(id, role) });
			expect(values.dbUrl).toContain(`//${cluster.database}:`);
		}
	});

	test('an unknown version or role falls back to the newest version and a worker', () => {
		expect(exampleValues(product('api-manager'), facts, cluster, { version: '0.0.1', role: 'boss' })).toEqual(
			exampleValues(product('api-manager'), facts, cluster),
		);
	});
});

describe('followChoices', () => {
	const start = exampleValues(products[0]!, facts, cluster);
	const other = products.find((each) => portOf(each.id, 'worker') !== portOf(products[0]!.id, 'worker'))!;

	test('picking a product gives what opening the product directly gives', () => {
		expect(other).toBeDefined();
		expect(pick(start, { product: other.id, version: other.versions[0]! })).toEqual(
			exampleValues(other, facts, cluster),
		);
	});

	test('picking a product and then the first one again gives the first one’s values', () => {
		const there = pick(start, { product: other.id, version: other.versions[0]! });
		expect(pick(there, { product: start.product, version: start.version })).toEqual(start);
	});

	test('picking the manager role moves this node to the manager’s address', () => {
		expect(pick(start, { role: 'manager' })).toEqual(exampleValues(products[0]!, facts, cluster, { role: 'manager' }));
	});

	test('what the reader typed stays when a choice changes', () => {
		const typed: FormValues = {
			...start,
			host: 'node-7.example.org',
			members: [{ host: 'mgr.example.org', port: start.members[0]!.port }, start.members[1]!, { host: 'x', port: '1' }],
			dbUser: 'someone',
		};
		const moved = pick(typed, { product: other.id, version: other.versions[0]!, role: 'manager' });
		const expected = exampleValues(other, facts, cluster, { role: 'manager' });
		expect(moved.host).toBe('node-7.example.org');
		expect(moved.dbUser).toBe('someone');
		expect(moved.members).toEqual([
			{ host: 'mgr.example.org', port: expected.members[0]!.port },
			expected.members[1],
			{ host: 'x', port: '1' },
		]);
	});
});
