import { z } from 'astro/zod';
import { CataloguePortSchema } from './catalogue-port.ts';
import { DiffResolutionSchema } from './diff-resolution.ts';
import { FactSchema } from './fact.ts';
import { IdSchema, SourceRefsSchema } from './primitives.ts';
import { ProductVersionSchema } from './product-version.ts';

/** A WSO2 product and what the seed says about its use of worker/manager separation. */
export const ProductSchema = z
	.object({
		/** Stable id; also the file name in content/products/ and the page slug. */
		id: IdSchema,
		/** Full product name without the "WSO2" prefix, e.g. "API Manager". */
		name: z.string().min(1),
		/** The usual short form, e.g. "APIM"; shown in tables and matched by search. */
		abbreviation: z.string().min(1),
		/** Other names people search for, e.g. "API-M"; may be empty. */
		aliases: z.array(z.string().min(1)).default([]),
		/** Id of a separation mode in content/separation-modes.ts. */
		separationMode: IdSchema,
		/** What the seed says about this product, in the site's own words. */
		summary: z.string().min(1),
		/** Every version the seed lists for the product, oldest first as versions (1.9.1 before 1.10.0). */
		versions: z.array(ProductVersionSchema).min(1, 'needs at least one version'),
		/** Garbled diff tokens this record's versions were resolved from; empty when the cell was clean. */
		diffResolutions: z.array(DiffResolutionSchema).default([]),
		/** Further configuration facts from the fact sheet (stated or derived, never unconfirmed). */
		facts: z.array(FactSchema).default([]),
		/**
		 * The default ports only this product opens, beyond the ones every Carbon product has
		 * (content/carbon-ports.ts) and the ones it shares with others (content/shared-ports.ts).
		 */
		ports: z.array(CataloguePortSchema).default([]),
		/** The sources for the record as a whole. */
		sources: SourceRefsSchema,
	})
	.strict();

export type ProductInput = z.input<typeof ProductSchema>;
export type Product = z.output<typeof ProductSchema>;
