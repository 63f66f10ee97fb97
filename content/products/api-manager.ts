import type { ProductInput } from '../../src/schemas/product.ts';
import { released } from '../released.ts';

export default {
	id: 'api-manager',
	name: 'API Manager',
	abbreviation: 'APIM',
	aliases: ['API-M', 'AM'],
	separationMode: 'standard-plus-config',
	summary:
		'Uses worker/manager separation, but needs configuration beyond the standard cluster, above all in a distributed deployment. The split is usually applied to the Gateway; the Publisher and the Store can be split the same way.',
	// Seed cell: "1.5.0, 1.6.0, 1.7.0, 1.8.0, 1.9.0 and , 1.9.1, 1.10.0 and 2.0.0". The only
	// diff debris is "and ," (the earlier revision ended its list at 1.9.0 with "and"; the
	// later one continues with a comma). The current page prints the same eight versions cleanly.
	versions: released('1.5.0', '1.6.0', '1.7.0', '1.8.0', '1.9.0', '1.9.1', '1.10.0', '2.0.0'),
	// How to configure the product in a worker/manager cluster is in content/separation-config-*.ts.
	ports: [
		{
			id: 'apim-thrift-key-validation-10397',
			port: 10397,
			protocol: 'tcp',
			service: 'Thrift key validation (ThriftServerPort)',
			purpose:
				'A gateway can validate access tokens with the key manager over Thrift on this port instead of web services; the key manager listens, the gateway connects.',
			use: 'integration',
			offsetApplies: false,
			offsetNote:
				'The key manager adds the offset only when ThriftServerPort is left out of api-manager.xml; a value written there is used as is, and API Manager 1.10.0 ships it written as 10397. Two servers on one host need different values set by hand.',
			evidence: 'stated',
			sources: ['wso2-default-ports', 'apim-110-api-manager-xml', 'apimgt-keymgt-thrift'],
		},
	],
	sources: ['seed-worker-manager', 'wso2-worker-manager-current', 'wso2-worker-manager-first-revisions'],
} satisfies ProductInput;
