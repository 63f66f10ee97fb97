import { problemAt } from '../problem.ts';
import type { IntegrityCheck } from './check.ts';
import { byId } from './predicates.ts';

export const configFactProducts: IntegrityCheck = {
	name: 'config-fact-products',
	description:
		'configuration facts name known products that use worker/manager separation, and a version bound is one of its product’s versions',
	run: (data) => {
		const products = byId(data.products);
		const usesSeparation = new Map(data.separationModes.map((item) => [item.record.id, item.record.usesSeparation]));
		return data.configFacts.flatMap((item) => {
			const { fromVersion, products: named } = item.record;
			const bounded = fromVersion !== undefined && named.length === 1 ? products.get(named[0]!) : undefined;
			return [
				...named.flatMap((id, index) => {
					const product = products.get(id);
					// A product that failed its schema is missing, not unknown: only report it when all were read.
					if (product === undefined)
						return data.complete ? [problemAt(item, `products.${index}`, `names unknown product "${id}"`)] : [];
					// An unknown mode is reported by product-modes-known; only a known "no" is a problem here.
					if (usesSeparation.get(product.separationMode) === false)
						return [problemAt(item, `products.${index}`, `"${id}" does not use worker/manager separation`)];
					return [];
				}),
				...(bounded !== undefined && bounded.versions.every(({ version }) => version !== fromVersion)
					? [problemAt(item, 'fromVersion', `${fromVersion} is not among the versions of ${bounded.id}`)]
					: []),
			];
		});
	},
};
