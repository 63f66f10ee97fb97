import type { ProductInput } from '../../src/schemas/product.ts';
import { released } from '../released.ts';

export default {
	id: 'enterprise-service-bus',
	name: 'Enterprise Service Bus',
	abbreviation: 'ESB',
	aliases: [],
	separationMode: 'standard-plus-config',
	summary: 'Uses the standard worker/manager separation plus a few configuration steps specific to the ESB.',
	// Seed cell: "4.8.0, 4.8.1 and , 4.9.0 and 5.0.0". "and ," is diff debris: the earlier
	// revision ended at 4.8.1, the later one continues the list. No version token is garbled.
	versions: released('4.8.0', '4.8.1', '4.9.0', '5.0.0'),
	// How to configure the product in a worker/manager cluster is in content/separation-config.ts.
	sources: ['seed-worker-manager', 'wso2-worker-manager-first-revisions'],
} satisfies ProductInput;
