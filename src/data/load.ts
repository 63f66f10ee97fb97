import type { RawDataSet } from '../../content/index.ts';
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
import { SourceSchema } from '../schemas/source.ts';
import type { AtlasData, LocatedDataSet } from './dataset.ts';
import { integrityChecks } from './integrity-checks.ts';
import { parseCollection } from './parse-collection.ts';
import { DataValidationError, type Problem } from './problem.ts';

/**
 * Validates a raw data set: every record against its schema, then the cross-record checks.
 * Returns every problem found rather than stopping at the first, so one failed build lists
 * all that needs fixing.
 */
export function validateDataSet(raw: RawDataSet): { data: AtlasData; problems: Problem[] } {
	const problems: Problem[] = [];
	const located: Omit<LocatedDataSet, 'complete'> = {
		sources: parseCollection(SourceSchema, raw.sources, problems),
		separationModes: parseCollection(SeparationModeSchema, raw.separationModes, problems),
		products: parseCollection(ProductSchema, raw.products, problems),
		nodeRoles: parseCollection(NodeRoleSchema, raw.nodeRoles, problems),
		externalEndpoints: parseCollection(ExternalEndpointSchema, raw.externalEndpoints, problems),
		ports: parseCollection(PortSchema, raw.ports, problems),
		deploymentPatterns: parseCollection(DeploymentPatternSchema, raw.deploymentPatterns, problems),
		separationPatterns: parseCollection(SeparationPatternSchema, raw.separationPatterns, problems),
		configFacts: parseCollection(ConfigFactSchema, raw.configFacts, problems),
		datasources: parseCollection(DatasourceSchema, raw.datasources, problems),
		iotProfiles: parseCollection(IotProfileSchema, raw.iotProfiles, problems),
	};
	const complete = problems.length === 0;
	for (const check of integrityChecks) problems.push(...check.run({ ...located, complete }));
	const records = <T>(items: { record: T }[]) => items.map((item) => item.record);
	const data: AtlasData = {
		sources: records(located.sources),
		separationModes: records(located.separationModes),
		products: records(located.products),
		nodeRoles: records(located.nodeRoles),
		externalEndpoints: records(located.externalEndpoints),
		ports: records(located.ports),
		deploymentPatterns: records(located.deploymentPatterns),
		separationPatterns: records(located.separationPatterns),
		configFacts: records(located.configFacts),
		datasources: records(located.datasources),
		iotProfiles: records(located.iotProfiles),
	};
	return { data, problems };
}

/** Validates and returns the data, or throws one error that lists every problem. */
export function loadDataSet(raw: RawDataSet): AtlasData {
	const { data, problems } = validateDataSet(raw);
	if (problems.length > 0) throw new DataValidationError(problems);
	return data;
}
