import { z } from 'astro/zod';
import { catalogueFields } from './catalogue-port.ts';
import { IdSchema } from './primitives.ts';

/** One catalogued default port as default-ports.json holds it: the record, its products and its rows. */
export const DefaultPortExportSchema = z
	.object({
		...catalogueFields,
		/** For a product's own port: the common or shared port it ships instead of. */
		replaces: IdSchema.optional().describe(
			'For a product’s own port: the id of the common or shared port it ships instead of.',
		),
		/** Where the record is kept: every Carbon product's, shared by several, or one product's own. */
		scope: z
			.enum(['carbon', 'shared', 'product'])
			.describe('Every Carbon product’s, shared by several, or one product’s own.'),
		/** Every product that opens the port, by id. */
		products: z.array(IdSchema).min(1).describe('Every product that opens the port, by id.'),
		/** The row of the default-ports page that shows it. */
		page: z.url().describe('The row of the Cluster Atlas default-ports page that shows it.'),
	})
	.strict();

/** The whole of default-ports.json. */
export const DefaultPortsExportSchema = z
	.object({
		/** Address of the JSON Schema that describes this file. */
		$schema: z.url().describe('Address of the JSON Schema that describes this file.'),
		/** What the file holds. */
		title: z.string().min(1).describe('What the file holds.'),
		/** How a port offset applies, in one sentence. */
		offsetRule: z.string().min(1).describe('How a Carbon port offset applies, unless a record says otherwise.'),
		/** Every catalogued port, by number, then the ones opened at random. */
		ports: z.array(DefaultPortExportSchema).min(1).describe('Every catalogued port, by number; random ones last.'),
	})
	.strict()
	.meta({
		title: 'Cluster Atlas: default ports of WSO2 products',
		description:
			'The default ports WSO2 Carbon products open, before any port offset: the ones every product has, the ones several share, and each product’s own, with the products that open them and whether the offset moves them.',
	});

export type DefaultPortsExport = z.output<typeof DefaultPortsExportSchema>;
