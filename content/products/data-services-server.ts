import type { ProductInput } from '../../src/schemas/product.ts';
import { released } from '../released.ts';

export default {
	id: 'data-services-server',
	name: 'Data Services Server',
	abbreviation: 'DSS',
	aliases: [],
	separationMode: 'standard',
	summary: 'Follows the standard worker/manager separation with nothing product-specific to add.',
	// Seed cell: "3.1.0, 3.1.1, 3.2.0, 3.2.1, 3.2.2, 3.5.0 and 3.35.01". "3.35.01" is the
	// earlier revision's "3.3.0" overlaid with the later "3.5.1" (removed "3" then added "5";
	// removed "0" then added "1"). The Released Versions cell of the same row ends
	// "... 3.5.0 and 3.5.1", which confirms the later reading.
	versions: released('3.1.0', '3.1.1', '3.2.0', '3.2.1', '3.2.2', '3.5.0', '3.5.1'),
	diffResolutions: [{ shown: '3.35.01', earlier: '3.3.0', later: '3.5.1' }],
	sources: ['seed-worker-manager', 'wso2-worker-manager-first-revisions'],
} satisfies ProductInput;
