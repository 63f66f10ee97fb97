import type { ProductInput } from '../../src/schemas/product.ts';
import { released } from '../released.ts';

export default {
	id: 'business-activity-monitor',
	name: 'Business Activity Monitor',
	abbreviation: 'BAM',
	aliases: [],
	separationMode: 'not-supported',
	summary:
		'BAM has no worker/manager concept. What needs clustering in BAM is its Analyzer nodes, which the product documentation covers separately.',
	// Seed cell: "2.4.0, 2.4.1 and 2.5.0", clean; an earlier revision lists the same versions.
	versions: released('2.4.0', '2.4.1', '2.5.0'),
	ports: [
		{
			id: 'bam-cassandra-thrift-9160',
			port: 9160,
			protocol: 'tcp',
			service: 'Cassandra Thrift clients',
			purpose: 'The Cassandra store BAM embeds listens for Thrift clients here.',
			use: 'integration',
			offsetApplies: true,
			evidence: 'stated',
			sources: ['wso2-default-ports'],
		},
		{
			id: 'bam-hive-thrift-21000',
			port: 21000,
			protocol: 'tcp',
			service: 'Hive Thrift server',
			purpose: 'The Hive server that runs BAM’s analytics scripts starts its Thrift listener here.',
			use: 'local',
			offsetApplies: true,
			evidence: 'stated',
			sources: ['wso2-default-ports'],
		},
	],
	sources: ['seed-worker-manager', 'wso2-not-separated-early-revision'],
} satisfies ProductInput;
