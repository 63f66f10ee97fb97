import { z } from 'astro/zod';
import { IdSchema } from './primitives.ts';

/** One answer to "does this product use worker/manager separation?", with how to show it. */
export const SeparationModeSchema = z
	.object({
		/** Stable id that product records point at, e.g. "standard". */
		id: IdSchema,
		/** Short label printed in tables and badges. */
		label: z.string().min(1),
		/** One sentence, in the site's words, saying what this answer means for an operator. */
		meaning: z.string().min(1),
		/** True when the product does use worker/manager separation in this mode. */
		usesSeparation: z.boolean(),
		/** Badge variant: Starlight's palette, chosen so status never rests on colour alone. */
		tone: z.enum(['success', 'caution', 'note', 'danger']),
		/** Position in legends and sort order, lowest first. */
		order: z.number().int().nonnegative(),
	})
	.strict();

export type SeparationModeInput = z.input<typeof SeparationModeSchema>;
export type SeparationMode = z.output<typeof SeparationModeSchema>;
