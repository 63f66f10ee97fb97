import type { ProductInput } from '../../src/schemas/product.ts';
import { released } from '../released.ts';

export default {
	id: 'enterprise-store',
	name: 'Enterprise Store',
	abbreviation: 'ES',
	aliases: [],
	separationMode: 'not-supported',
	summary: 'Enterprise Store does not support worker/manager separation.',
	// Seed cell: "2.0.0 and 2.1.0", clean.
	versions: released('2.0.0', '2.1.0'),
	sources: ['seed-worker-manager', 'wso2-not-separated-early-revision'],
} satisfies ProductInput;
