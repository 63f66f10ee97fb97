import { z } from 'astro/zod';
import { FactSchema } from './fact.ts';
import { IdSchema, SourceRefsSchema } from './primitives.ts';
import { SeparationRoleSchema } from './separation-role.ts';

/**
 * A way of splitting a Carbon cluster by duty: the worker/manager separated clustering
 * pattern of the seed. Products say whether they use it through their separation mode.
 */
export const SeparationPatternSchema = z
	.object({
		/** Stable id, also the anchor the pages link to, e.g. "worker-manager". */
		id: IdSchema,
		/** Display name. */
		name: z.string().min(1),
		/** What the pattern separates, in the site's own words. */
		summary: z.string().min(1),
		/** The kinds of node the pattern splits a cluster into; ids unique within the pattern. */
		roles: z.array(SeparationRoleSchema).min(2, 'needs at least two roles to separate'),
		/** Why operators separate the roles: each benefit is a fact with its sources. */
		benefits: z.array(FactSchema).min(1),
		/** The sources for the pattern as a whole. */
		sources: SourceRefsSchema,
	})
	.strict();

export type SeparationPatternInput = z.input<typeof SeparationPatternSchema>;
export type SeparationPattern = z.output<typeof SeparationPatternSchema>;
