import { CataloguePortSchema, SharedPortSchema } from '../schemas/catalogue-port.ts';
import { ConfigFactSchema } from '../schemas/config-fact.ts';
import { DatasourceSchema } from '../schemas/datasource.ts';
import { DeploymentPatternSchema } from '../schemas/deployment-pattern.ts';
import { ExternalEndpointSchema } from '../schemas/external-endpoint.ts';
import { IotProfileSchema } from '../schemas/iot-profile.ts';
import { NodeRoleSchema } from '../schemas/node-role.ts';
import { PortSchema } from '../schemas/port.ts';
import { ProductSchema } from '../schemas/product.ts';
import { SeparationModeSchema } from '../schemas/separation-mode.ts';
import { SeparationPatternSchema } from '../schemas/separation-pattern.ts';
import { SessionAffinitySchema } from '../schemas/session-affinity.ts';
import { SourceSchema } from '../schemas/source.ts';

/**
 * The one table of collections. Every other list of them is derived from this one: the types
 * in dataset.ts, the loader's parsing, the "ids are unique" check. content/index.ts must name
 * the files of exactly these collections, which the type checker enforces.
 *
 * - `schema` validates each record.
 * - `idsOf` names what an id means, in messages; collections with the same `idsOf` share one
 *   id namespace (ports name roles and endpoints through one field, so those two do).
 * - `filePerRecord` marks collections kept one record per file, named after the record.
 */
export const collections = {
	sources: { schema: SourceSchema, idsOf: 'source' },
	separationModes: { schema: SeparationModeSchema, idsOf: 'separation mode' },
	products: { schema: ProductSchema, idsOf: 'product', filePerRecord: true },
	nodeRoles: { schema: NodeRoleSchema, idsOf: 'node role or endpoint' },
	externalEndpoints: { schema: ExternalEndpointSchema, idsOf: 'node role or endpoint' },
	clusterRoles: { schema: NodeRoleSchema, idsOf: 'product cluster role' },
	ports: { schema: PortSchema, idsOf: 'port' },
	deploymentPatterns: { schema: DeploymentPatternSchema, idsOf: 'deployment pattern', filePerRecord: true },
	separationPatterns: { schema: SeparationPatternSchema, idsOf: 'separation pattern' },
	configFacts: { schema: ConfigFactSchema, idsOf: 'configuration fact' },
	datasources: { schema: DatasourceSchema, idsOf: 'datasource' },
	iotProfiles: { schema: IotProfileSchema, idsOf: 'IoT profile' },
	carbonPorts: { schema: CataloguePortSchema, idsOf: 'catalogued port' },
	sharedPorts: { schema: SharedPortSchema, idsOf: 'catalogued port' },
	sessionAffinity: { schema: SessionAffinitySchema, idsOf: 'session affinity fact' },
} as const;

/** The collection names in table order, which is the order the loader parses and reports them. */
export const collectionNames = Object.keys(collections) as (keyof typeof collections)[];
