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
			id: 'cep-ha-event-sync-11224',
			port: 11224,
			protocol: 'tcp',
			service: 'HA event synchronisation (eventSync)',
			purpose:
				'In high-availability mode (off as shipped), the two CEP nodes keep their event streams in step over this port. The default-ports page calls it the HA management port; event-processor.xml names it eventSync and keeps management on 10005.',
			use: 'membership',
			offsetApplies: false,
			offsetNote: 'Used as written in CEP 4.0.0 and 4.1.0; from CEP 4.2.0 the offset is added.',
			evidence: 'stated',
			sources: ['wso2-default-ports', 'analytics-common-event-processor'],
		},
		{
			id: 'cep-ha-management-10005',
			port: 10005,
			protocol: 'tcp',
			service: 'HA management',
			purpose:
				'In high-availability mode (off as shipped), the two CEP nodes coordinate which of them is active over this port. The default-ports page does not list it.',
			use: 'membership',
			offsetApplies: false,
			offsetNote: 'Used as written in CEP 4.0.0 and 4.1.0; from CEP 4.2.0 the offset is added.',
			evidence: 'stated',
			sources: ['analytics-common-event-processor'],
		},
	],
	facts: [
		{
			id: 'no-cassandra-port',
			text: 'WSO2’s default-ports page also lists 9160, the Cassandra Thrift port, for CEP. CEP 4.0.0 and 4.2.0 configure no Cassandra listener, so CEP’s ports here leave it out; BAM, which embeds Cassandra, lists it.',
			evidence: 'derived',
			derivation:
				'No configuration file of those releases sets port 9160; their event receivers and HA ports are all accounted for above.',
			sources: ['wso2-default-ports', 'product-cep-versions', 'analytics-common-event-processor'],
		},
	],
	sources: ['seed-worker-manager', 'wso2-not-separated-early-revision'],
} satisfies ProductInput;
