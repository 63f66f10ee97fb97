import type { ProductInput } from '../../src/schemas/product.ts';
import { released } from '../released.ts';

export default {
	id: 'governance-registry',
	name: 'Governance Registry',
	abbreviation: 'G-Reg',
	aliases: ['GREG', 'GReg'],
	separationMode: 'not-supported',
	summary:
		'Governance Registry has no worker/manager concept; it is clustered in its own way, which its documentation describes.',
	// Seed cell: "4.6.0, 5.0.0, 5.1.0, 5.2.0 and 5.03.0". "5.03.0" overlays the earlier
	// revision's "5.0.0" with the later "5.3.0" (removed "0", added "3"). The Released
	// Versions cell, "4.6.0, 5.0.0 and , 5.0.1, 5.1.0, 5.2.0 and 5.3.0", confirms 5.3.0 and
	// also names 5.0.1, which the Versions cell lacks; both cells are the seed, so 5.0.1 is kept.
	versions: released('4.6.0', '5.0.0', '5.0.1', '5.1.0', '5.2.0', '5.3.0'),
	diffResolutions: [{ shown: '5.03.0', earlier: '5.0.0', later: '5.3.0' }],
	sources: ['seed-worker-manager', 'wso2-not-separated-early-revision'],
} satisfies ProductInput;
