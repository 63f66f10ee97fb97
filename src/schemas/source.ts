import { z } from 'astro/zod';
import { IdSchema } from './primitives.ts';

/** A document that one or more facts on the site come from. */
export const SourceSchema = z
	.object({
		/** Stable id that records cite in their `sources` list. */
		id: IdSchema,
		/** The document's own title, or a short description when it has none. */
		title: z.string().min(1),
		/** Public address of the document; omitted only when none exists (e.g. a repository path). */
		url: z.url({ protocol: /^https?$/ }).optional(),
		/** Who published it: the seed pages, WSO2's docs or code, a platform vendor, or a third party. */
		publisher: z.enum(['wso2-docs', 'wso2-source', 'google', 'apple', 'third-party']),
		/** True for the two original pages this site documents: they win over any other source. */
		seed: z.boolean().default(false),
		/** Where inside the document the fact sits, or what revision was read. */
		note: z.string().min(1).optional(),
	})
	.strict();

export type SourceInput = z.input<typeof SourceSchema>;
export type Source = z.output<typeof SourceSchema>;
