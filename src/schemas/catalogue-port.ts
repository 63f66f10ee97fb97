import { z } from 'astro/zod';
import { EvidenceSchema, IdSchema, PortNumberSchema, SourceRefsSchema, VersionSchema } from './primitives.ts';

/**
 * What a product's default port is for, seen from a cluster: it decides which flow of a
 * generated product cluster carries the port.
 * - service: the traffic the product exists for (clients, through the load balancer, to workers);
 * - management: administrators reach the management console or its services;
 * - membership: cluster members talk to each other (Hazelcast);
 * - integration: other servers connect, e.g. to publish events or look up users;
 * - local: opened on the node for local or monitoring tools, not part of any flow.
 */
export const PortUseSchema = z.enum(['service', 'management', 'membership', 'integration', 'local']);

/** The versions a port applies to, where a source says; absent means every listed version. */
const VersionSpanSchema = z
	.object({
		/** First version with the port. */
		from: VersionSchema.optional(),
		/** Last version with the port. */
		through: VersionSchema.optional(),
	})
	.strict();

/** The fields every catalogued default port has, wherever it is kept (the export schema reuses them). */
export const catalogueFields = {
	/** Stable id, unique across the catalogue; the row anchor, e.g. "esb-passthrough-https-8243". */
	id: IdSchema,
	/**
	 * The port the product ships with, before any offset, or "random" for a port the server picks
	 * at start-up (the catalogue never invents a number for those).
	 */
	port: z.union([PortNumberSchema, z.literal('random')]),
	/** Transport protocol. */
	protocol: z.enum(['tcp', 'udp']),
	/** What listens, e.g. "HTTPS servlet transport". */
	service: z.string().min(1),
	/** What the port is for, in the site's own words. */
	purpose: z.string().min(1),
	/** Which cluster flow the port belongs to (see PortUseSchema). */
	use: PortUseSchema,
	/** For membership ports: the Hazelcast membership scheme that uses it. */
	scheme: z.enum(['multicast', 'wka']).optional(),
	/** True when Carbon's port offset (`<Offset>` in carbon.xml, or -DportOffset) moves the port. */
	offsetApplies: z.boolean(),
	/**
	 * Why the offset moves the port or not. Left out where the default-ports page's general rule
	 * (the offset moves every port the server opens) is the whole story; pages then print that rule.
	 */
	offsetNote: z.string().min(1).optional(),
	/** The versions the port applies to, where a source says. */
	versions: VersionSpanSchema.optional(),
	/** "stated" when a source gives the port; "derived" when reasoned from sources. */
	evidence: EvidenceSchema,
	/** For derived records: the reasoning. */
	derivation: z.string().min(1).optional(),
	/** The sources that back it. */
	sources: SourceRefsSchema,
};

/**
 * A product's own port may stand in for a common or shared one it ships a different number for,
 * such as the ESB's localMemberPort 4100 instead of Carbon's 4000; the product then lists its own.
 */
const ReplacesSchema = IdSchema;

const derivedSaysHow = {
	check: (port: { evidence: string; derivation?: string | undefined }) =>
		port.evidence !== 'derived' || port.derivation !== undefined,
	message: { message: 'a derived port must say how it was derived', path: ['derivation'] },
};

/** A default port of one product (kept in the product's own file) or of every Carbon product. */
export const CataloguePortSchema = z
	.object({
		...catalogueFields,
		/** In a product's file: the id of the common or shared port this one ships instead of. */
		replaces: ReplacesSchema.optional(),
	})
	.strict()
	.refine(derivedSaysHow.check, derivedSaysHow.message);

/** A default port several products open: one record naming them all, never a copy per product. */
export const SharedPortSchema = z
	.object({
		...catalogueFields,
		/** The products that open it (product ids), at least two. */
		products: z.array(IdSchema).min(2, 'a shared port names at least two products; keep one product’s own in its file'),
	})
	.strict()
	.refine(derivedSaysHow.check, derivedSaysHow.message);

export type CataloguePortInput = z.input<typeof CataloguePortSchema>;
export type CataloguePort = z.output<typeof CataloguePortSchema>;
export type SharedPortInput = z.input<typeof SharedPortSchema>;
export type SharedPort = z.output<typeof SharedPortSchema>;
export type PortUse = z.output<typeof PortUseSchema>;
