import type { LocatedDataSet } from '../dataset.ts';
import type { Problem } from '../problem.ts';
import { cataloguePortsDistinct } from './catalogue-ports-distinct.ts';
import { catalogueProductsKnown } from './catalogue-products-known.ts';
import { catalogueReplacementsResolve } from './catalogue-replacements-resolve.ts';
import { carbonListenersAddUp } from './carbon-listeners-add-up.ts';
import type { IntegrityCheck } from './check.ts';
import { clusterFlowsHavePorts } from './cluster-flows-have-ports.ts';
import { configFactProducts } from './config-fact-products.ts';
import { configSettingsUnambiguous } from './config-settings-unambiguous.ts';
import { datasourceNamesUnique } from './datasource-names-unique.ts';
import { diffResolutionsReplay } from './diff-resolutions-replay.ts';
import { exampleAddressesCoherent } from './example-addresses-coherent.ts';
import { fileNamedAfterId } from './file-named-after-id.ts';
import { idsUnique } from './ids-unique.ts';
import { listIdsUnique } from './list-ids-unique.ts';
import { patternLinksResolve } from './pattern-links-resolve.ts';
import { patternRolesKnown } from './pattern-roles-known.ts';
import { portDirectionMatchesRole } from './port-direction-matches-role.ts';
import { portReferences } from './port-references.ts';
import { portReplacementsResolve } from './port-replacements-resolve.ts';
import { portsDistinct } from './ports-distinct.ts';
import { productModesKnown } from './product-modes-known.ts';
import { sessionAffinityReferences } from './session-affinity-references.ts';
import { sourcesResolve } from './sources-resolve.ts';
import { versionsOrdered } from './versions-ordered.ts';

/** Every integrity check, in the order their problems are listed. A check not listed here never runs. */
export const integrityChecks: readonly IntegrityCheck[] = [
	idsUnique,
	fileNamedAfterId,
	sourcesResolve,
	productModesKnown,
	versionsOrdered,
	diffResolutionsReplay,
	listIdsUnique,
	datasourceNamesUnique,
	exampleAddressesCoherent,
	portReferences,
	portsDistinct,
	portDirectionMatchesRole,
	carbonListenersAddUp,
	portReplacementsResolve,
	patternRolesKnown,
	patternLinksResolve,
	configFactProducts,
	configSettingsUnambiguous,
	catalogueProductsKnown,
	cataloguePortsDistinct,
	catalogueReplacementsResolve,
	clusterFlowsHavePorts,
	sessionAffinityReferences,
];

/** Runs every check and names it on each of its findings. */
export function runIntegrityChecks(data: LocatedDataSet): Problem[] {
	return integrityChecks.flatMap((check) => check.run(data).map((finding) => ({ ...finding, check: check.name })));
}
