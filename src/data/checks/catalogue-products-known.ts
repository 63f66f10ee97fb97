import type { IntegrityCheck } from './check.ts';
import { idsOf, repeatedKeys, unknownReference } from './predicates.ts';
import { problemAt } from '../problem.ts';

export const catalogueProductsKnown: IntegrityCheck = {
	name: 'catalogue-products-known',
	description: 'a port shared by several products names known products, each once',
	run: (data) => {
		const products = idsOf(data.products);
		return data.sharedPorts.flatMap((item) => [
			...item.record.products.flatMap((id, index) =>
				unknownReference(item, `products.${index}`, id, products, 'product'),
			),
			...repeatedKeys(item.record.products).map(({ index }) =>
				problemAt(item, `products.${index}`, `names product "${item.record.products[index]}" twice`),
			),
		]);
	},
};
