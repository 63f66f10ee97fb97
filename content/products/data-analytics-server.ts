import type { ProductInput } from '../../src/schemas/product.ts';
import { released } from '../released.ts';

export default {
	id: 'data-analytics-server',
	name: 'Data Analytics Server',
	abbreviation: 'DAS',
	aliases: [],
	separationMode: 'not-common',
	summary: 'A typical production DAS deployment does not use a standard worker/manager cluster.',
	// Seed cell: "3.0.0, 3.0.1 and 3.1.0", clean. The row's later cells read
	// "NA 3.0.0, 3.0.1 and 3.1.0 NA": the diff shows the removed "NA" of the Released
	// Versions cell next to the added list, and the Upcoming Versions cell stays "NA".
	versions: released('3.0.0', '3.0.1', '3.1.0'),
	facts: [
		{
			id: 'no-cassandra-port',
			text: 'WSO2’s default-ports page also lists 9160, the Cassandra Thrift port, for DAS. DAS 3.0.1 and 3.1.0 configure no Cassandra listener, so DAS’s ports here leave it out; BAM, which embeds Cassandra, lists it.',
			evidence: 'derived',
			derivation:
				'No configuration file of those releases sets port 9160; the data bridge configuration they ship sets only the event receivers.',
			sources: ['wso2-default-ports', 'product-das-conf'],
		},
	],
	sources: ['seed-worker-manager', 'wso2-not-separated-early-revision'],
} satisfies ProductInput;
