import type { ProductInput } from '../../src/schemas/product.ts';
import { released } from '../released.ts';

export default {
	id: 'message-broker',
	name: 'Message Broker',
	abbreviation: 'MB',
	aliases: [],
	separationMode: 'not-common',
	summary: 'A production Message Broker deployment does not use a standard worker/manager cluster.',
	// Seed cell: "2.2.0 and 3.0.0", clean.
	versions: released('2.2.0', '3.0.0'),
	sources: ['seed-worker-manager'],
} satisfies ProductInput;
