import type { IntegrityCheck } from './integrity-checks.ts';
import { problemAt, type Problem } from './problem.ts';

/**
 * Cross-record rules about the worker/manager configuration facts (content/separation-config.ts).
 * Kept apart from the general checks so each file stays readable; integrity-checks.ts lists them.
 */

export const configFactProducts: IntegrityCheck = {
	name: 'configuration facts name products that use worker/manager separation, and their versions',
	run: (data) => {
		const products = new Map(data.products.map((item) => [item.record.id, item.record]));
		const usesSeparation = new Map(data.separationModes.map((item) => [item.record.id, item.record.usesSeparation]));
		return data.configFacts.flatMap((item) => [
			...item.record.products.flatMap((id, index) => {
				const product = products.get(id);
				// A product that failed its schema is missing, not unknown: only report it when all were read.
				if (product === undefined)
					return data.complete ? [problemAt(item, `products.${index}`, `names unknown product "${id}"`)] : [];
				// An unknown mode is reported by the product check; only a known "no" is a problem here.
				if (usesSeparation.get(product.separationMode) === false)
					return [problemAt(item, `products.${index}`, `"${id}" does not use worker/manager separation`)];
				return [];
			}),
			...(item.record.fromVersion !== undefined &&
			item.record.products.length === 1 &&
			products.get(item.record.products[0]!)?.versions.every(({ version }) => version !== item.record.fromVersion)
				? [
						problemAt(
							item,
							'fromVersion',
							`${item.record.fromVersion} is not among the versions of ${item.record.products[0]}`,
						),
					]
				: []),
		]);
	},
};

export const configSettingsUnambiguous: IntegrityCheck = {
	name: 'each setting is fixed by one general fact, and overridden at most once per product',
	run: (data) => {
		// Scope "*" holds the general facts; each product id is its own scope of overrides.
		const seen = new Map<string, string>();
		const problems: Problem[] = [];
		for (const item of data.configFacts) {
			const { setting, products } = item.record;
			if (setting === undefined) continue;
			for (const scope of products.length === 0 ? ['*'] : products) {
				const key = `${scope} ${setting.file} ${setting.key}`;
				const first = seen.get(key);
				if (first === undefined) seen.set(key, item.record.id);
				else
					problems.push(
						problemAt(
							item,
							'setting.key',
							`sets ${setting.file} "${setting.key}"${scope === '*' ? '' : ` for ${scope}`}, already set by "${first}"`,
						),
					);
			}
		}
		return problems;
	},
};
