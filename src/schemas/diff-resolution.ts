import { z } from 'astro/zod';
import { VersionSchema } from './primitives.ts';

/**
 * How one garbled cell token of the Confluence diff seed was read. The diff view prints the
 * removed and the added characters side by side, so an earlier "3.5.0" replaced by "3.6.0"
 * shows as "3.56.0". Recording both readings lets a test replay the overlay and prove it.
 */
export const DiffResolutionSchema = z
	.object({
		/** The token exactly as the seed shows it, e.g. "3.56.0". */
		shown: z.string().min(1),
		/** The version the earlier page revision had at that spot. */
		earlier: VersionSchema,
		/** The version the later revision has there: the one the site publishes. */
		later: VersionSchema,
	})
	.strict();
