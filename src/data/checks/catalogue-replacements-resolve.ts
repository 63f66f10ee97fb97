import type { IntegrityCheck } from './check.ts';
import { problemAt, type Finding } from '../problem.ts';

export const catalogueReplacementsResolve: IntegrityCheck = {
	name: 'catalogue-replacements-resolve',
	description: 'a product port that replaces another names a common port, or a shared port of the same product',
	run: (data) => {
		const common = new Set(data.carbonPorts.map((item) => item.record.id));
		const problems: Finding[] = [];
		for (const item of data.products) {
			item.record.ports.forEach((port, index) => {
				if (port.replaces === undefined || common.has(port.replaces)) return;
				const shared = data.sharedPorts.find((candidate) => candidate.record.id === port.replaces);
				if (shared === undefined)
					problems.push(problemAt(item, `ports.${index}.replaces`, `names unknown catalogued port "${port.replaces}"`));
				else if (!shared.record.products.includes(item.record.id))
					problems.push(
						problemAt(
							item,
							`ports.${index}.replaces`,
							`replaces shared port "${port.replaces}", which does not name this product`,
						),
					);
			});
		}
		return problems;
	},
};
