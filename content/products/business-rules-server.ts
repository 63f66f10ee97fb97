import type { ProductInput } from '../../src/schemas/product.ts';
import { released } from '../released.ts';

export default {
	id: 'business-rules-server',
	name: 'Business Rules Server',
	abbreviation: 'BRS',
	aliases: [],
	separationMode: 'standard',
	summary: 'Follows the standard worker/manager separation with nothing product-specific to add.',
	// Seed cell: "2.1.0", clean.
	versions: released('2.1.0'),
	sources: ['seed-worker-manager', 'wso2-worker-manager-first-revisions'],
} satisfies ProductInput;
