import { z } from 'astro/zod';
import { EvidenceSchema, IdSchema, SourceRefsSchema, VersionSchema } from './primitives.ts';

/**
 * Which product profile runs on a role's machines. The seed names no profiles, so every
 * mapping is derived and must say how; `name` is the profile's name in the WSO2 docs.
 */
const TierProfileSchema = z
	.object({
		/** The profile's name as the Product Profiles page gives it, e.g. "Device Manager". */
		name: z.string().min(1),
		/** Always "derived" today: the seed lists roles, the profiles page lists profiles. */
		evidence: EvidenceSchema,
		/** Why this profile fits the role. */
		derivation: z.string().min(1).optional(),
		/** The sources behind the mapping. */
		sources: SourceRefsSchema,
	})
	.strict()
	.refine((profile) => profile.evidence !== 'derived' || profile.derivation !== undefined, {
		message: 'a derived profile mapping must say how it was derived',
		path: ['derivation'],
	});

/** The machines a role needs in a pattern. */
const PatternTierSchema = z
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
		/** The product profile its machines run, when one can be named. */
		profile: TierProfileSchema.optional(),
	})
	.strict();

/** A named option within a pattern (a manager placement, a way to deliver operations). */
const PatternOptionSchema = z
	.object({
		/** Stable id within the pattern. */
		id: IdSchema,
		/** Short title. */
		title: z.string().min(1),
		/** What it means and when to pick it, in the site's own words. */
		summary: z.string().min(1),
	})
	.strict();

/** Where the manager node can sit, and who can reach it there. */
const ManagerPlacementSchema = PatternOptionSchema.extend({
	/**
	 * Roles that sit inside a private network in this placement (node role ids); the topology
	 * draws a boundary around them. Empty when nothing is fenced off.
	 */
	privateNetwork: z.array(IdSchema).default([]),
}).strict();

/** A way for devices to learn about pending operations. */
const OperationDeliverySchema = PatternOptionSchema.extend({
	/** When this way is the better choice, in the site's own words. */
	chooseWhen: z.string().min(1),
	/** What it costs or risks. */
	tradeOff: z.string().min(1),
	/** External endpoints it cannot work without (external endpoint ids); their ports follow from the data. */
	needs: z.array(IdSchema).default([]),
}).strict();

/**
 * A link between two parts of the pattern that carries no port of its own in the data, e.g.
 * "workers use the database". Port rules draw their own connections; these fill in the rest.
 */
const PatternConnectionSchema = z
	.object({
		/** Stable id within the pattern; checklist items and diagram edges are keyed on it. */
		id: IdSchema,
		/** Where the connection starts (a node role id). */
		from: IdSchema,
		/** Where it goes (a node role id or an external endpoint id). */
		to: IdSchema,
		/** A few words for the diagram's edge, e.g. "token checks". */
		label: z.string().min(1).max(24, 'keep diagram labels to 24 characters'),
		/** What flows and why, in the site's own words. */
		purpose: z.string().min(1),
		/** Manager placements (ids) in which the connection exists; empty means every placement. */
		placements: z.array(IdSchema).default([]),
		/** "stated" when a source says it; "derived" when it follows from what the sources say. */
		evidence: EvidenceSchema,
		/** For derived connections: the reasoning. */
		derivation: z.string().min(1).optional(),
		/** The sources that back it. */
		sources: SourceRefsSchema,
	})
	.strict()
	.refine((connection) => connection.evidence !== 'derived' || connection.derivation !== undefined, {
		message: 'a derived connection must say how it was derived',
		path: ['derivation'],
	});

/**
 * Something to do on the machines of some roles while setting the pattern up (a start flag, a
 * driver to copy, a setting to change), with how it is known. Checklists list it per role.
 */
export const PatternSetupStepSchema = z
	.object({
		/** Stable id within the pattern; checklist items are keyed on it. */
		id: IdSchema,
		/** The roles whose machines it applies to (node role ids). */
		roles: z.array(IdSchema).min(1),
		/** What to do, as a short instruction in the site's own words. */
		title: z.string().min(1),
		/** Why, and the detail a reader needs, in the site's own words. */
		text: z.string().min(1),
		/** "stated" when a source says it; "derived" when it follows from what the sources say. */
		evidence: EvidenceSchema,
		/** For derived steps: the reasoning. */
		derivation: z.string().min(1).optional(),
		/** The sources that back it. */
		sources: SourceRefsSchema,
	})
	.strict()
	.refine((step) => step.evidence !== 'derived' || step.derivation !== undefined, {
		message: 'a derived set-up step must say how it was derived',
		path: ['derivation'],
	});

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
		/** How the pattern's worker/manager split relates to standard Carbon separation, in the site's own words. */
		separation: z.string().min(1).optional(),
		/** Roles, counts and sizes. */
		tiers: z.array(PatternTierSchema).min(1),
		/** The node role that fronts the cluster (a node role id). */
		loadBalancer: IdSchema,
		/** People and devices outside the cluster that use it (node role ids of kind client). */
		clients: z.array(IdSchema).default([]),
		/** The tier role that is the manager: the placements and manager tasks are about it (a node role id). */
		managerRole: IdSchema.default('manager'),
		/** Where the manager node can sit. */
		managerPlacements: z.array(ManagerPlacementSchema).min(1),
		/** How devices learn about pending operations. */
		operationDelivery: z.array(OperationDeliverySchema).min(1),
		/** Background work that runs on the manager node. */
		managerTasks: z.array(PatternOptionSchema).default([]),
		/** Links between roles that no port rule describes. */
		connections: z.array(PatternConnectionSchema).default([]),
		/** What to do on the machines of each role while setting the pattern up. */
		setupSteps: z.array(PatternSetupStepSchema).default([]),
		/** The sources for the pattern. */
		sources: SourceRefsSchema,
	})
	.strict();

export type PatternTier = z.output<typeof PatternTierSchema>;
export type PatternConnection = z.output<typeof PatternConnectionSchema>;
export type PatternSetupStep = z.output<typeof PatternSetupStepSchema>;
export type ManagerPlacement = z.output<typeof ManagerPlacementSchema>;
export type OperationDelivery = z.output<typeof OperationDeliverySchema>;
export type DeploymentPatternInput = z.input<typeof DeploymentPatternSchema>;
export type DeploymentPattern = z.output<typeof DeploymentPatternSchema>;
