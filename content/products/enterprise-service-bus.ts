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
	// How to configure the product in a worker/manager cluster is in content/separation-config-*.ts.
	ports: [
		{
			id: 'esb-hazelcast-member-4100',
			port: 4100,
			protocol: 'tcp',
			service: 'Hazelcast member port (localMemberPort)',
			purpose:
				'The ESB ships its cluster member port as 4100 with the wka scheme, not Carbon’s usual 4000 (its axis2.xml still names a sample member on 4000). Members connect to each other here.',
			use: 'membership',
			scheme: 'wka',
			replaces: 'carbon-hazelcast-member-4000',
			offsetApplies: false,
			offsetNote: 'Carbon hands localMemberPort from axis2.xml to Hazelcast as written.',
			evidence: 'stated',
			sources: ['esb-axis2-xml', 'carbon-kernel-hazelcast-agent'],
		},
	],
	sources: ['seed-worker-manager', 'wso2-worker-manager-first-revisions'],
} satisfies ProductInput;
