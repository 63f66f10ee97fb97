import type { ProductInput } from '../../src/schemas/product.ts';
import { released } from '../released.ts';

export default {
	id: 'task-server',
	name: 'Task Server',
	abbreviation: 'TS',
	aliases: [],
	separationMode: 'standard-plus-config',
	summary: 'Uses the standard worker/manager separation, with a few extra steps the product documentation describes.',
	// Seed cell: "1.1.0", clean.
	versions: released('1.1.0'),
	// How to configure the product in a worker/manager cluster is in content/separation-config-*.ts.
	sources: ['seed-worker-manager', 'wso2-worker-manager-first-revisions'],
} satisfies ProductInput;
