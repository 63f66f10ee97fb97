import { problemAt, type Finding } from '../problem.ts';
import type { IntegrityCheck } from './check.ts';

export const configSettingsUnambiguous: IntegrityCheck = {
	name: 'config-settings-unambiguous',
	description: 'each setting is fixed by one general fact, and overridden at most once per product',
	run: (data) => {
		// Scope "*" holds the general facts; each product id is its own scope of overrides.
		const seen = new Map<string, string>();
		const problems: Finding[] = [];
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
