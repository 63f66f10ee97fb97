import { z } from 'astro/zod';
import { IdSchema, SourceRefsSchema } from './primitives.ts';

/**
 * A profile of WSO2 IoT Server 3.x: one part of the product started on its own. Each ships
 * with its own port offset in carbon.xml, so several profiles can run on one host.
 */
export const IotProfileSchema = z
	.object({
		/** Stable id that port rules point at, e.g. "device-manager-backend". */
		id: IdSchema,
		/** Name used by the "Product Profiles" documentation page, e.g. "Device Manager Backend". */
		name: z.string().min(1),
		/** The number to type in profile-creator.sh to build this profile, when it offers one. */
		profileCreatorChoice: z.number().int().min(1).optional(),
		/** The `<Offset>` its shipped carbon.xml sets; every offset-aware port moves up by it. */
		offset: z.number().int().min(0, 'must be 0 or more').max(65534, 'must leave room for a port'),
		/** What the profile runs, in the site's own words. */
		summary: z.string().min(1),
		/** The sources that describe the profile and its offset. */
		sources: SourceRefsSchema,
	})
	.strict();

export type IotProfileInput = z.input<typeof IotProfileSchema>;
export type IotProfile = z.output<typeof IotProfileSchema>;
