import { z } from 'astro/zod';
import { ProductExportSchema } from './product-export.ts';

/** The whole of products.json: where it comes from, then every product record. */
export const ProductsExportSchema = z
	.object({
		/** Address of the JSON Schema that describes this file. */
		$schema: z.url().describe('Address of the JSON Schema that describes this file.'),
		/** What the file holds. */
		title: z.string().min(1).describe('What the file holds.'),
		/** The page that shows the same data as a table. */
		matrix: z.url().describe('The Cluster Atlas page that shows the same data as a table.'),
		/** Every product, in id order. */
		products: z.array(ProductExportSchema).min(1).describe('Every product, in id order.'),
	})
	.strict()
	.meta({
		title: 'Cluster Atlas: WSO2 products and worker/manager separation',
		description:
			'Every WSO2 product and version covered by the WSO2 clustering guide page "Separating the Worker and Manager Nodes", with its separation mode, configuration facts and sources.',
	});

export type ProductsExport = z.output<typeof ProductsExportSchema>;
