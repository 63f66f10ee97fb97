import type { ProductInput } from '../../src/schemas/product.ts';
import { released } from '../released.ts';

export default {
	id: 'complex-event-processor',
	name: 'Complex Event Processor',
	abbreviation: 'CEP',
	aliases: [],
	separationMode: 'not-common',
	summary: 'A typical production CEP deployment does not use a standard worker/manager cluster.',
	// Seed cell: "3.0.0, 3.1.0, 4.0.0, 4.1.0 and 4.02.0". "4.02.0" overlays the earlier
	// revision's "4.0.0" with the later "4.2.0" (removed "0", added "2"). The Released
	// Versions cell reads "... 4.1.0 and 4.2.0", which confirms it.
	versions: released('3.0.0', '3.1.0', '4.0.0', '4.1.0', '4.2.0'),
	diffResolutions: [{ shown: '4.02.0', earlier: '4.0.0', later: '4.2.0' }],
	ports: [
		{
			id: 'cep-ha-management-11224',
			port: 11224,
			protocol: 'tcp',
			service: 'Thrift HA management',
			purpose:
				'The two nodes of a highly available Complex Event Processor pair manage their state over Thrift on this port.',
			use: 'membership',
			offsetApplies: true,
			evidence: 'stated',
			sources: ['wso2-default-ports'],
		},
	],
	sources: ['seed-worker-manager', 'wso2-not-separated-early-revision'],
} satisfies ProductInput;
