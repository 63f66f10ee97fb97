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
	// How to configure the product in a worker/manager cluster is in content/separation-config-*.ts.
	ports: [
		{
			id: 'bps-jndi-rmi-2199',
			port: 2199,
			protocol: 'tcp',
			service: 'RMI registry for datasources (JNDIProviderPort)',
			purpose:
				'The RMI registry through which Business Process Server can provide its datasources over JNDI. BPS 3.5.0 to 3.6.0 ship every setting that uses it commented out, so those versions open it only once the JNDI provider is turned on.',
			use: 'integration',
			offsetApplies: true,
			evidence: 'stated',
			sources: ['wso2-default-ports', 'product-bps-2199', 'carbon-kernel-carbon-xml-ports'],
		},
	],
	sources: ['seed-worker-manager', 'wso2-worker-manager-first-revisions'],
} satisfies ProductInput;
