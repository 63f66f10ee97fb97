import { z } from 'astro/zod';
import { DocumentationAddressSchema, IdSchema, SourceRefsSchema } from './primitives.ts';

/** A kind of machine or actor in a deployment: a WSO2 node, the load balancer, a database, a device. */
export const NodeRoleSchema = z
	.object({
		/** Stable id that patterns and port rules point at, e.g. "worker". */
		id: IdSchema,
		/** Display name, e.g. "Worker node". */
		name: z.string().min(1),
		/** What sort of thing plays the role; drives icons, diagram shapes and firewall scope. */
		kind: z.enum(['wso2-node', 'load-balancer', 'database', 'client']),
		/** What the role does, in the site's own words. */
		summary: z.string().min(1),
		/**
		 * The addresses this role's machines have in the site's example cluster, one per machine,
		 * from the blocks reserved for documentation. The configuration guide, its generator and
		 * the firewall rules all name machines by these, so every page shows the same cluster.
		 * Every role that is a machine (not a client) has at least one, and as many as the
		 * largest deployment pattern gives it (see the integrity checks).
		 */
		exampleAddresses: z.array(DocumentationAddressSchema).default([]),
		/** The sources that describe the role. */
		sources: SourceRefsSchema,
	})
	.strict();

export type NodeRoleInput = z.input<typeof NodeRoleSchema>;
export type NodeRole = z.output<typeof NodeRoleSchema>;
