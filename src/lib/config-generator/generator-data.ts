import type { AtlasData } from '../../data/dataset.ts';
import type { ConfigFact } from '../../schemas/config-fact.ts';
import type { GeneratorProduct } from './generator-form.ts';
import { productViews } from '../products/products.ts';

/**
 * The slice of the data set the generator needs in the browser: products that use the
 * separation, the configuration facts, and the sources those facts cite. It is embedded in the
 * page as JSON, so the browser never loads the schemas or the rest of the data.
 */
export interface GeneratorData {
	products: GeneratorProduct[];
	/** Every product's name by id, to explain links to products that do not use the separation. */
	productNames: [string, string][];
	facts: ConfigFact[];
	sources: { id: string; title: string; url?: string | undefined }[];
}

export function generatorData(data: AtlasData): GeneratorData {
	const cited = new Set(data.configFacts.flatMap((fact) => fact.sources));
	return {
		products: productViews(data.products, data.separationModes)
			.filter(({ mode }) => mode.usesSeparation)
			.map(({ product, versionsNewestFirst }) => ({
				id: product.id,
				name: product.name,
				versions: versionsNewestFirst,
			})),
		productNames: data.products.map((product) => [product.id, product.name]),
		facts: data.configFacts,
		sources: data.sources.filter((source) => cited.has(source.id)).map(({ id, title, url }) => ({ id, title, url })),
	};
}

/** JSON safe to place inside a <script type="application/json"> element: "<" can never close it. */
export function embeddableJson(value: unknown): string {
	return JSON.stringify(value).replaceAll('<', '\\u003c');
}
