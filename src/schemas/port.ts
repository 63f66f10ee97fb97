import { z } from 'astro/zod';
import { EvidenceSchema, IdSchema, IsoDateSchema, PortNumberSchema, SourceRefsSchema } from './primitives.ts';

/** A contiguous port range; a single port has `from === to`. */
const PortRangeSchema = z
	.object({
		/** First port of the range. */
		from: PortNumberSchema,
		/** Last port of the range, inclusive. */
		to: PortNumberSchema,
	})
	.strict()
	.refine((range) => range.from <= range.to, {
		message: 'the range must not end before it starts (from <= to)',
		path: ['to'],
	});

/** Whether a rule is always needed, or only in some set-ups (the condition says which). */
const RequirementSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('always') }).strict(),
	z
		.object({
			kind: z.literal('conditional'),
			/** When the rule is needed, e.g. "only when devices cannot reach APNs on 5223". */
			condition: z.string().min(1),
		})
		.strict(),
]);

/** Whether the port is still in use, or what replaced it and since when. */
const PortStatusSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('current') }).strict(),
	z
		.object({
			kind: z.literal('historical'),
			/** The day the service stopped accepting traffic on this port, when known. */
			retiredOn: IsoDateSchema.optional(),
			/** What to use instead, in the site's own words. */
			replacedBy: z.string().min(1),
			/** The current port rules that take over, by id, so pages can link to them. */
			replacementIds: z.array(IdSchema).default([]),
		})
		.strict(),
]);

/**
 * How a WSO2 Carbon profile opens the port: the number it ships with and whether the profile's
 * `<Offset>` moves it. The loader checks that `port` is exactly this default plus the offset.
 */
const CarbonListenerSchema = z
	.object({
		/** The IoT Server profile that listens (an IoT profile id). */
		profile: IdSchema,
		/** The port before any offset, as a Carbon server ships it, e.g. 9443. */
		defaultPort: PortNumberSchema,
		/** False for ports the offset leaves alone, such as Hazelcast's localMemberPort. */
		offsetApplies: z.boolean(),
	})
	.strict();

/** One or more ids, always read as a list: most flows have one source, some have several. */
const IdListSchema = z
	.union([IdSchema, z.array(IdSchema).min(1, 'needs at least one id')])
	.transform((ids) => (typeof ids === 'string' ? [ids] : ids));

/** One network flow a deployment needs: a port (or range) opened between a source and a destination. */
export const PortSchema = z
	.object({
		/** Stable id; the anchor and page slug, e.g. "apns-device-5223". */
		id: IdSchema,
		/** Port number, or an inclusive range written as { from, to }. */
		port: z.union([PortNumberSchema, PortRangeSchema]),
		/** Transport protocol. */
		protocol: z.enum(['tcp', 'udp']),
		/** Inbound or outbound, seen from the node role named in `role`. */
		direction: z.enum(['inbound', 'outbound']),
		/** The node role whose firewall carries this rule (a node role id). */
		role: IdSchema,
		/** Where connections start: one node role or endpoint id, or a list when several roles connect. */
		source: IdListSchema,
		/** Where connections go: a node role id or an external endpoint id. */
		destination: IdSchema,
		/** The service on the port, e.g. "HTTPS" or "APNs device channel". */
		service: z.string().min(1),
		/** Why the flow exists, in the site's own words. */
		purpose: z.string().min(1),
		/** Always needed, or needed only under a condition. */
		requirement: RequirementSchema,
		/** Current, or historical with its replacement. */
		status: PortStatusSchema,
		/** "stated" when a source gives the port; "derived" when computed (e.g. default plus offset). */
		evidence: EvidenceSchema,
		/** For derived ports: the reasoning. */
		derivation: z.string().min(1).optional(),
		/** For ports a Carbon profile opens: its default port and whether the offset moves it. */
		carbonListener: CarbonListenerSchema.optional(),
		/** The sources that back it. */
		sources: SourceRefsSchema,
	})
	.strict()
	.refine((port) => port.evidence !== 'derived' || port.derivation !== undefined, {
		message: 'a derived port must say how it was derived',
		path: ['derivation'],
	});

export type PortInput = z.input<typeof PortSchema>;
export type Port = z.output<typeof PortSchema>;
