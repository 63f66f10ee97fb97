import { describe, expect, test } from 'vitest';
import { rawDataSet } from '../../../content/index.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import { productCatalogue } from '../../../src/lib/ports/catalogue.ts';
import { planFirewall, firewallRoles } from '../../../src/lib/ports/firewall/plan.ts';
import { buildTopology } from '../../../src/lib/patterns/topology-model.ts';
import { clusterProducts, productCluster } from '../../../src/lib/patterns/product-cluster.ts';

const atlas = loadDataSet(rawDataSet);
const separated = clusterProducts(atlas);
const usesSeparation = (modeId: string) => atlas.separationModes.find((mode) => mode.id === modeId)!.usesSeparation;

describe('product clusters', () => {
	test('every product that uses worker/manager separation has one, and no other', () => {
		expect(separated.map((product) => product.id)).toEqual(
			atlas.products.filter((product) => usesSeparation(product.separationMode)).map((product) => product.id),
		);
		const other = atlas.products.find((product) => !usesSeparation(product.separationMode))!;
		expect(() => productCluster(atlas, other.id)).toThrow(/does not use worker\/manager separation/);
	});

	describe.each(separated.map((product) => [product.id]))('%s', (id) => {
		const cluster = productCluster(atlas, id);
		const catalogue = productCatalogue(atlas, id).map((entry) => entry.port);

		test('every flow between WSO2 nodes is on a port the product opens', () => {
			const nodes = new Set(['manager', 'worker']);
			for (const port of cluster.ports.filter((flow) => nodes.has(flow.role))) {
				expect(
					catalogue.some((entry) => entry.port === port.port && entry.protocol === port.protocol),
					`${port.id} on ${port.protocol} ${String(port.port)}`,
				).toBe(true);
			}
		});

		test('the load balancer forwards the product’s service ports, or its servlet transports when it has none', () => {
			const service = catalogue.filter((port) => port.use === 'service').map((port) => port.port);
			const forwarded = cluster.ports.filter((port) => port.source.includes('load-balancer')).map((port) => port.port);
			if (service.length > 0) expect(new Set(forwarded)).toEqual(new Set(service));
			else expect(new Set(forwarded)).toEqual(new Set([9443, 9763]));
		});

		test('members reach each other on the port of the chosen scheme, and only that one', () => {
			for (const scheme of ['wka', 'multicast'] as const) {
				const members = productCluster(atlas, id, { scheme, databasePort: 3306 }).ports.filter((port) =>
					port.source.includes('worker'),
				);
				const expected = catalogue.filter((port) => port.use === 'membership' && port.scheme === scheme);
				expect(expected.length).toBeGreaterThan(0);
				for (const port of members.filter((flow) => flow.role !== 'database'))
					expect(expected.map((entry) => entry.port)).toContain(port.port);
			}
		});

		test('every node reaches the database on the port set', () => {
			const flows = productCluster(atlas, id, { scheme: 'wka', databasePort: 5432 }).ports.filter(
				(port) => port.role === 'database',
			);
			expect(flows.map((port) => [port.port, port.source])).toEqual([[5432, ['manager', 'worker']]]);
		});

		test('names only roles the data holds, draws every flow, and plans a firewall for every machine', () => {
			const roleIds = new Set(atlas.clusterRoles.map((role) => role.id));
			for (const port of cluster.ports) for (const role of [port.role, ...port.source]) expect(roleIds).toContain(role);
			const data = { nodeRoles: cluster.nodeRoles, externalEndpoints: [], ports: cluster.ports };
			const view = buildTopology(cluster.pattern, data, cluster.pattern.managerPlacements[0]!.id);
			expect(view.omitted).toEqual([]);
			const machines = firewallRoles(cluster.nodeRoles, cluster.ports).map((role) => role.id);
			expect(machines).toEqual(['load-balancer', 'manager', 'worker', 'database']);
			for (const role of machines) {
				const plan = planFirewall(role, { roles: cluster.nodeRoles, endpoints: [], ports: cluster.ports });
				expect(plan.inbound.length + plan.outbound.length).toBeGreaterThan(0);
			}
		});
	});

	test('the ESB’s members use its own member port 4100, not Carbon’s 4000', () => {
		const members = productCluster(atlas, 'enterprise-service-bus').ports.filter((port) => port.id.includes('members'));
		const own = atlas.products
			.find((product) => product.id === 'enterprise-service-bus')!
			.ports.find((port) => port.replaces !== undefined)!;
		expect(members.map((port) => port.port)).toEqual([own.port, own.port]);
	});
});
