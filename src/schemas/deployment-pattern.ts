import { z } from 'astro/zod';
import { IdSchema, SourceRefsSchema, VersionSchema } from './primitives.ts';

/** The machines a role needs in a pattern. */
export const PatternTierSchema = z
	.object({
		/** The node role (a node role id). */
		role: IdSchema,
		/** How many machines play the role. */
		count: z.number().int().positive(),
		/** What each one is: a virtual machine, or a database server instance. */
		unit: z.enum(['vm', 'instance']),
		/** Processor cores of each machine, when the source gives them. */
		cores: z.number().int().positive().optional(),
		/** Memory of each machine in GB, when the source gives it. */
		memoryGb: z.number().positive().optional(),
		/** Software that plays the role when the source names it, e.g. "MySQL". */
		software: z.string().min(1).optional(),
	})
	.strict();

/** A named option within a pattern (a manager placement, a way to deliver operations). */
export const PatternOptionSchema = z
	.object({
		/** Stable id within the pattern. */
		id: IdSchema,
		/** Short title. */
		title: z.string().min(1),
		/** What it means and when to pick it, in the site's own words. */
		summary: z.string().min(1),
	})
	.strict();

/** A reference deployment of a product: roles, machine counts and sizes, and the options around them. */
export const DeploymentPatternSchema = z
	.object({
		/** Stable id and page slug. */
		id: IdSchema,
		/** Display name. */
		name: z.string().min(1),
		/** The product deployed, without the "WSO2" prefix, e.g. "IoT Server". */
		productName: z.string().min(1),
		/** Product versions the pattern's sources cover. */
		productVersions: z.array(VersionSchema).min(1),
		/** What the pattern is, in the site's own words. */
		summary: z.string().min(1),
		/** Roles, counts and sizes. */
		tiers: z.array(PatternTierSchema).min(1),
		/** The node role that fronts the cluster (a node role id). */
		loadBalancer: IdSchema,
		/** Where the manager node can sit. */
		managerPlacements: z.array(PatternOptionSchema).min(1),
		/** How devices learn about pending operations. */
		operationDelivery: z.array(PatternOptionSchema).min(1),
		/** Background work that runs on the manager node. */
		managerTasks: z.array(PatternOptionSchema).default([]),
		/** The sources for the pattern. */
		sources: SourceRefsSchema,
	})
	.strict();

export type DeploymentPatternInput = z.input<typeof DeploymentPatternSchema>;
export type DeploymentPattern = z.output<typeof DeploymentPatternSchema>;
