import { z } from 'astro/zod';
import { IdSchema, SourceRefsSchema } from './primitives.ts';

/**
 * A datasource a product ships in its configuration files, with the embedded database it
 * points at out of the box. A cluster replaces each embedded database with a shared one.
 */
export const DatasourceSchema = z
	.object({
		/** Stable id; checklist items are keyed on it, e.g. "wso2-carbon-db". */
		id: IdSchema,
		/** The product that ships it, without the "WSO2" prefix, e.g. "IoT Server". */
		productName: z.string().min(1),
		/** The datasource's `<name>` in the configuration file, e.g. "WSO2_CARBON_DB". */
		name: z.string().regex(/^[A-Za-z0-9_]+$/, 'must be the datasource name as written, e.g. "WSO2_CARBON_DB"'),
		/** Its JNDI name when the source gives one, e.g. "jdbc/WSO2CarbonDB". */
		jndiName: z.string().min(1).optional(),
		/** The embedded H2 database it points at by default, e.g. "WSO2CARBON_DB". */
		defaultDatabase: z.string().regex(/^[A-Za-z0-9_]+$/, 'must be a database name, e.g. "WSO2CARBON_DB"'),
		/** The file under conf/datasources/ that defines it. */
		configFile: z.string().regex(/^[a-z0-9-]+\.xml$/, 'must be a file name such as "master-datasources.xml"'),
		/** What it stores, in the site's own words. */
		purpose: z.string().min(1),
		/** The sources that back it. */
		sources: SourceRefsSchema,
	})
	.strict();

export type DatasourceInput = z.input<typeof DatasourceSchema>;
export type Datasource = z.output<typeof DatasourceSchema>;
