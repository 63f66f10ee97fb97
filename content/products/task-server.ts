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
	facts: [
		{
			id: 'tasks-config',
			text: 'Scheduled tasks in a Carbon cluster are set up in tasks-config.xml. The task server mode defaults to AUTO, which turns into clustered mode once clustering is enabled, and the expected number of task servers defaults to 2. A cluster can split in two (split brain), so write tasks to be idempotent: running one twice must do no harm.',
			evidence: 'stated',
			sources: ['wso2-tasks-config-clustering'],
		},
	],
	sources: ['seed-worker-manager', 'wso2-worker-manager-first-revisions'],
} satisfies ProductInput;
