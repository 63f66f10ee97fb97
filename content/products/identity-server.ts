import type { ProductInput } from '../../src/schemas/product.ts';
import { released } from '../released.ts';

export default {
	id: 'identity-server',
	name: 'Identity Server',
	abbreviation: 'IS',
	aliases: ['WSO2 IS'],
	separationMode: 'not-supported',
	summary:
		'Worker/manager separation is not possible in Identity Server, and it is not how Identity Server is normally deployed; it is clustered another way.',
	// Seed cell: "4.5.0, 4.6.0, 5.0.0, 5.1.0 and 5.12.0". "5.12.0" overlays the earlier
	// revision's "5.1.0" with the later "5.2.0" (removed "1", added "2"); 5.1.0 itself stays
	// in the list before it. The Released Versions cell is cut off after "5.1.0 and".
	versions: released('4.5.0', '4.6.0', '5.0.0', '5.1.0', '5.2.0'),
	diffResolutions: [{ shown: '5.12.0', earlier: '5.1.0', later: '5.2.0' }],
	ports: [
		{
			id: 'is-thrift-entitlement-10500',
			port: 10500,
			protocol: 'tcp',
			service: 'Thrift entitlement service (ThriftEntitlementReceivePort)',
			purpose:
				'Policy enforcement points ask the XACML entitlement service for decisions over Thrift here, once EnableThriftService is turned on in identity.xml.',
			use: 'integration',
			offsetApplies: true,
			offsetNote:
				'Moves when identity.xml gives the port as ${Ports.ThriftEntitlementReceivePort}, the carbon.xml setting; a number written there instead is used as is.',
			evidence: 'stated',
			sources: ['wso2-default-ports', 'carbon-kernel-carbon-xml-ports', 'identity-entitlement-thrift'],
		},
	],
	sources: ['seed-worker-manager', 'wso2-not-separated-early-revision'],
} satisfies ProductInput;
