import { z } from 'astro/zod';
import { VersionSchema } from './primitives.ts';

/** One release of a product as the seed lists it. */
export const ProductVersionSchema = z
	.object({
		/** The release number, e.g. "1.10.0". */
		version: VersionSchema,
		/** Whether the seed lists it among released or upcoming versions. */
		release: z.enum(['released', 'upcoming']),
	})
	.strict();

export type ProductVersionInput = z.input<typeof ProductVersionSchema>;
