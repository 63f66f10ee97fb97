import { z } from 'astro/zod';
import { DiffResolutionSchema } from './diff-resolution.ts';
import { FactSchema } from './fact.ts';
import { IdSchema } from './primitives.ts';
import { ProductVersionSchema } from './product-version.ts';
import { SeparationModeSchema } from './separation-mode.ts';
import { SourceSchema } from './source.ts';

/**
 * One product as products.json publishes it: the validated record with its separation mode
 * and sources written out, so the file stands alone. The descriptions travel into the
 * published JSON Schema for people who consume the file.
 */
export const ProductExportSchema = z
	.object({
		/** Stable id; also the last segment of the product page's address. */
		id: IdSchema.describe('Stable id, also the last segment of the product page address.'),
		/** Product name without the "WSO2" prefix. */
		name: z.string().min(1).describe('Product name without the "WSO2" prefix, e.g. "API Manager".'),
		/** The usual short form. */
		abbreviation: z.string().min(1).describe('The usual short form, e.g. "APIM".'),
		/** Other names in use. */
		aliases: z.array(z.string().min(1)).describe('Other names in use; may be empty.'),
		/** Absolute address of the product's page. */
		page: z.url().describe("Absolute address of the product's page on Cluster Atlas."),
		/** Whether and how the product uses worker/manager separation. */
		separationMode: SeparationModeSchema.pick({ id: true, label: true, meaning: true, usesSeparation: true }).describe(
			'Whether and how the product uses worker/manager separation.',
		),
		/** What the WSO2 guide says about the product, in Cluster Atlas's words. */
		summary: z.string().min(1).describe("What the WSO2 guide says about the product, in Cluster Atlas's words."),
		/** Every version the guide lists, newest first. */
		versions: z
			.array(ProductVersionSchema)
			.min(1)
			.describe('Every version the guide lists, newest first, ordered as versions (1.10.0 before 1.9.1).'),
		/** Garbled cells of the guide's comparison view that the versions were read from. */
		diffResolutions: z
			.array(DiffResolutionSchema)
			.describe("Garbled cells of the guide's comparison view, with the two versions each one overlays."),
		/** Configuration facts about the product, each with its grade and sources. */
		facts: z
			.array(FactSchema)
			.describe('Configuration facts, each graded "stated" or "derived", citing sources by id.'),
		/** Every source the record and its facts cite. */
		sources: z
			.array(SourceSchema.pick({ id: true, title: true, url: true, publisher: true }))
			.min(1)
			.describe('Every source the record and its facts cite.'),
	})
	.strict()
	.meta({ id: 'Product', title: 'Product' });

export type ProductExport = z.output<typeof ProductExportSchema>;
