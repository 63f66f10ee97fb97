import { z } from 'astro/zod';
import { IdSchema } from './primitives.ts';

/** One side of the worker/manager split: what a node of that kind may do and who reaches it. */
export const SeparationRoleSchema = z
	.object({
		/** Stable id within the pattern, e.g. "manager". */
		id: IdSchema,
		/** Display name, e.g. "Management node". */
		name: z.string().min(1),
		/** Whether the node may change the cluster ("read-write") or only serve from it ("read-only"). */
		access: z.enum(['read-write', 'read-only']),
		/** What the node is allowed to do, one short phrase each, in the site's own words. */
		duties: z.array(z.string().min(1)).min(1),
		/** Who the node is exposed to: only clients inside the organisation, or external clients too. */
		exposure: z.enum(['internal', 'external']),
		/** Where the node sits and who can reach it, in the site's own words. */
		placement: z.string().min(1),
		/** True when the node loads the management console and the other user-interface components. */
		loadsManagementConsole: z.boolean(),
	})
	.strict();
