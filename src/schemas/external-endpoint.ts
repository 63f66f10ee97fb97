import { z } from 'astro/zod';
import { IdSchema, SourceRefsSchema } from './primitives.ts';

/** An IPv4 block in CIDR notation, e.g. "17.0.0.0/8". */
const CidrSchema = z.cidrv4('must be an IPv4 block in CIDR notation, e.g. "17.0.0.0/8"');

/** Advice from an older source, kept apart from the current guidance it may contradict. */
export const OlderGuidanceSchema = z
	.object({
		/** The older advice and where it came from, in the site's own words. */
		text: z.string().min(1),
		/** The sources that give it. */
		sources: SourceRefsSchema,
	})
	.strict();

/** A service outside the cluster that nodes or devices must reach, such as a push-notification service. */
export const ExternalEndpointSchema = z
	.object({
		/** Stable id that port rules point at, e.g. "apns". */
		id: IdSchema,
		/** Display name, e.g. "Apple Push Notification service". */
		name: z.string().min(1),
		/** Usual short form, e.g. "APNs"; matched by search. */
		abbreviation: z.string().min(1),
		/** Who runs the service. */
		operator: z.string().min(1),
		/** Host names the service answers on ("*" marks a family such as mtalk*.google.com); may be empty. */
		hostnames: z.array(z.string().min(1)).default([]),
		/** Address blocks to allow when filtering by address; may be empty. */
		addressBlocks: z.array(CidrSchema).default([]),
		/** Smaller blocks the operator lists for firewalls that cannot allow the whole of `addressBlocks`. */
		narrowAddressBlocks: z.array(CidrSchema).default([]),
		/** Autonomous system whose announced blocks cover the service, when a source names one (see olderGuidance). */
		asn: z.number().int().positive().optional(),
		/** How to allow it in a firewall, in the site's own words. */
		allowGuidance: z.string().min(1),
		/** Advice of an older source (e.g. the GCM-era address advice), shown apart from allowGuidance. */
		olderGuidance: OlderGuidanceSchema.optional(),
		/** The sources that describe the endpoint. */
		sources: SourceRefsSchema,
	})
	.strict();

export type ExternalEndpointInput = z.input<typeof ExternalEndpointSchema>;
export type ExternalEndpoint = z.output<typeof ExternalEndpointSchema>;
