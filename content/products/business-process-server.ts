import type { ProductInput } from '../../src/schemas/product.ts';
import { released } from '../released.ts';

export default {
	id: 'business-process-server',
	name: 'Business Process Server',
	abbreviation: 'BPS',
	aliases: [],
	separationMode: 'standard-plus-config',
	summary:
		'Clustering BPS follows the worker/manager idea, but it needs configuration beyond the standard worker/manager cluster.',
	// Seed cell: "3.1.0, 3.2.0, 3.5.0, 3.5.1 and 3.56.0". "3.56.0" is the diff view printing
	// the earlier revision's "3.5.0" and the later "3.6.0" together (removed "5", added "6").
	// The same row's Released Versions cell confirms it: "... 3.5.0, 3.5.1 and 3.6.0".
	versions: released('3.1.0', '3.2.0', '3.5.0', '3.5.1', '3.6.0'),
	diffResolutions: [{ shown: '3.56.0', earlier: '3.5.0', later: '3.6.0' }],
	// How to configure the product in a worker/manager cluster is in content/separation-config.ts.
	ports: [
		{
			id: 'bps-rmi-registry-2199',
			port: 2199,
			protocol: 'tcp',
			service: 'RMI registry (datasources provider)',
			purpose: 'The RMI registry through which Business Process Server provides its datasources.',
			use: 'integration',
			offsetApplies: true,
			evidence: 'stated',
			sources: ['wso2-default-ports'],
		},
	],
	sources: ['seed-worker-manager', 'wso2-worker-manager-first-revisions'],
} satisfies ProductInput;
