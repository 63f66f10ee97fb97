import { z } from 'astro/zod';
import { EvidenceSchema, IdSchema, SourceRefsSchema, VersionSchema } from './primitives.ts';

/**
 * The steps of setting up a worker/manager cluster, in the order the guide walks them. Each
 * configuration fact belongs to one step, so the guide can render a step from the data alone.
 */
const ConfigStepSchema = z.enum([
	'databases',
	'clustering',
	'registry',
	'deployment-sync',
	'tasks',
	'load-balancer',
	'startup',
]);

/** Where a setting lives: a configuration file under repository/conf, or the start command. */
const ConfigFileSchema = z.enum([
	'axis2.xml',
	'carbon.xml',
	'registry.xml',
	'tasks-config.xml',
	'master-datasources.xml',
	'start command',
]);

/** One value of a setting: text as written in the file, a number (ports, counts) or a flag. */
const SettingValueSchema = z.union([z.string().min(1), z.number().int(), z.boolean()]);

/** A value that differs by role; a role left out falls back to the general fact for that setting. */
const RoleValuesSchema = z
	.object({
		/** The value on the manager (read-write) node. */
		manager: SettingValueSchema.optional(),
		/** The value on worker (read-only) nodes. */
		worker: SettingValueSchema.optional(),
	})
	.strict()
	.refine((values) => values.manager !== undefined || values.worker !== undefined, {
		message: 'give a value for the manager, the worker, or both',
	});

/** The machine-readable part of a fact: which setting it fixes, and to what. */
const ConfigSettingSchema = z
	.object({
		/** The file (or the start command) the setting is written in. */
		file: ConfigFileSchema,
		/** The setting's name as it appears there, e.g. "localMemberPort" or "AutoCommit". */
		key: z.string().min(1),
		/** The value both roles use. Give this or `byRole`, not both; omit both for a value the user supplies. */
		value: SettingValueSchema.optional(),
		/** Values that differ between the manager and the workers. */
		byRole: RoleValuesSchema.optional(),
		/** Every value the setting accepts, when the sources list them (e.g. "wka" and "multicast"). */
		options: z.array(z.string().min(1)).min(2).optional(),
	})
	.strict()
	.refine((setting) => setting.value === undefined || setting.byRole === undefined, {
		message: 'give either one value for both roles or values by role, not both',
		path: ['byRole'],
	});

/** What the roles are called for a product whose sources use other words (BPS: master and slave). */
const RoleNamesSchema = z
	.object({
		/** Name of the read-write node, e.g. "master". */
		manager: z.string().min(1),
		/** Name of the read-only nodes, e.g. "slave". */
		worker: z.string().min(1),
	})
	.strict();

/**
 * One configuration fact of a worker/manager cluster: a statement in the site's words, the
 * setting it fixes (when it fixes one) and its sources. Facts without `products` hold for every
 * product that uses the separation; product facts override a general fact for the same setting.
 */
export const ConfigFactSchema = z
	.object({
		/** Stable id; the anchor of the fact in the guide. */
		id: IdSchema,
		/** The step of the guide the fact belongs to. */
		step: ConfigStepSchema,
		/** The statement, in the site's own words (plain text). */
		text: z.string().min(1),
		/** The setting the fact fixes, for tables and the configuration generator. */
		setting: ConfigSettingSchema.optional(),
		/** Product ids the fact is specific to; empty for facts that hold for every product using the separation. */
		products: z.array(IdSchema).default([]),
		/** First product version the fact applies to; only for a fact about exactly one product. */
		fromVersion: VersionSchema.optional(),
		/** Names the product's sources give the two roles, when they differ from manager and worker. */
		roleNames: RoleNamesSchema.optional(),
		/** "stated" when a source says it outright; "derived" when reasoned from sources. */
		evidence: EvidenceSchema,
		/** For derived facts: the reasoning, so a reader can check it. */
		derivation: z.string().min(1).optional(),
		/** The sources that back it. */
		sources: SourceRefsSchema,
	})
	.strict()
	.refine((fact) => fact.evidence !== 'derived' || fact.derivation !== undefined, {
		message: 'a derived fact must say how it was derived',
		path: ['derivation'],
	})
	.refine((fact) => fact.fromVersion === undefined || fact.products.length === 1, {
		message: 'a version bound needs exactly one product to be a version of',
		path: ['fromVersion'],
	});

export type ConfigStep = z.output<typeof ConfigStepSchema>;
export type ConfigFile = z.output<typeof ConfigFileSchema>;
export type SettingValue = z.output<typeof SettingValueSchema>;
export type ConfigFactInput = z.input<typeof ConfigFactSchema>;
export type ConfigFact = z.output<typeof ConfigFactSchema>;
