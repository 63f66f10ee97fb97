import type { ConfigFact } from '../schemas/config-fact.ts';
import type { Datasource } from '../schemas/datasource.ts';
import type { DeploymentPattern } from '../schemas/deployment-pattern.ts';
import type { ExternalEndpoint } from '../schemas/external-endpoint.ts';
import type { IotProfile } from '../schemas/iot-profile.ts';
import type { NodeRole } from '../schemas/node-role.ts';
import type { Port } from '../schemas/port.ts';
import type { Product } from '../schemas/product.ts';
import type { SeparationMode } from '../schemas/separation-mode.ts';
import type { SeparationPattern } from '../schemas/separation-pattern.ts';
import type { Source } from '../schemas/source.ts';
import type { Located } from './parse-collection.ts';

/** The validated data set, each record still paired with its file for cross-record checks. */
export interface LocatedDataSet {
	/** False when some record failed its schema and is missing here, so absence proves nothing. */
	complete: boolean;
	sources: Located<Source>[];
	separationModes: Located<SeparationMode>[];
	products: Located<Product>[];
	nodeRoles: Located<NodeRole>[];
	externalEndpoints: Located<ExternalEndpoint>[];
	ports: Located<Port>[];
	deploymentPatterns: Located<DeploymentPattern>[];
	separationPatterns: Located<SeparationPattern>[];
	configFacts: Located<ConfigFact>[];
	datasources: Located<Datasource>[];
	iotProfiles: Located<IotProfile>[];
}

/** The validated data set as pages and libraries use it. */
export interface AtlasData {
	sources: Source[];
	separationModes: SeparationMode[];
	products: Product[];
	nodeRoles: NodeRole[];
	externalEndpoints: ExternalEndpoint[];
	ports: Port[];
	deploymentPatterns: DeploymentPattern[];
	separationPatterns: SeparationPattern[];
	configFacts: ConfigFact[];
	datasources: Datasource[];
	iotProfiles: IotProfile[];
}
