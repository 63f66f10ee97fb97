import type { IntegrityCheck } from './check.ts';
import { idsOf, unknownReference } from './predicates.ts';

export const productModesKnown: IntegrityCheck = {
	name: 'product-modes-known',
	description: 'products name a known separation mode',
	run: (data) => {
		const modes = idsOf(data.separationModes);
		return data.products.flatMap((item) =>
			unknownReference(item, 'separationMode', item.record.separationMode, modes, 'separation mode'),
		);
	},
};
