import type { ProductInput } from '../../src/schemas/product.ts';
import { released } from '../released.ts';

export default {
	id: 'application-server',
	name: 'Application Server',
	abbreviation: 'AS',
	aliases: ['WSAS'],
	separationMode: 'standard',
	summary: 'Follows the standard worker/manager separation with nothing product-specific to add.',
	// Seed cell: "5.2.0, 5.2.1 and 5.3.0", clean. The Released Versions cell stops at
	// "5.2.0, 5.2.1 and" (its last item did not survive the copy); the Versions column is complete.
	versions: released('5.2.0', '5.2.1', '5.3.0'),
	sources: ['seed-worker-manager', 'wso2-worker-manager-first-revisions'],
} satisfies ProductInput;
