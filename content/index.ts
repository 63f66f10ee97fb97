/**
 * The whole data set, as raw modules paired with the file each came from. Nothing here is
 * validated: src/data/load.ts parses it once and names the file of any bad record.
 *
 * Collections with one record per file (products, deployment patterns) are globbed, so
 * adding a file is all it takes to add a record; the loader checks that file name and id agree.
 * Which collections exist is src/data/collections.ts's to say: `RawDataSet` is derived from it,
 * so a collection missing here, or one it does not know, fails type checking.
 */
import { carbonPorts } from './carbon-ports.ts';
import { clusterRoles } from './cluster-roles.ts';
import { datasources } from './datasources.ts';
import { analyticsBrokerPorts } from './analytics-broker-ports.ts';
import { coreProfilePorts } from './core-profile-ports.ts';
import { externalEndpoints } from './external-endpoints.ts';
import { iotProfiles } from './iot-profiles.ts';
import { nodeRoles } from './node-roles.ts';
import { ports } from './ports.ts';
import { clusterConfigFacts } from './separation-config-cluster.ts';
import { runtimeConfigFacts } from './separation-config-runtime.ts';
import { sharingConfigFacts } from './separation-config-sharing.ts';
import { separationModes } from './separation-modes.ts';
import { separationPatterns } from './separation-patterns.ts';
import { sharedPorts } from './shared-ports.ts';
import { sessionAffinity } from './session-affinity.ts';
import { otherPublisherSources } from './sources-other-publishers.ts';
import { wso2DocsSources } from './sources-wso2-docs.ts';
import { wso2RepositorySources } from './sources-wso2-repositories.ts';
import type { RawDataSet, RawModule } from '../src/data/dataset.ts';

function perFile(modules: Record<string, { default: unknown }>, folder: string): RawModule[] {
	return Object.entries(modules)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([path, module]) => ({
			file: `content/${folder}/${path.split('/').pop() ?? path}`,
			records: [module.default],
		}));
}

export const rawDataSet: RawDataSet = {
	sources: [
		{ file: 'content/sources-wso2-docs.ts', records: wso2DocsSources },
		{ file: 'content/sources-wso2-repositories.ts', records: wso2RepositorySources },
		{ file: 'content/sources-other-publishers.ts', records: otherPublisherSources },
	],
	separationModes: [{ file: 'content/separation-modes.ts', records: separationModes }],
	products: perFile(import.meta.glob('./products/*.ts', { eager: true }), 'products'),
	nodeRoles: [{ file: 'content/node-roles.ts', records: nodeRoles }],
	externalEndpoints: [{ file: 'content/external-endpoints.ts', records: externalEndpoints }],
	clusterRoles: [{ file: 'content/cluster-roles.ts', records: clusterRoles }],
	ports: [
		{ file: 'content/ports.ts', records: ports },
		{ file: 'content/core-profile-ports.ts', records: coreProfilePorts },
		{ file: 'content/analytics-broker-ports.ts', records: analyticsBrokerPorts },
	],
	deploymentPatterns: perFile(import.meta.glob('./deployment-patterns/*.ts', { eager: true }), 'deployment-patterns'),
	separationPatterns: [{ file: 'content/separation-patterns.ts', records: separationPatterns }],
	configFacts: [
		{ file: 'content/separation-config-cluster.ts', records: clusterConfigFacts },
		{ file: 'content/separation-config-sharing.ts', records: sharingConfigFacts },
		{ file: 'content/separation-config-runtime.ts', records: runtimeConfigFacts },
	],
	datasources: [{ file: 'content/datasources.ts', records: datasources }],
	iotProfiles: [{ file: 'content/iot-profiles.ts', records: iotProfiles }],
	carbonPorts: [{ file: 'content/carbon-ports.ts', records: carbonPorts }],
	sharedPorts: [{ file: 'content/shared-ports.ts', records: sharedPorts }],
	sessionAffinity: [{ file: 'content/session-affinity.ts', records: sessionAffinity }],
};
