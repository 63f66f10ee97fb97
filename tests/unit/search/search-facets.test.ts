import { describe, expect, test } from 'vitest';
import { atlas } from '../../../src/data/index.ts';
import { catalogueEntries } from '../../../src/lib/ports/catalogue.ts';
import { DEFAULT_PORTS_PATH, offsetCalculatorPath, productPath } from '../../../src/lib/shared/paths.ts';
import { IDENTIFIERS_META, pageSearchFacets } from '../../../src/lib/search/search-facets.ts';
import { portTokens, versionToken } from '../../../src/lib/search/search-ids.ts';

describe('search facets of a page', () => {
	test('a product page: its kind, its product, its separation answer and its other names', () => {
		const product = atlas.products.find((entry) => entry.id === 'governance-registry')!;
		const mode = atlas.separationModes.find((entry) => entry.id === product.separationMode)!;
		const facets = pageSearchFacets(productPath(product.id), atlas);
		expect(facets.filters).toEqual({ kind: ['Product'], product: [product.name], separation: [mode.label] });
		const versionTokens = product.versions.map(({ version }) => versionToken(version));
		expect(facets.meta[IDENTIFIERS_META]).toBe(['G-Reg, GREG, GReg', 'alias04greg0', ...versionTokens].join(' '));
	});

	test('the matrix belongs to every product and every answer', () => {
		const facets = pageSearchFacets('/products/', atlas);
		expect(facets.filters.product).toHaveLength(atlas.products.length);
		expect(new Set(facets.filters.separation)).toEqual(
			new Set(
				atlas.products.map(
					(product) => atlas.separationModes.find((mode) => mode.id === product.separationMode)!.label,
				),
			),
		);
		expect(facets.meta).toEqual({});
	});

	test('the ports reference has the statuses of its rules: the seed lists current and retired ports', () => {
		const facets = pageSearchFacets('/ports/', atlas);
		expect(facets.filters.kind).toEqual(['Port']);
		expect(facets.filters.status).toEqual(['Current', 'Historical']);
		expect(facets.filters.product).toEqual(atlas.deploymentPatterns.map((pattern) => pattern.productName));
		expect(facets.meta[IDENTIFIERS_META]).toBe('FCM, APNs');
	});

	test('the default-ports reference belongs to every product that opens a catalogued port, not to the patterns', () => {
		const opening = new Set(catalogueEntries(atlas).flatMap((entry) => entry.productIds));
		const names = atlas.products.filter((product) => opening.has(product.id)).map((product) => product.name);
		expect(names.length).toBeGreaterThan(1);
		const facets = pageSearchFacets(DEFAULT_PORTS_PATH, atlas);
		expect(facets.filters).toEqual({ kind: ['Port'], product: [...names].sort((a, b) => a.localeCompare(b)) });
		expect(facets.meta).toEqual({});
	});

	test('the offset calculator belongs to the products and to the patterns whose profiles it holds', () => {
		const product = pageSearchFacets(offsetCalculatorPath(), atlas).filters.product;
		expect(product).toEqual(expect.arrayContaining(atlas.deploymentPatterns.map((pattern) => pattern.productName)));
		expect(product).toEqual(expect.arrayContaining(pageSearchFacets(DEFAULT_PORTS_PATH, atlas).filters.product!));
	});

	test('a page of one port rule, when there is one, has that rule’s status', () => {
		const retired = atlas.ports.find((port) => port.status.kind === 'historical')!;
		const facets = pageSearchFacets(`/ports/${retired.id}/`, atlas);
		expect(facets.filters.status).toEqual(['Historical']);
		// It is the entry for its port, so it carries the port's tokens.
		expect(facets.meta[IDENTIFIERS_META]).toBe(`APNs ${portTokens(retired.port).join(' ')}`);
		expect(pageSearchFacets('/ports/not-a-rule/', atlas).filters).toMatchObject({ kind: ['Port'], status: [] });
	});

	test('patterns and guides by their section; the home page has no kind', () => {
		const pattern = atlas.deploymentPatterns[0]!;
		expect(pageSearchFacets(`/patterns/${pattern.id}/`, atlas).filters).toEqual({
			kind: ['Pattern'],
			product: [pattern.productName],
		});
		expect(pageSearchFacets('/guides/sources/', atlas).filters).toEqual({ kind: ['Guide'] });
		expect(pageSearchFacets('/', atlas)).toEqual({ filters: {}, meta: {} });
	});
});
