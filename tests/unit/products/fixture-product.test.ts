import { describe, expect, test } from 'vitest';
import { rawDataSet } from '../../../content/index.ts';
import type { RawDataSet } from '../../../src/data/dataset.ts';
import { loadDataSet } from '../../../src/data/load.ts';
import { productCatalogue } from '../../../src/lib/ports/catalogue.ts';
import { buildDefaultPortsExport } from '../../../src/lib/ports/default-ports-export.ts';
import { firewallFormats } from '../../../src/lib/ports/firewall/formats.ts';
import { planFirewall } from '../../../src/lib/ports/firewall/plan.ts';
import { productCluster } from '../../../src/lib/patterns/product-cluster.ts';
import { productViews } from '../../../src/lib/products/products.ts';
import { buildProductsExport } from '../../../src/lib/products/product-export.ts';
import { buildSearchVocabulary } from '../../../src/lib/search/search-vocabulary.ts';
import type { ProductInput } from '../../../src/schemas/product.ts';

/**
 * Adding a product is adding one file: a made-up product, with a port of its own, added to the
 * shipped data exactly as a new content/products/<id>.ts would be, reaches every view of it.
 */
const fixture: ProductInput = {
	id: 'fixture-gateway',
	name: 'Fixture Gateway',
	abbreviation: 'FXG',
	separationMode: 'standard',
	summary: 'A product made up for this test.',
	versions: [{ version: '1.0.0', release: 'released' }],
	ports: [
		{
			id: 'fxg-ingress-7443',
			port: 7443,
			protocol: 'tcp',
			service: 'Fixture ingress',
			purpose: 'Traffic the fixture serves.',
			use: 'service',
			offsetApplies: true,
			evidence: 'stated',
			sources: ['wso2-default-ports'],
		},
	],
	sources: ['seed-worker-manager'],
};
const withFixture: RawDataSet = {
	...rawDataSet,
	products: [...rawDataSet.products, { file: 'content/products/fixture-gateway.ts', records: [fixture] }],
};
const atlas = loadDataSet(withFixture);
const site = new URL('https://atlas.example/');

describe('a product added as one file', () => {
	test('is in the matrix and the products export', () => {
		expect(productViews(atlas.products, atlas.separationModes).map((view) => view.product.id)).toContain(fixture.id);
		expect(buildProductsExport(atlas, site).products.map((product) => product.id)).toContain(fixture.id);
	});

	test('has its own port and every Carbon port in its catalogue and in the default-ports export', () => {
		const ids = productCatalogue(atlas, fixture.id).map((entry) => entry.port.id);
		expect(ids).toEqual(expect.arrayContaining(['fxg-ingress-7443', ...atlas.carbonPorts.map((port) => port.id)]));
		const exported = buildDefaultPortsExport(atlas, site).ports.find((port) => port.id === 'fxg-ingress-7443');
		expect(exported?.products).toEqual([fixture.id]);
	});

	test('gets a cluster whose load balancer forwards its port, with firewall rules in every format', () => {
		const cluster = productCluster(atlas, fixture.id);
		expect(cluster.ports.filter((port) => port.role === 'worker' && port.source.includes('load-balancer'))).toEqual([
			expect.objectContaining({ port: 7443 }),
		]);
		const plan = planFirewall('worker', { roles: cluster.nodeRoles, endpoints: [], ports: cluster.ports });
		for (const format of firewallFormats) expect(format.generate(plan)).toContain('7443');
	});

	test('is in the search vocabulary: its abbreviation and its port', () => {
		const vocabulary = buildSearchVocabulary(atlas);
		expect(vocabulary.aliases).toContain('fxg');
		expect(vocabulary.ports.some(([from, to]) => from <= 7443 && 7443 <= to)).toBe(true);
		expect(vocabulary.labels['fxg-ingress-7443']).toBe('7443/TCP · Fixture ingress (FXG)');
	});
});
